namespace Compliance.Checking.Tests.Citations;

/// <summary>
/// Paragraphs citing generated documents the way offices cite them — title then number, a law without a number, a
/// number alone after the same document was cited in full, a number inside a cited title — give no citation finding;
/// each damage of one citation gives exactly its finding: the number written alone the first time
/// (citation.number-without-title), the number's brackets, padding or 第 (citation.number-form, naming the standard
/// form), a year after the document's date (citation.future).
/// </summary>
public class CitationRuleGeneratorTests
{
    private static readonly string[] Organs = ["江州市人民政府办公室", "云岭县人民政府", "临海市财政局", "河西省人民政府办公厅", "国务院办公厅"];
    private static readonly string[] Codes = ["江政办", "云政", "临财预", "河政办发", "国办发", "临财办函"];
    private static readonly string[] Subjects = ["加强安全生产工作", "推进政务公开", "做好防汛抗旱工作", "开展环境整治", "印发乡村振兴实施方案"];
    private static readonly string[] Laws = ["《中华人民共和国环境保护法》", "《江州市城市管理条例》", "《中华人民共和国预算法》"];
    private static readonly string[] Kinds = ["通知", "意见", "决定", "办法"];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 80));

    private sealed record Cited(string Title, string Code, int Year, int Serial)
    {
        public string Number => $"{Code}〔{Year}〕{Serial}号";
    }

    private static Cited NewCited(Random random)
        => new($"{random.Pick(Organs)}关于{random.Pick(Subjects)}的{random.Pick(Kinds)}", random.Pick(Codes), 2014 + random.Next(5), 1 + random.Next(150));

    /// <summary>A paragraph of clean citations; the document is dated 2019年6月25日.</summary>
    private static (string Paragraph, List<Cited> Cited) Clean(Random random)
    {
        var cited = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => NewCited(random)).DistinctBy(c => c.Number).ToList();
        var text = new System.Text.StringBuilder("根据");
        text.AppendJoin("、", cited.Select(c => $"《{c.Title}》{(random.Next(2) == 0 ? $"（{c.Number}）" : $"({c.Number})")}"));
        text.Append($"和{random.Pick(Laws)}，结合本地实际，制定本方案。");
        // Afterwards a number alone: the document was cited in full above.
        if (random.Next(2) == 0) text.Append($"各单位要按照{cited[0].Number}文件要求抓好落实。");
        if (random.Next(3) == 0) text.Append($"《河西省人民政府关于贯彻{cited[0].Number}文件精神的实施意见》同时执行。");
        return (text.ToString(), cited);
    }

    private static BulletinReport Check(string paragraph)
        => Samples.Check(Samples.Document.Replace("现将有关事项通知如下，请认真贯彻执行。", paragraph));

    private static IEnumerable<Finding> CitationFindings(BulletinReport report) => report.AllFindings.Where(f => f.RuleId.StartsWith("citation.", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_citations_are_silent_and_each_damage_is_exactly_its_finding(int seed)
    {
        var random = new Random(seed);
        var (paragraph, cited) = Clean(random);
        Assert.Empty(CitationFindings(Check(paragraph)));
        var target = cited[0];

        // The number written alone, before the document is ever cited in full.
        var bare = Check($"按照{target.Number}文件要求，" + paragraph);
        var finding = Assert.Single(CitationFindings(bare));
        Assert.Equal((RuleIds.CitationNumberWithoutTitle, target.Number), (finding.RuleId, finding.Evidence));

        // The number misprinted in its citation: the finding gives the standard form.
        var damaged = random.Next(4) switch
        {
            0 => $"{target.Code}[{target.Year}]{target.Serial}号",
            1 => $"{target.Code}（{target.Year}）{target.Serial}号",
            2 => $"{target.Code}〔{target.Year}〕第{target.Serial}号",
            _ => $"{target.Code}〔{target.Year}〕0{target.Serial}号",
        };
        finding = Assert.Single(CitationFindings(Check(paragraph.Replace(target.Number, damaged))));
        Assert.Equal((RuleIds.CitationNumberForm, damaged), (finding.RuleId, finding.Evidence));
        Assert.Contains($"应写作“{target.Number}”", finding.Message);

        // A year after the document's own (2019年6月25日).
        var later = target with { Year = 2020 + random.Next(5) };
        finding = Assert.Single(CitationFindings(Check(paragraph.Replace(target.Number, later.Number))));
        Assert.Equal((RuleIds.CitationFuture, Severity.Error, later.Number), (finding.RuleId, finding.Severity, finding.Evidence));
    }
}

internal static class RandomPicking
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
