using Azure;
using Compliance.Checking;

namespace Compliance.Storage;

/// <summary>What processing one blob version produced: a checker report, or the reason it was rejected.</summary>
public sealed record BulletinOutcome
{
    public required string BulletinName { get; init; }

    public required ETag ETag { get; init; }

    public required long SizeBytes { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content; null when the content was not downloaded.</summary>
    public string? ContentSha256 { get; init; }

    /// <summary>The checker's report; null when the blob was rejected before checking (too large, empty).</summary>
    public BulletinReport? Report { get; init; }

    /// <summary>Reason for the clerk when rejected; null when checked.</summary>
    public string? RejectionReason { get; init; }

    public bool IsRejected => RejectionReason is not null;

    public static BulletinOutcome Checked(string bulletinName, ETag etag, long sizeBytes, string sha256, BulletinReport report)
        => new() { BulletinName = bulletinName, ETag = etag, SizeBytes = sizeBytes, ContentSha256 = sha256, Report = report };

    public static BulletinOutcome Rejected(string bulletinName, ETag etag, long sizeBytes, string? sha256, string reason, BulletinReport? report = null)
        => new() { BulletinName = bulletinName, ETag = etag, SizeBytes = sizeBytes, ContentSha256 = sha256, Report = report, RejectionReason = reason };
}
