using Compliance.Checking.Citations;

namespace Compliance.Checking.Tests.Citations;

/// <summary>
/// Generated bulletins, each a document that cites documents of the others (title, then number) and documents nobody
/// checked: printed every way that does not change a title (spaces, 、 or a space between organs, full- or
/// half-width brackets) they give no registry finding, in any order. Each damage gives exactly its finding, on the
/// citing document, naming the other, whatever the order the bulletins come in: a cited title that is not the
/// document's (citation.title-mismatch), a known title under another number (citation.number-mismatch), one unknown
/// number cited with two titles (citation.title-conflict, on the later document by date).
/// </summary>
public class CitationRegistryGeneratorTests
{
    private static readonly (string Organ, string Code)[] Organs =
        [("江州市人民政府办公室", "江政办"), ("云岭县人民政府", "云政"), ("临海市财政局", "临财"), ("河西省人民政府办公厅", "河政办发"), ("江州市教育局", "江教")];
    private static readonly string[] Subjects = ["加强安全生产工作", "推进政务公开", "做好防汛抗旱工作", "开展环境整治", "印发乡村振兴实施方案", "规范财政资金管理", "做好义务教育招生工作"];
    private static readonly string[] Kinds = ["通知", "意见", "决定"];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 60));

    private sealed record Doc(string Bulletin, string Organ, string Code, int Serial, string Title, int Month)
    {
        public string Number => $"{Code}〔2019〕{Serial}号";
    }

    /// <summary>A document nobody checked, cited by number and title (a State Council document, say).</summary>
    private sealed record External(string Title, string Number);

    private sealed record Corpus(List<Doc> Docs, External Outside, Dictionary<string, List<(string Title, string Number)>> Cites);

    private static Corpus Generate(Random random)
    {
        var count = 3 + random.Next(3);
        var docs = new List<Doc>();
        var subjects = Subjects.OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < count; i++)
        {
            var (organ, code) = random.Pick(Organs);
            var title = $"{organ}关于{subjects[i]}的{random.Pick(Kinds)}";
            docs.Add(new Doc($"bulletin-{(char)('a' + random.Next(26))}{i}.txt", organ, code, 10 * i + 1 + random.Next(9), title, i + 1));
        }
        var outside = new External($"国务院办公厅关于{random.Pick(Subjects)}的意见", $"国办发〔2018〕{1 + random.Next(90)}号");
        var cites = new Dictionary<string, List<(string, string)>>();
        foreach (var doc in docs)
        {
            // Earlier documents of the corpus, and the outside document, each cited with its own title and number.
            // (The last cites the first at least, so that every corpus has a citation between its documents.)
            var list = docs.Where(d => d.Month < doc.Month && (random.Next(3) > 0 || (doc == docs[^1] && d == docs[0])))
                .Select(d => (d.Title, d.Number)).ToList();
            if (random.Next(2) == 0 || doc == docs[^1] || doc == docs[^2]) list.Add((outside.Title, outside.Number));
            if (list.Count == 0) list.Add((outside.Title, outside.Number));
            cites[doc.Bulletin] = list;
        }
        return new Corpus(docs, outside, cites);
    }

    /// <summary>A title printed as a clerk or a PDF may print it without changing it.</summary>
    private static string Printed(string title, Random random) => random.Next(3) switch
    {
        0 => title.Insert(title.IndexOf("关于", StringComparison.Ordinal), " "),
        1 => title.Replace("关于", "关于 ", StringComparison.Ordinal),
        _ => title,
    };

    private static string Text(Doc doc, IEnumerable<(string Title, string Number)> cites, Random random)
    {
        var citations = string.Join("、", cites.Select(c => random.Next(2) == 0 ? $"《{Printed(c.Title, random)}》（{c.Number}）" : $"《{Printed(c.Title, random)}》({c.Number})"));
        return Samples.Document
            .Replace("洛阳市人民政府办公室文件", doc.Organ + "文件", StringComparison.Ordinal)
            .Replace("洛政办〔2019〕35号", doc.Number, StringComparison.Ordinal)
            .Replace("洛阳市人民政府办公室关于加强某项工作的通知", doc.Title, StringComparison.Ordinal)
            .Replace("洛阳市人民政府办公室", doc.Organ, StringComparison.Ordinal)
            .Replace("2019年6月25日", $"2019年{doc.Month}月25日", StringComparison.Ordinal)
            .Replace("现将有关事项通知如下，请认真贯彻执行。", $"根据{citations}，结合实际，现将有关事项通知如下。", StringComparison.Ordinal);
    }

    /// <summary>Checks every bulletin, in the order given, and judges the citations against all of them (as a run of the CLI does).</summary>
    private static List<(string Bulletin, Finding Finding)> RegistryFindings(IEnumerable<(string Bulletin, string Text)> bulletins)
    {
        var checker = Samples.Checker();
        var reports = bulletins.Select(b => checker.Check(System.Text.Encoding.UTF8.GetBytes(b.Text), b.Bulletin)).ToList();
        var registry = CitationRegistry.Of(reports.Select(RegistryEntries.Of));
        var citations = new CitationChecker();
        return reports.Select(r => citations.Apply(r, registry))
            .SelectMany(r => r.AllFindings.Where(IsRegistryFinding).Select(f => (r.Source, f)))
            .OrderBy(x => x.Source, StringComparer.Ordinal).ThenBy(x => x.f.Line).ToList();
    }

    private static bool IsRegistryFinding(Finding f)
        => f.RuleId is RuleIds.CitationTitleMismatch or RuleIds.CitationNumberMismatch or RuleIds.CitationTitleConflict;

    /// <summary>The corpus's bulletins, each with its citations as <paramref name="cites"/> gives them, in a shuffled order.</summary>
    private static List<(string, string)> Bulletins(Corpus corpus, Random random, Func<Doc, List<(string Title, string Number)>>? cites = null)
        => corpus.Docs.Select(d => (d.Bulletin, Text(d, (cites ?? (x => corpus.Cites[x.Bulletin]))(d), random)))
            .OrderBy(_ => random.Next()).ToList();

    /// <summary>The one registry finding the damaged corpus gives, the same in two shuffled orders.</summary>
    private static (string Bulletin, Finding Finding) SingleFindingInAnyOrder(Corpus corpus, Random random, Func<Doc, List<(string Title, string Number)>> damaged)
    {
        var first = RegistryFindings(Bulletins(corpus, random, damaged));
        Assert.Equal(first, RegistryFindings(Bulletins(corpus, random, damaged)));
        return Assert.Single(first);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_corpora_are_silent_in_any_order(int seed)
    {
        var random = new Random(seed);
        var corpus = Generate(random);
        Assert.Empty(RegistryFindings(Bulletins(corpus, random)));
        Assert.Empty(RegistryFindings(Bulletins(corpus, random)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_cited_title_that_is_not_the_documents_is_one_finding_naming_it(int seed)
    {
        var random = new Random(seed);
        var corpus = Generate(random);
        var citing = corpus.Docs.First(d => corpus.Cites[d.Bulletin].Any(c => corpus.Docs.Any(x => x.Number == c.Number)));
        var target = corpus.Docs.First(d => corpus.Cites[citing.Bulletin].Any(c => c.Number == d.Number));
        // The issuing organ dropped, or one word changed.
        var wrong = random.Next(2) == 0 ? target.Title[target.Organ.Length..] : target.Title.Replace("关于", "关于进一步", StringComparison.Ordinal);
        List<(string, string)> Damaged(Doc d) => d == citing
            ? corpus.Cites[d.Bulletin].Select(c => c.Number == target.Number ? (wrong, c.Number) : c).ToList()
            : corpus.Cites[d.Bulletin];

        var (bulletin, finding) = SingleFindingInAnyOrder(corpus, random, Damaged);
        Assert.Equal((citing.Bulletin, RuleIds.CitationTitleMismatch, target.Number), (bulletin, finding.RuleId, finding.Evidence));
        Assert.Contains(target.Bulletin, finding.Message, StringComparison.Ordinal);
        Assert.Contains(target.Title, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_known_title_cited_under_another_number_is_one_finding_naming_the_document(int seed)
    {
        var random = new Random(seed);
        var corpus = Generate(random);
        var citing = corpus.Docs.First(d => corpus.Cites[d.Bulletin].Any(c => corpus.Docs.Any(x => x.Number == c.Number)));
        var target = corpus.Docs.First(d => corpus.Cites[citing.Bulletin].Any(c => c.Number == d.Number));
        var wrong = (target with { Serial = target.Serial + 500 }).Number;
        List<(string, string)> Damaged(Doc d) => d == citing
            ? corpus.Cites[d.Bulletin].Select(c => c.Number == target.Number ? (c.Title, wrong) : c).ToList()
            : corpus.Cites[d.Bulletin];

        var (bulletin, finding) = SingleFindingInAnyOrder(corpus, random, Damaged);
        Assert.Equal((citing.Bulletin, RuleIds.CitationNumberMismatch, wrong), (bulletin, finding.RuleId, finding.Evidence));
        Assert.Contains(target.Number, finding.Message, StringComparison.Ordinal);
        Assert.Contains(target.Bulletin, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void One_unknown_number_cited_with_two_titles_is_one_finding_on_the_later_document(int seed)
    {
        var random = new Random(seed);
        var corpus = Generate(random);
        var citers = corpus.Docs.Where(d => corpus.Cites[d.Bulletin].Any(c => c.Number == corpus.Outside.Number)).ToList();
        Assert.True(citers.Count >= 2);
        // Any citer but the earliest gives the outside document another title: the earliest citation is the reference.
        var later = citers[1 + random.Next(citers.Count - 1)];
        var other = random.Next(2) == 0 ? corpus.Outside.Title["国务院办公厅".Length..] : corpus.Outside.Title.Replace("的意见", "的通知", StringComparison.Ordinal);
        List<(string, string)> Damaged(Doc d) => d == later
            ? corpus.Cites[d.Bulletin].Select(c => c.Number == corpus.Outside.Number ? (other, c.Number) : c).ToList()
            : corpus.Cites[d.Bulletin];

        var (bulletin, finding) = SingleFindingInAnyOrder(corpus, random, Damaged);
        Assert.Equal((later.Bulletin, RuleIds.CitationTitleConflict, corpus.Outside.Number), (bulletin, finding.RuleId, finding.Evidence));
        Assert.Contains(citers[0].Bulletin, finding.Message, StringComparison.Ordinal);
    }
}
