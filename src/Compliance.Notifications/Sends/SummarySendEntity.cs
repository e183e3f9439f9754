using Azure;
using Azure.Data.Tables;
using Compliance.Storage;

namespace Compliance.Notifications;

/// <summary>
/// One weekly e-mail in the <c>SummarySends</c> table: the exactly-once record.
/// <para>PartitionKey: the ISO week, e.g. <c>2026-W47</c>. RowKey: the office, <see cref="KeyEncoding.Encode"/>d, or
/// <see cref="OverviewRowKey"/> for the overview.</para>
/// </summary>
public sealed class SummarySendEntity : ITableEntity
{
    public const string TableName = "SummarySends";

    /// <summary>Row of the overview. In an encoded office '%' is always followed by two hex digits, so this cannot collide.</summary>
    public const string OverviewRowKey = "%overview";

    public const string StatusSent = "sent";
    public const string StatusFailed = "failed";

    /// <summary>Reserved by the run named in <see cref="ReservedBy"/>, which is sending it (until <see cref="ReservedUntil"/>).</summary>
    public const string StatusSending = "sending";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The office, or empty for the overview.</summary>
    public string Office { get; set; } = "";

    /// <summary><c>office</c> or <c>overview</c>.</summary>
    public string Kind { get; set; } = "";

    public string Recipient { get; set; } = "";
    public string Subject { get; set; } = "";

    /// <summary><see cref="StatusSending"/>, <see cref="StatusSent"/> or <see cref="StatusFailed"/>.</summary>
    public string Status { get; set; } = "";

    /// <summary>When the transport accepted the message (null while it has only failed).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Message-Id (SMTP, pickup) or operation id (ACS).</summary>
    public string? MessageId { get; set; }

    public string? Transport { get; set; }

    public DateTimeOffset LastAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed, including the server's response; null once sent.</summary>
    public string? Error { get; set; }

    /// <summary>The run holding the reservation (machine, process, run id) while <see cref="StatusSending"/>.</summary>
    public string? ReservedBy { get; set; }

    /// <summary>End of the reservation's lease (<c>Email:SendLease</c>): after it, another run may take the e-mail over.</summary>
    public DateTimeOffset? ReservedUntil { get; set; }

    /// <summary>True while another run's reservation is live: this row's e-mail must not be sent by anyone else.</summary>
    public bool IsReservedAt(DateTimeOffset now) => Status == StatusSending && ReservedUntil is { } until && until > now;

    public static string RowKeyFor(string? office) => office is null ? OverviewRowKey : KeyEncoding.Encode(office);
}
