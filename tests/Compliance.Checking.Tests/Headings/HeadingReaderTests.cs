using System.Text;
using Compliance.Checking.Analysis;
using Compliance.Checking.Configuration;
using Compliance.Checking.Extraction;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Tests.Headings;

/// <summary>What is a heading and what is not, and the tolerance of heading.sequence to what PDF extraction does to
/// lines (lost, displaced, run into a paragraph), on the well-formed sample with its body replaced.</summary>
public class HeadingReaderTests
{
    [Theory]
    [InlineData("一、总体要求", 1, 1, "一、", "Canonical")]
    [InlineData("　　十九、加强领导", 1, 19, "十九、", "Canonical")]
    [InlineData("二十三、其他", 1, 23, "二十三、", "Canonical")]
    [InlineData("三、一般重污染天气应急行动", 1, 3, "三、", "Canonical")]
    [InlineData("（一）指导思想。全面贯彻…", 2, 1, "（一）", "Canonical")]
    [InlineData("(十九) 加强组织领导。", 2, 19, "(十九)", "HalfWidthBrackets")]
    [InlineData("(二）工作目标", 2, 2, "(二）", "HalfWidthBrackets")]
    [InlineData("1.明确任务。", 3, 1, "1.", "Canonical")]
    [InlineData("12．明确任务。", 3, 12, "12．", "Canonical")]
    [InlineData("1. 统筹协调。", 3, 1, "1.", "Canonical")]
    [InlineData("（1）细化措施。", 4, 1, "（1）", "Canonical")]
    [InlineData("（1）2019年底前完成。", 4, 1, "（1）", "Canonical")]
    [InlineData("1.2020年12月底前，全市生活垃圾焚烧处理率达到50%以上。", 3, 1, "1.", "Canonical")]
    [InlineData("2.12月底前完成。", 3, 2, "2.", "Canonical")]
    [InlineData("1、把握服务对象。", 3, 1, "1、", "Common")]
    [InlineData("一.总体要求", 1, 1, "一.", "Deviant")]
    [InlineData("一，总体要求", 1, 1, "一，", "Deviant")]
    [InlineData("（一）、指导思想", 2, 1, "（一）、", "Deviant")]
    [InlineData("（一）.指导思想", 2, 1, "（一）.", "Deviant")]
    [InlineData("1，明确任务", 3, 1, "1，", "Deviant")]
    [InlineData("1)明确任务", 4, 1, "1)", "Deviant")]
    [InlineData("2）明确任务", 4, 2, "2）", "Deviant")]
    [InlineData("（1）、细化措施", 4, 1, "（1）、", "Deviant")]
    public void A_marker_at_the_start_of_a_line_is_a_heading(string line, int level, int ordinal, string marker, string kind)
    {
        var parsed = HeadingMarker.TryParse(line);

        Assert.NotNull(parsed);
        Assert.Equal((level, ordinal, marker, kind), (parsed.Value.Level, parsed.Value.Ordinal, parsed.Value.PrintedIn(line), parsed.Value.Kind.ToString()));
    }

    [Theory]
    [InlineData("1.5亿元用于项目建设。")]
    [InlineData("2019.6.1起施行。")]
    [InlineData("1、2月份完成调查。")]
    [InlineData("1，2号楼已完工。")]
    [InlineData("一、二级水源保护区内禁止建设。")]
    [InlineData("二、三产业融合发展。")]
    [InlineData("第一条 为了加强管理，制定本办法。")]
    [InlineData("100.其他")]
    [InlineData("一是加强领导。")]
    [InlineData("（一）")]
    [InlineData("1.")]
    [InlineData("“一、总体要求”")]
    public void Numbers_of_dates_amounts_articles_and_quotes_are_no_headings(string line)
        => Assert.Null(HeadingMarker.TryParse(line));

    [Fact]
    public void The_sample_is_read_with_its_four_levels_and_without_the_attachment_note()
    {
        var document = Assert.Single(Extract(Samples.Document));

        Assert.Equal(["一、", "（一）", "（二）", "1.", "（1）", "（2）", "2.", "二、"], document.Headings.Select(h => h.Marker));
        Assert.Equal([1, 2, 2, 3, 4, 4, 3, 1], document.Headings.Select(h => h.Level));
        Assert.All(document.Headings, h => Assert.Equal(0, h.Scope));
    }

    [Fact]
    public void Table_rows_tab_rows_and_contents_entries_are_no_headings()
    {
        var body = "一、总体要求\n\n| 1. | 某项任务 | 市财政局 |\n\n1.\t某项任务\t市财政局\t12\n\n二、任务分工\n\n2.某项任务…………………3\n\n三、保障措施";

        var document = Assert.Single(Extract(WithBody(body)));

        Assert.Equal(["一、", "二、", "三、"], document.Headings.Select(h => h.Marker));
    }

    [Theory]
    // A number skipped, a number repeated, a first child numbered two.
    [InlineData("一、甲\n\n二、乙\n\n四、丁", "四、", "三、")]
    [InlineData("一、甲\n\n（一）子。正文。\n\n（二）丑。正文。\n\n（二）寅。正文。\n\n二、乙", "（二）", "（三）")]
    [InlineData("一、甲\n\n（二）子。正文。\n\n（三）丑。正文。\n\n二、乙", "（二）", "（一）")]
    public void A_break_is_one_finding(string body, string marker, string expected)
    {
        var finding = Assert.Single(Samples.Check(WithBody(body)).AllFindings);

        Assert.Equal(RuleIds.HeadingSequence, finding.RuleId);
        Assert.StartsWith(marker, finding.Evidence);
        Assert.Contains($"应为“{expected}”", finding.Message);
    }

    [Fact]
    public void Two_lost_headings_are_one_finding_with_their_count()
    {
        var finding = Assert.Single(Samples.Check(WithBody("一、甲\n\n三、丙\n\n四、丁\n\n六、己")).AllFindings);

        Assert.Equal(RuleIds.HeadingSequence, finding.RuleId);
        Assert.Contains("共 2 处", finding.Message);
    }

    [Theory]
    // The PDF ran a heading into the paragraph before it.
    [InlineData("一、甲\n\n（一）子。正文。\n\n（二）丑。正文（责任单位：市财政局）（三）寅。正文。\n\n（四）卯。正文。\n\n二、乙")]
    // Two lines swapped: the missing number comes after the next one.
    [InlineData("一、甲\n\n二、乙\n\n四、丁\n\n三、丙\n\n五、戊")]
    // The second level numbered through the body.
    [InlineData("一、甲\n\n（一）子。正文。\n\n（二）丑。正文。\n\n二、乙\n\n（三）寅。正文。\n\n（四）卯。正文。")]
    // Divisions of their own under a heading.
    [InlineData("一、甲\n\n第一阶段：准备\n\n（一）子。正文。\n\n（二）丑。正文。\n\n第二阶段：实施\n\n（一）寅。正文。\n\n二、乙")]
    // A list inside the text that starts again.
    [InlineData("一、甲\n\n1.子。\n\n2.丑。\n\n1.寅。\n\n2.卯。\n\n3.辰。\n\n二、乙")]
    // A level seen once.
    [InlineData("一、甲\n\n（二）子。正文。\n\n二、乙")]
    // A quote left open on the line before: the line goes on with it.
    [InlineData("一、甲\n\n坚持“安全第\n\n一、预防为主”方针。\n\n二、乙")]
    public void What_extraction_does_to_lines_and_ambiguous_numbering_give_no_finding(string body)
        => Assert.Empty(Samples.Check(WithBody(body)).AllFindings);

    [Fact]
    public void An_attachment_and_a_plan_after_the_date_number_afresh()
    {
        var text = WithBody("一、甲\n\n二、乙")
            .Replace("某项工作任务分解表\n\n由各单位按职责分工负责落实。", "某项工作任务分解表\n\n一、任务\n\n二、分工")
            .Replace("某项工作联系人名单\n\n由各单位确定一名联系人。", "某项工作联系人名单\n\n一、名单\n\n（一）市直单位\n\n（二）县区");

        Assert.Empty(Samples.Check(text).AllFindings);
        Assert.Equal([0, 0, 2, 2, 3, 3, 3], Assert.Single(Extract(text)).Headings.Select(h => h.Scope));
    }

    [Fact]
    public void One_finding_per_form_with_its_count_and_the_common_1_comma_one_step_milder()
    {
        var text = Samples.Document.Replace("1.明确任务", "1、明确任务").Replace("2.加强协调", "2、加强协调").Replace("（二）工作目标", "(二)工作目标");

        var findings = Samples.Check(text).AllFindings.OrderBy(f => f.Line).ToList();

        Assert.Equal(2, findings.Count);
        Assert.Equal((RuleIds.HeadingForm, Severity.Warning), (findings[0].RuleId, findings[0].Severity));
        Assert.Contains("“(二)”", findings[0].Message);
        Assert.Equal((RuleIds.HeadingForm, Severity.Info), (findings[1].RuleId, findings[1].Severity));
        Assert.Contains("共 2 处", findings[1].Message);
        // Each names the correction of its first heading, the milder one too.
        Assert.Equal(["（二）工作目标。年底前全面完成各项任务。", "1.明确任务。各单位按期完成。"], findings.Select(f => f.Suggestion));
        var strict = new CheckerOptions { Rules = { [RuleIds.HeadingForm] = new RuleSetting { Severity = Severity.Error } } };
        Assert.Equal([Severity.Error, Severity.Warning], Samples.Check(text, strict).AllFindings.OrderBy(f => f.Line).Select(f => f.Severity));
    }

    [Fact]
    public void Half_width_brackets_are_a_finding_only_against_the_documents_habit()
    {
        var halfWidth = RuleTests.HalfWidth(Samples.Document);

        Assert.DoesNotContain(Samples.Check(halfWidth).AllFindings, f => f.RuleId == RuleIds.HeadingForm);
        Assert.Contains(Samples.Check(halfWidth.Replace("(一)指导思想", "(一)、指导思想")).AllFindings, f => f.RuleId == RuleIds.HeadingForm);
    }

    /// <summary>The sample with its body (between the opening sentence and the attachment note) replaced.</summary>
    internal static string WithBody(string body)
    {
        const string start = "现将有关事项通知如下，请认真贯彻执行。\n\n";
        var from = Samples.Document.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = Samples.Document.IndexOf("附件：1.", StringComparison.Ordinal);
        return Samples.Document[..from] + body + "\n\n" + Samples.Document[to..];
    }

    private static IReadOnlyList<ExtractedDocument> Extract(string text)
    {
        var outcome = new BulletinReader(new CheckerLimits()).Read(Encoding.UTF8.GetBytes(text));
        return DocumentExtractor.Extract(outcome.Text!).Documents;
    }
}
