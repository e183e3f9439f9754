using Compliance.Checking.Citations;
using Compliance.Checking.Configuration;

namespace Compliance.Checking.Tests.Citations;

/// <summary>The registry rules' configuration, and which other bulletins a new one makes the checker look at again.</summary>
public class CitationCheckerTests
{
    // 江政〔2019〕5号, checked in "earlier.txt"; "later.txt" cites it without the organ in its title.
    private static string Document(string mark, string number, string title, string date, string paragraph)
        => Samples.Document
            .Replace("洛阳市人民政府办公室文件", mark + "文件", StringComparison.Ordinal)
            .Replace("洛政办〔2019〕35号", number, StringComparison.Ordinal)
            .Replace("洛阳市人民政府办公室关于加强某项工作的通知", title, StringComparison.Ordinal)
            .Replace("洛阳市人民政府办公室", mark, StringComparison.Ordinal)
            .Replace("2019年6月25日", date, StringComparison.Ordinal)
            .Replace("现将有关事项通知如下，请认真贯彻执行。", paragraph, StringComparison.Ordinal);

    private static readonly string Earlier = Document("江州市人民政府", "江政〔2019〕5号", "江州市人民政府关于加强安全生产工作的通知", "2019年3月1日", "现将有关事项通知如下。");

    private static readonly string Later = Document("江州市应急管理局", "江应急〔2019〕9号", "江州市应急管理局关于开展安全检查的通知", "2019年6月1日",
        "根据《关于加强安全生产工作的通知》（江政〔2019〕5号），现将有关事项通知如下。");

    private static (CitationRegistry Registry, BulletinReport Earlier, BulletinReport Later) Check(CheckerOptions? options = null)
    {
        var checker = Samples.Checker(options);
        var earlier = checker.Check(System.Text.Encoding.UTF8.GetBytes(Earlier), "earlier.txt");
        var later = checker.Check(System.Text.Encoding.UTF8.GetBytes(Later), "later.txt");
        return (CitationRegistry.Of([RegistryEntries.Of(earlier), RegistryEntries.Of(later)]), earlier, later);
    }

    [Fact]
    public void A_title_that_drops_the_organ_is_a_mismatch_quoting_both_titles()
    {
        var (registry, _, later) = Check();
        var finding = Assert.Single(new CitationChecker().Apply(later, registry).AllFindings, f => f.RuleId.StartsWith("citation.", StringComparison.Ordinal));
        Assert.Equal((RuleIds.CitationTitleMismatch, Severity.Warning, "江政〔2019〕5号"), (finding.RuleId, finding.Severity, finding.Evidence));
        Assert.Equal("引用的“江政〔2019〕5号”标题为《关于加强安全生产工作的通知》，而已检查的该文号公文标题为《江州市人民政府关于加强安全生产工作的通知》（earlier.txt 第 1 件）。", finding.Message);
        // The finding sits in the report where the checker's own would: its document's findings, in line order.
        var findings = new CitationChecker().Apply(later, registry).Documents[0].Findings;
        Assert.Equal(findings.OrderBy(f => f.Line ?? 0).ThenBy(f => f.RuleId, StringComparer.Ordinal), findings);
    }

    [Fact]
    public void Configuration_turns_a_registry_rule_off_or_changes_its_severity()
    {
        var off = new CheckerOptions();
        off.Rules[RuleIds.CitationTitleMismatch] = new RuleSetting { Enabled = false };
        var (registry, _, later) = Check(off);
        Assert.DoesNotContain(new CitationChecker(off).Apply(later, registry).AllFindings, f => f.RuleId == RuleIds.CitationTitleMismatch);

        var info = new CheckerOptions();
        info.Rules[RuleIds.CitationTitleMismatch] = new RuleSetting { Severity = Severity.Info };
        Assert.Equal(Severity.Info, Assert.Single(new CitationChecker(info).Apply(later, registry).AllFindings, f => f.RuleId == RuleIds.CitationTitleMismatch).Severity);

        var none = new CheckerOptions();
        foreach (var id in new[] { RuleIds.CitationTitleMismatch, RuleIds.CitationNumberMismatch, RuleIds.CitationTitleConflict })
        {
            none.Rules[id] = new RuleSetting { Enabled = false };
        }
        Assert.False(new CitationChecker(none).IsEnabled);
    }

    [Fact]
    public void The_bulletins_to_check_again_are_those_whose_findings_a_new_one_changes()
    {
        var (registry, _, _) = Check();
        var checker = new CitationChecker();
        // The earlier bulletin arriving second changes what the later one's citation is judged against.
        Assert.Equal(["later.txt"], checker.AffectedBy(registry, "earlier.txt"));
        // The later one changes nothing about the earlier's (it cites nothing).
        Assert.Empty(checker.AffectedBy(registry, "later.txt"));
        // Without the earlier bulletin, nothing is affected by it.
        Assert.Empty(checker.AffectedBy(registry.Without("earlier.txt"), "earlier.txt"));
    }
}
