using System.Text.Json;
using Compliance.Storage;
using Compliance.Storage.Tables;

namespace Compliance.Notifications;

/// <summary>Turns one week's <see cref="DocumentResultEntity"/> rows into one summary per issuing office. Pure: no I/O.</summary>
public static class WeeklySummaryAggregator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<OfficeWeekSummary> Summarize(IsoWeek week, IEnumerable<DocumentResultEntity> rows, int topRuleCount = 5)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows
            .GroupBy(r => string.IsNullOrWhiteSpace(r.Office) ? DocumentResultEntity.UnknownOffice : r.Office, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => SummarizeOffice(week, g.Key, g.ToList(), topRuleCount))
            .ToList();
    }

    private static OfficeWeekSummary SummarizeOffice(IsoWeek week, string office, List<DocumentResultEntity> rows, int topRuleCount)
    {
        var documents = rows
            .OrderBy(r => r.Bulletin, StringComparer.Ordinal).ThenBy(r => r.DocumentIndex)
            .Select(r => (Row: r, Findings: ParseFindings(r.FindingsJson)))
            .ToList();

        var allFindings = documents.SelectMany(d => d.Findings).ToList();
        var topRules = allFindings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new RuleCount(g.Key, g.Count(), g.First().Message, g.First().Suggestion))
            .OrderByDescending(r => r.Count).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Take(topRuleCount)
            .ToList();

        return new OfficeWeekSummary
        {
            Office = office,
            Week = week,
            DocumentsChecked = rows.Count,
            DocumentsWithErrors = rows.Count(r => r.Errors > 0),
            DocumentsWithWarnings = rows.Count(r => r.Warnings > 0),
            Errors = rows.Sum(r => r.Errors),
            Warnings = rows.Sum(r => r.Warnings),
            Infos = rows.Sum(r => r.Infos),
            TopRules = topRules,
            DocumentsWithFindings = documents
                .Where(d => d.Findings.Count > 0)
                .Select(d => new DocumentWithFindings(d.Row.DocNumber, d.Row.Title, d.Row.Bulletin, d.Row.DocumentIndex,
                    d.Findings.OrderByDescending(f => SeverityRank(f.Severity)).ThenBy(f => f.Line ?? int.MaxValue).ToList(), d.Row.Date))
                .ToList(),
        };
    }

    /// <summary>Error first, then warning, then info; unknown severities last.</summary>
    public static int SeverityRank(string? severity) => severity?.ToUpperInvariant() switch
    {
        "ERROR" => 3,
        "WARNING" => 2,
        "INFO" => 1,
        _ => 0,
    };

    private static IReadOnlyList<FindingSummary> ParseFindings(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<FindingSummary>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            // A row edited by hand into invalid JSON: the counts columns still speak for the document.
            return [new FindingSummary("summary.unreadable-findings", "Warning", "该公文的问题明细无法读取（FindingsJson 格式错误），请在检查结果表中查看。", null, null, null)];
        }
    }
}
