using Compliance.Checking;
using Compliance.Storage.Tables;

namespace Compliance.Storage.Tests;

/// <summary>Rows the tables should hold for a report, computed from the report itself (never hard-coded).</summary>
internal static class Expectations
{
    /// <summary>The report's findings in storage order: (document or null, finding).</summary>
    public static List<(DocumentReport? Document, Finding Finding)> FlatFindings(BulletinReport report)
        => report.Findings.Select(f => ((DocumentReport?)null, f))
            .Concat(report.Documents.SelectMany(d => d.Findings.Select(f => ((DocumentReport?)d, f))))
            .ToList();

    public static void FindingRowsMatch(BulletinReport report, string bulletin, IsoWeek week, IReadOnlyList<FindingEntity> rows)
    {
        var expected = FlatFindings(report);
        Assert.Equal(expected.Count, rows.Count);
        var ordered = rows.OrderBy(r => r.RowKey, StringComparer.Ordinal).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            var (document, finding) = expected[i];
            var row = ordered[i];
            Assert.Equal(KeyEncoding.Encode(bulletin), row.PartitionKey);
            Assert.Equal(bulletin, row.Bulletin);
            Assert.Equal(document?.Index ?? 0, row.DocIndex);
            Assert.Equal(document?.DocNumber, row.DocNumber);
            Assert.Equal(document?.Title, row.Title);
            Assert.Equal(document is null ? null : document.Issuer ?? DocumentResultEntity.UnknownOffice, row.Issuer);
            Assert.Equal(finding.RuleId, row.Rule);
            Assert.Equal(SeverityLabels.Label(finding.Severity), row.Severity);
            Assert.Equal(finding.Message, row.Message);
            Assert.Equal(finding.Line, row.Line);
            Assert.Equal(finding.Evidence, row.Evidence);
            Assert.Equal(finding.Suggestion, row.Suggestion);
            Assert.Equal(week.ToString(), row.Week);
        }
    }

    public static void DocumentRowsMatch(BulletinReport report, string bulletin, IsoWeek week, IEnumerable<DocumentResultEntity> allRows)
    {
        var rows = allRows.Where(r => r.Bulletin == bulletin).OrderBy(r => r.DocumentIndex).ToList();
        Assert.Equal(report.Documents.Count, rows.Count);
        foreach (var (document, row) in report.Documents.Zip(rows))
        {
            var office = document.Issuer ?? DocumentResultEntity.UnknownOffice;
            Assert.Equal(week.ToString(), row.PartitionKey);
            Assert.Equal($"{KeyEncoding.Encode(office)}|{KeyEncoding.Encode(bulletin)}|{document.Index:D4}", row.RowKey);
            Assert.Equal(week.ToString(), row.Week);
            Assert.Equal(office, row.Office);
            Assert.Equal(document.Index, row.DocumentIndex);
            Assert.Equal(document.DocNumber, row.DocNumber);
            Assert.Equal(document.Title, row.Title);
            Assert.Equal(document.Kind, row.Kind);
            Assert.Equal(document.Date?.ToString("yyyy-MM-dd"), row.Date);
            Assert.Equal(document.CountOf(Severity.Error), row.Errors);
            Assert.Equal(document.CountOf(Severity.Warning), row.Warnings);
            Assert.Equal(document.CountOf(Severity.Info), row.Infos);
            var expected = document.Findings.Select(f => new FindingSummary(f.RuleId, f.Severity.ToString(), f.Message, f.Line, f.Page, f.Evidence, f.Suggestion));
            Assert.Equal(expected, FindingSummaryJson.Deserialize(row.FindingsJson));
        }
    }

    public static void BulletinRowMatches(BulletinReport report, IsoWeek week, BulletinEntity row)
    {
        Assert.Equal(BulletinStatus.Checked, row.Status);
        Assert.Null(row.Reason);
        Assert.Equal(report.Encoding, row.Encoding);
        Assert.Equal(report.Documents.Count, row.Documents);
        Assert.Equal(FlatFindings(report).Count, row.Findings);
        Assert.Equal(report.ErrorCount, row.Errors);
        Assert.Equal(report.WarningCount, row.Warnings);
        Assert.Equal(report.InfoCount, row.Infos);
        Assert.Equal(week.ToString(), row.Week);
        Assert.Null(row.PendingETag);
        Assert.Null(row.ClaimedBy);
        Assert.Null(row.ClaimExpiresAt);
    }
}
