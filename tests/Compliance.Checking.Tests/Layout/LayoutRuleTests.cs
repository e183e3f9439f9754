namespace Compliance.Checking.Tests.Layout;

/// <summary>
/// The layout rules on Word files: a document made from a 公文 template gets none; one made the way a clerk makes it gets
/// what a proof-reader would mark (margins, grid, page number, the imprint left in the body's size) and nothing else;
/// text and PDF get none.
/// </summary>
public class LayoutRuleTests
{
    private static List<Finding> LayoutFindings(byte[] docx)
        => Samples.Checker().Check(docx, "x.docx").AllFindings.Where(f => f.RuleId.StartsWith("layout.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_document_made_from_a_gongwen_template_has_no_layout_finding()
    {
        var findings = LayoutFindings(Gongwen.Template.Build(Gongwen.Lines));
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Line}: {f.Message}")));
    }

    [Fact]
    public void A_document_a_clerk_formats_by_hand_on_words_default_template_gets_what_a_proof_reader_marks()
    {
        var findings = LayoutFindings(Gongwen.Clerk.Build(Gongwen.Lines));

        Assert.Equal(
            [RuleIds.LayoutGrid, RuleIds.LayoutImprintFont, RuleIds.LayoutMargins, RuleIds.LayoutPageNumber],
            findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        var imprint = Assert.Single(findings, f => f.RuleId == RuleIds.LayoutImprintFont);
        Assert.Equal(Gongwen.Lines.ToList().FindIndex(l => l.StartsWith("抄送", StringComparison.Ordinal)) + 1, imprint.Line);
        Assert.Contains("共 2 段", imprint.Message, StringComparison.Ordinal);
        Assert.Contains("上边距（天头）25.4 mm（应为37 mm）", Assert.Single(findings, f => f.RuleId == RuleIds.LayoutMargins).Message, StringComparison.Ordinal);
        Assert.Contains("页码“1”不规范：数字两侧应各有一条一字线，字体为Calibri，字号为10.5磅", Assert.Single(findings, f => f.RuleId == RuleIds.LayoutPageNumber).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_pdf_get_no_layout_finding()
    {
        Assert.DoesNotContain(Samples.Check(Samples.Document).AllFindings, f => f.RuleId.StartsWith("layout.", StringComparison.Ordinal));
        foreach (var pdf in Directory.GetFiles(Path.Combine(TestSupport.RepositoryPaths.Root, "tests", "fixtures", "pdf"), "seed-000*.pdf"))
        {
            Assert.DoesNotContain(Samples.Checker().Check(File.ReadAllBytes(pdf), pdf).AllFindings, f => f.RuleId.StartsWith("layout.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Layout_rules_are_configured_like_the_others()
    {
        var options = new Checking.Configuration.CheckerOptions();
        options.Rules[RuleIds.LayoutMargins] = new Checking.Configuration.RuleSetting { Enabled = false };
        options.Rules[RuleIds.LayoutImprintFont] = new Checking.Configuration.RuleSetting { Severity = Severity.Info };

        var findings = Samples.Checker(options).Check(Gongwen.Clerk.Build(Gongwen.Lines), "x.docx").AllFindings.Where(f => f.RuleId.StartsWith("layout.", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.LayoutMargins);
        Assert.Equal(Severity.Info, Assert.Single(findings, f => f.RuleId == RuleIds.LayoutImprintFont).Severity);
        Assert.Contains(findings, f => f.RuleId == RuleIds.LayoutGrid);
    }

    [Fact]
    public void A_gazette_saved_as_docx_is_typeset_by_its_publisher_and_gets_no_layout_finding()
    {
        // Two documents in one file, set the way the clerk's file is: as one 公文 it gets four layout findings.
        var second = Gongwen.Lines.Select(l => l.Replace("35号", "36号", StringComparison.Ordinal).Replace("加强某项工作", "做好另一项工作", StringComparison.Ordinal));
        var gazette = Gongwen.Clerk.Build([.. Gongwen.Lines, .. second]);

        var report = Samples.Checker().Check(gazette, "gazette.docx");

        Assert.Equal(2, report.Documents.Count);
        Assert.DoesNotContain(report.AllFindings, f => f.RuleId.StartsWith("layout.", StringComparison.Ordinal));
    }
}
