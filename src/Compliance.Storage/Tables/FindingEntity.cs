using Azure;
using Azure.Data.Tables;

namespace Compliance.Storage.Tables;

/// <summary>
/// One row per finding, laid out for an officer reading the table in Azure Storage Explorer.
/// <para>PartitionKey: encoded blob name (all findings of a bulletin in one partition);
/// RowKey: 6-digit sequence in report order (bulletin-level findings first, then document by document).</para>
/// </summary>
public sealed class FindingEntity : ITableEntity
{
    public const string TableName = "Findings";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>Blob name of the bulletin.</summary>
    public string Bulletin { get; set; } = "";

    /// <summary>1-based document index in the bulletin; 0 for a finding about the bulletin as a whole.</summary>
    public int DocIndex { get; set; }

    /// <summary>发文字号.</summary>
    public string? DocNumber { get; set; }

    /// <summary>标题.</summary>
    public string? Title { get; set; }

    /// <summary>发文机关: the lead issuer, or （未识别发文机关） when none was found; empty for bulletin-level findings.</summary>
    public string? Issuer { get; set; }

    /// <summary>Rule id, e.g. number.brackets.</summary>
    public string Rule { get; set; } = "";

    /// <summary>错误, 警告 or 提示 (<see cref="SeverityLabels"/>).</summary>
    public string Severity { get; set; } = "";

    public string Message { get; set; } = "";
    public int? Line { get; set; }
    public int? Page { get; set; }
    public string? Evidence { get; set; }

    /// <summary>应改为: what to write in place of the evidence, where the correction is determinate.</summary>
    public string? Suggestion { get; set; }

    /// <summary>ISO week of the check (China Standard Time).</summary>
    public string Week { get; set; } = "";

    public static string RowKeyFor(int sequence) => sequence.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
