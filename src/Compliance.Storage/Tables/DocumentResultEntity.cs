using Azure;
using Azure.Data.Tables;

namespace Compliance.Storage.Tables;

/// <summary>
/// One checked document, filed under the week it was checked and its issuing office, so that the weekly summary
/// reads one week with a single partition-range query (<c>PartitionKey ge '2026-W47|'</c> and <c>lt '2026-W47}'</c>)
/// and one office's week with a single partition query.
/// <para>PartitionKey: <c>{week}|{encoded office}</c>, e.g. <c>2026-W47|洛阳市人民政府办公室</c>.</para>
/// <para>RowKey: <c>{encoded bulletin blob name}|{document index, 4 digits}</c>.</para>
/// </summary>
public sealed class DocumentResultEntity : ITableEntity
{
    public const string TableName = "DocumentResults";

    /// <summary>Office name used when a document's issuer could not be extracted.</summary>
    public const string UnknownOffice = "（未识别发文机关）";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>ISO week of the check, China Standard Time, e.g. 2026-W47.</summary>
    public string Week { get; set; } = "";

    /// <summary>Issuing office (the document's lead issuer), or <see cref="UnknownOffice"/>.</summary>
    public string Office { get; set; } = "";

    /// <summary>Blob name of the bulletin.</summary>
    public string Bulletin { get; set; } = "";

    public int DocumentIndex { get; set; }
    public string? DocNumber { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }

    /// <summary>成文日期, ISO yyyy-MM-dd, or null.</summary>
    public string? Date { get; set; }

    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Infos { get; set; }

    /// <summary>The document's findings as JSON: an array of <see cref="FindingSummary"/>.</summary>
    public string FindingsJson { get; set; } = "[]";

    /// <summary>When the bulletin was checked.</summary>
    public DateTimeOffset CheckedAt { get; set; }

    public static string PartitionKeyFor(IsoWeek week, string office) => $"{week}{KeyEncoding.Separator}{KeyEncoding.Encode(office)}";

    public static string RowKeyFor(string bulletin, int documentIndex) => $"{KeyEncoding.Encode(bulletin)}{KeyEncoding.Separator}{documentIndex:D4}";

    /// <summary>Lower bound (inclusive) of the partition keys of one week.</summary>
    public static string WeekRangeStart(IsoWeek week) => $"{week}{KeyEncoding.Separator}";

    /// <summary>Upper bound (exclusive) of the partition keys of one week ('}' follows '|').</summary>
    public static string WeekRangeEnd(IsoWeek week) => $"{week}{(char)(KeyEncoding.Separator + 1)}";
}

/// <summary>A finding as stored in <see cref="DocumentResultEntity.FindingsJson"/>.</summary>
public sealed record FindingSummary(string RuleId, string Severity, string Message, int? Line, int? Page, string? Evidence);
