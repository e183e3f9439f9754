using Azure;
using Azure.Data.Tables;

namespace Compliance.Storage.Tables;

/// <summary>
/// One checked document, filed under the week it was checked. A week is one partition, so all document rows a bulletin
/// writes in a week go in one entity-group transaction (per 100 documents), and the weekly summary reads the week with a
/// single partition query; the office leads the RowKey, so one office's week is a RowKey range of that partition.
/// <para>PartitionKey: the ISO week, e.g. <c>2026-W47</c>.</para>
/// <para>RowKey: <c>{encoded office}|{encoded bulletin blob name}|{document index, 4 digits}</c>,
/// e.g. <c>洛阳市人民政府办公室|2019年第3季度.txt|0001</c>.</para>
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

    public static string PartitionKeyFor(IsoWeek week) => week.ToString();

    public static string RowKeyFor(string office, string bulletin, int documentIndex)
        => $"{KeyEncoding.Encode(office)}{KeyEncoding.Separator}{KeyEncoding.Encode(bulletin)}{KeyEncoding.Separator}{documentIndex:D4}";

    /// <summary>Lower bound (inclusive) of the RowKeys of one office within a week's partition.</summary>
    public static string OfficeRangeStart(string office) => $"{KeyEncoding.Encode(office)}{KeyEncoding.Separator}";

    /// <summary>Upper bound (exclusive) of the RowKeys of one office ('}' follows '|', and an encoded office never contains '|').</summary>
    public static string OfficeRangeEnd(string office) => $"{KeyEncoding.Encode(office)}{(char)(KeyEncoding.Separator + 1)}";
}

/// <summary>A finding as stored in <see cref="DocumentResultEntity.FindingsJson"/>.</summary>
public sealed record FindingSummary(string RuleId, string Severity, string Message, int? Line, int? Page, string? Evidence,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Suggestion = null);
