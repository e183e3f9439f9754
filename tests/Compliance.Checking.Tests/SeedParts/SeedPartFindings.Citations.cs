namespace Compliance.Checking.Tests;

public partial class SeedPartFindingsTests
{
    // Verdicts. The sample bulletins cite 73 documents by number (24, 30 and 19: README, "Citations"); the one number
    // written alone without the document having been cited in full is 002 #11's 晋政办发〔2019〕37号 (…未按晋政办发〔2019〕37号
    // 文件要求完成的县…): the title comes first. 000 #6 writes 豫自然资办函〔2019〕23号 and 自然资办函〔2019〕343号 alone
    // three times, each after citing them in full (no finding); 001 #13's 国发〔2014〕43号 stands inside a cited title.
    private static readonly SeedFinding[] Citations =
    [
        new("002_bc7c144ecaea1a61.txt", 11, RuleIds.CitationNumberWithoutTitle, 2789, "晋政办发〔2019〕37号"),
    ];
}

public class SeedRegistryFindingsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // Verdict. 国办发〔2017〕26号 is cited by 000 #5 (洛阳, 2019年) as 《国务院办公厅关于转发国家发展改革委 住房城乡建设部生活垃圾
    // 分类制度实施方案的通知》, its real title, and by 002 #3 (吕梁, later) as 《关于转发国家发展改革委、住房城乡建设部〈生活垃圾分类
    // 制度实施方案〉的通知》: the later citation dropped the issuing organ (the 、 and 〈〉 alone would not count). No other
    // number is cited by two of the bulletins with two titles, and none of them cites a document another of them holds.
    private static readonly SeedFinding[] Registry =
    [
        new("002_bc7c144ecaea1a61.txt", 3, RuleIds.CitationTitleConflict, 483, "国办发〔2017〕26号"),
    ];

    public static TheoryData<string> Orders => new("012", "021", "102", "120", "201", "210");

    [Theory]
    [MemberData(nameof(Orders))]
    public void The_sample_bulletins_checked_together_in_any_order_have_exactly_the_registry_finding_judged(string order)
    {
        var seeds = Directory.GetFiles(Compliance.TestSupport.RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var checker = Samples.Checker();
        var reports = order.Select(c => seeds[c - '0'])
            .Select(path => checker.Check(File.ReadAllBytes(path), Path.GetFileName(path))).ToList();
        var entries = reports.Select(Checking.Citations.RegistryEntries.Of).ToList();
        var registry = Checking.Citations.CitationRegistry.Of(entries);
        var citations = new Checking.Citations.CitationChecker();

        var actual = reports.Select(r => citations.Apply(r, registry))
            .SelectMany(r => r.Documents.SelectMany(d => d.Findings
                .Where(f => f.RuleId is RuleIds.CitationTitleMismatch or RuleIds.CitationNumberMismatch or RuleIds.CitationTitleConflict)
                .Select(f => new SeedFinding(r.Source, d.Index, f.RuleId, f.Line ?? 0, f.Evidence).ToString())))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Registry.Select(f => f.ToString()), actual);
        if (order == "012")
        {
            var shared = entries.SelectMany(e => e.Citations.Select(c => c.Number).Distinct().Select(n => (e.Bulletin, n)))
                .GroupBy(x => x.n).Count(g => g.Count() > 1);
            output.WriteLine(string.Join("\n", entries.Select(e => $"{e.Bulletin}: {e.Documents.Count} documents, {e.Citations.Count} citations with title and number")));
            output.WriteLine($"numbers cited by more than one bulletin: {shared}");
        }
    }
}
