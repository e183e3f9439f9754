using Azure;
using Azure.Data.Tables;

namespace Compliance.Storage.Tables;

/// <summary>
/// One row per bulletin blob: its status and counts. Written LAST by a run, so a row that says
/// <see cref="BulletinStatus.Checked"/> at the blob's current ETag means the other tables are complete for it.
/// <para>PartitionKey: encoded blob name; RowKey: empty.</para>
/// </summary>
public sealed class BulletinEntity : ITableEntity
{
    public const string TableName = "Bulletins";
    public const string RowKeyValue = "";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = RowKeyValue;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>Blob name.</summary>
    public string Bulletin { get; set; } = "";

    /// <summary><see cref="BulletinStatus"/>: 已检查, 已拒收 or 处理中.</summary>
    public string Status { get; set; } = "";

    /// <summary>Why the bulletin was rejected, in Chinese for the clerk; null when checked.</summary>
    public string? Reason { get; set; }

    /// <summary>Detected encoding or format (utf-8, gb18030, docx, pdf...).</summary>
    public string? Encoding { get; set; }

    public int Documents { get; set; }
    public int Findings { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Infos { get; set; }

    /// <summary>ISO week (China Standard Time) under which the documents are filed in DocumentResults.</summary>
    public string Week { get; set; } = "";

    /// <summary>When this version of the blob was first processed (kept when the same version is processed again).</summary>
    public DateTimeOffset ProcessedAt { get; set; }

    /// <summary>The form in which ETags are stored and compared (without quotes: listings and headers differ in quoting).</summary>
    public static string ETagText(ETag etag) => etag.ToString().Trim('"');

    /// <summary>ETag of the blob version the row describes (<see cref="ETagText"/>).</summary>
    public string BlobETag { get; set; } = "";

    /// <summary>SHA-256 of the content, lower-case hex; null when the blob was not downloaded (too large).</summary>
    public string? ContentSha256 { get; set; }

    public long SizeBytes { get; set; }

    // Bookkeeping (officers can ignore these): the rows this bulletin owns in the other tables, so that a new
    // version deletes exactly the stale ones. "Pending" and "Claim" columns are set by a run before it writes rows
    // and cleared by the final write; rows of a run that died half-way are thus still known to the next run, and a
    // second run for the same blob waits for the claim instead of writing the same rows at the same time.

    /// <summary>Number of Findings rows (RowKeys 000001..N).</summary>
    public int FindingRows { get; set; }

    /// <summary>DocumentResults rows as JSON: week (partition key) → office → document indexes.</summary>
    public string DocumentRows { get; set; } = "{}";

    public string? PendingETag { get; set; }
    public string? PendingWeek { get; set; }
    public DateTimeOffset? PendingAt { get; set; }
    public int? PendingFindingRows { get; set; }
    public string? PendingDocumentRows { get; set; }

    /// <summary>The run that claimed the bulletin (machine, process and run id), while <see cref="BulletinStatus.Processing"/>.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim keeps other runs waiting (<c>Storage:ProcessingLease</c> after it was taken).</summary>
    public DateTimeOffset? ClaimExpiresAt { get; set; }
}
