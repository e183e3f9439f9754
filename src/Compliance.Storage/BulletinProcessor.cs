using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Compliance.Checking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Compliance.Storage;

/// <summary>
/// Checks one bulletin blob and stores the results (see <see cref="ResultTableWriter"/>). Called by the blob-triggered
/// function and by <c>compliance process</c>. Safe to call again for the same blob: the rows converge. The blob
/// itself is only read, never changed or deleted.
/// </summary>
public sealed class BulletinProcessor
{
    private readonly BulletinChecker _checker;
    private readonly ResultTableWriter _writer;
    private readonly BulletinStorageOptions _options;
    private readonly ILogger<BulletinProcessor> _logger;

    public BulletinProcessor(BlobServiceClient blobService, ResultTableWriter writer, BulletinChecker checker,
        IOptions<BulletinStorageOptions> options, ILogger<BulletinProcessor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _checker = checker ?? throw new ArgumentNullException(nameof(checker));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? NullLogger<BulletinProcessor>.Instance;
        Container = blobService.GetBlobContainerClient(_options.BulletinsContainer);
    }

    /// <summary>The bulletins container.</summary>
    public BlobContainerClient Container { get; }

    /// <summary>Reads the blob's properties and, unless it is too large or empty, its content; checks it and stores the results.</summary>
    /// <exception cref="RequestFailedException">The blob does not exist (404) or storage failed after the SDK's retries.</exception>
    public async Task<BulletinProcessingResult> ProcessBlobAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var blob = Container.GetBlobClient(blobName);
        var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;

        var rejection = RejectBySize(properties.ContentLength);
        if (rejection is not null)
        {
            return await StoreAsync(BulletinOutcome.Rejected(blobName, properties.ETag, properties.ContentLength, null, rejection), cancellationToken).ConfigureAwait(false);
        }

        // The download's own ETag describes the bytes received, even if the blob was replaced since the properties were read.
        var download = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        return await ProcessAsync(blobName, download.Content.ToMemory(), download.Details.ETag, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="ProcessBlobAsync"/>, for an event that may arrive after the blob is gone (a clerk deleted or
    /// replaced-then-deleted it): returns null, writing nothing, instead of failing the invocation into the poison queue.
    /// </summary>
    public async Task<BulletinProcessingResult?> TryProcessBlobAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessBlobAsync(blobName, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode is "BlobNotFound" or "ContainerNotFound")
        {
            _logger.LogWarning("Bulletin {Bulletin} no longer exists; nothing to check.", blobName);
            return null;
        }
    }

    /// <summary>Checks content already in memory (the CLI and tests) and stores the results under <paramref name="blobName"/>.</summary>
    public async Task<BulletinProcessingResult> ProcessAsync(string blobName, ReadOnlyMemory<byte> content, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var rejection = RejectBySize(content.Length);
        if (rejection is not null)
        {
            // Too large: not hashed, like a blob that was never downloaded.
            var sha = content.Length == 0 ? Sha256Hex(content.Span) : null;
            return await StoreAsync(BulletinOutcome.Rejected(blobName, etag, content.Length, sha, rejection), cancellationToken).ConfigureAwait(false);
        }

        var sha256 = Sha256Hex(content.Span);
        var report = _checker.Check(content, blobName, cancellationToken);
        var outcome = report.IsUnreadable
            ? BulletinOutcome.Rejected(blobName, etag, content.Length, sha256, report.UnreadableReason ?? RejectionReasons.Unreadable(_checker.Messages), report)
            : BulletinOutcome.Checked(blobName, etag, content.Length, sha256, report);
        var result = await StoreAsync(outcome, cancellationToken).ConfigureAwait(false);
        return result with { Report = report };
    }

    private string? RejectBySize(long size)
    {
        if (size == 0) return RejectionReasons.Empty(_checker.Messages);
        if (size > _options.MaxBulletinBytes) return RejectionReasons.TooLarge(_checker.Messages, size, _options.MaxBulletinBytes);
        return null;
    }

    private async Task<BulletinProcessingResult> StoreAsync(BulletinOutcome outcome, CancellationToken cancellationToken)
    {
        var row = await _writer.WriteAsync(outcome, cancellationToken).ConfigureAwait(false);
        if (outcome.IsRejected)
        {
            _logger.LogWarning("Bulletin {Bulletin} rejected: {Reason}", outcome.BulletinName, outcome.RejectionReason);
        }
        else
        {
            _logger.LogInformation("Bulletin {Bulletin} checked: {Documents} documents, {Errors} errors, {Warnings} warnings, {Infos} infos",
                outcome.BulletinName, row.Documents, row.Errors, row.Warnings, row.Infos);
        }
        return new BulletinProcessingResult(row, outcome.Report);
    }

    private static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
