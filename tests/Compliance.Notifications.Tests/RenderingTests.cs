using Compliance.Storage.Tables;

namespace Compliance.Notifications.Tests;

public sealed class RenderingTests
{
    private static readonly Recipient Head = new(TestData.Luoyang, "王明", "wang.ming@luoyang.example.gov.cn");

    [Fact]
    public void Aggregates_counts_top_rules_and_documents_per_office_for_one_week()
    {
        var rows = TestData.SampleRows().Where(r => r.Week == TestData.Week.ToString()).ToList();

        var summaries = WeeklySummaryAggregator.Summarize(TestData.Week, rows, topRuleCount: 1);

        Assert.Equal(rows.Select(r => r.Office).Distinct().Order(StringComparer.Ordinal), summaries.Select(s => s.Office));
        var luoyang = summaries.Single(s => s.Office == TestData.Luoyang);
        var luoyangRows = rows.Where(r => r.Office == TestData.Luoyang).ToList();
        Assert.Equal(luoyangRows.Count, luoyang.DocumentsChecked);
        Assert.Equal(luoyangRows.Count(r => r.Errors > 0), luoyang.DocumentsWithErrors);
        Assert.Equal(luoyangRows.Sum(r => r.Warnings), luoyang.Warnings);
        Assert.Equal(new RuleCount("number.brackets", 2, "发文字号中的年份应使用六角括号〔〕。"), Assert.Single(luoyang.TopRules));
        Assert.Equal(2, luoyang.DocumentsWithFindings.Count);
        Assert.Equal(["Error", "Warning"], luoyang.DocumentsWithFindings[0].Findings.Select(f => f.Severity));
    }

    [Fact]
    public void Every_value_from_the_tables_is_html_escaped()
    {
        var row = TestData.Row(TestData.Week, "A&B<办公室>", "<b>bulletin</b>.txt", 1, "\"号\"", TestData.ScriptTitle,
            TestData.Error("number.brackets", "<img src=x onerror=alert(1)>", 3));
        var summary = WeeklySummaryAggregator.Summarize(TestData.Week, [row]).Single();

        var email = new SummaryEmailRenderer().RenderOffice(summary, Head with { Name = "<i>王</i>" });

        foreach (var raw in new[] { "<script>", "<b>bulletin", "<img", "<i>王", "A&B<" })
        {
            Assert.DoesNotContain(raw, email.Html);
        }
        Assert.Contains("A&amp;B&lt;办公室&gt;", email.Html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", email.Html);
        Assert.Contains("&quot;号&quot;", email.Html);
        Assert.Contains(TestData.ScriptTitle, email.PlainText);
        Assert.Equal("公文合规检查周报（2026-W47）：A&B<办公室>", email.Subject);
    }

    [Fact]
    public void A_rules_example_shows_what_to_write_instead_when_the_correction_is_determinate()
    {
        var fix = new FindingSummary("number.brackets", "Error", "发文字号中的年份应使用六角括号〔〕。", 3, null, "洛政办[2019]35号", "洛政办〔2019〕35号");
        var none = new FindingSummary("signature.missing", "Error", "缺少发文机关署名。", 9, null, null);
        var row = TestData.Row(TestData.Week, TestData.Luoyang, "a.txt", 1, "洛政办[2019]35号", "通知", fix, none);
        // Stored and read back as the DocumentResults column holds it.
        row.FindingsJson = FindingSummaryJson.Serialize([fix, none]);
        Assert.Equal([fix, none], FindingSummaryJson.Deserialize(row.FindingsJson));

        var email = new SummaryEmailRenderer().RenderOffice(WeeklySummaryAggregator.Summarize(TestData.Week, [row]).Single(), Head);

        Assert.Contains("（1 处，规则 number.brackets）：发文字号中的年份应使用六角括号〔〕。 应改为：洛政办〔2019〕35号", email.PlainText);
        Assert.Contains("应改为：<strong>洛政办〔2019〕35号</strong>", email.Html);
        Assert.Contains("（1 处，规则 signature.missing）：缺少发文机关署名。\n", email.PlainText);
    }

    [Fact]
    public void An_office_without_findings_gets_a_short_line()
    {
        var row = TestData.Row(TestData.Week, TestData.Jianxi, "a.txt", 1, "洛涧政办〔2019〕13号", "通知");
        var email = new SummaryEmailRenderer().RenderOffice(WeeklySummaryAggregator.Summarize(TestData.Week, [row]).Single(), Head);

        Assert.Contains("本周检查的该单位公文未发现格式问题。", email.Html);
        Assert.Contains("本周检查的该单位公文未发现格式问题。", email.PlainText);
        Assert.DoesNotContain("存在问题的公文", email.Html);
        Assert.Contains("2026年11月16日至2026年11月22日", email.PlainText);
    }

    [Fact]
    public void Documents_are_listed_as_checked_that_week_with_their_own_dates()
    {
        // A document issued in 2019 and checked in 2026-W47: the e-mail must not say the office issued it that week.
        var row = TestData.Row(TestData.Week, TestData.Luoyang, "a.txt", 1, "洛政办〔2019〕35号", "关于某事的通知",
            TestData.Error("number.brackets", "发文字号中的年份应使用六角括号〔〕。", 3));
        row.Date = "2019-06-25";
        var undated = TestData.Row(TestData.Week, TestData.Luoyang, "a.txt", 2, "洛政办〔2019〕36号", "关于另一事的通知",
            TestData.Error("date.missing", "未找到成文日期。", 9));

        var email = new SummaryEmailRenderer().RenderOffice(WeeklySummaryAggregator.Summarize(TestData.Week, [row, undated]).Single(), Head);

        foreach (var body in new[] { email.Html, email.PlainText })
        {
            Assert.DoesNotContain("发布", body);
            Assert.Contains("2026年11月16日至2026年11月22日（2026-W47）检查的洛阳市人民政府办公室公文", body);
            Assert.Contains("2019年6月25日", body);
            Assert.Contains("（无成文日期）", body);
        }
        Assert.Contains("<th>成文日期</th>", email.Html);
    }

    [Fact]
    public void Overview_has_one_row_per_office_totals_and_the_offices_without_a_head()
    {
        var rows = TestData.SampleRows().Where(r => r.Week == TestData.Week.ToString()).ToList();
        var summaries = WeeklySummaryAggregator.Summarize(TestData.Week, rows);
        var overview = new WeeklyOverview(TestData.Week, summaries.Select(s => new OverviewRow(s, s.Office == TestData.Headless ? null : Head with { Office = s.Office })).ToList());

        var email = new SummaryEmailRenderer().RenderOverview(overview);

        Assert.Equal($"公文合规检查周报总览（2026-W47）：{summaries.Count} 个单位，检查公文 {rows.Count} 件", email.Subject);
        foreach (var s in summaries) Assert.Contains($"<td>{s.Office}</td>", email.Html);
        Assert.Contains($"<tr><th>合计</th><td></td><td class=\"n\">{rows.Count}</td><td class=\"n\">{rows.Count(r => r.Errors > 0)}</td>", email.Html);
        Assert.Contains("<li>" + TestData.Headless + "</li>", email.Html);
        Assert.Contains("wang.ming@luoyang.example.gov.cn", email.PlainText);
    }

    [Fact]
    public void Unreadable_findings_json_still_reports_the_document()
    {
        var row = TestData.Row(TestData.Week, TestData.Luoyang, "a.txt", 1, null, "通知");
        row.FindingsJson = "{not json";
        row.Errors = 1;

        var summary = WeeklySummaryAggregator.Summarize(TestData.Week, [row]).Single();

        Assert.Equal(1, summary.DocumentsWithErrors);
        Assert.Contains("FindingsJson", Assert.Single(Assert.Single(summary.DocumentsWithFindings).Findings).Message);
    }
}
