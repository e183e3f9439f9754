namespace Compliance.Checking.Tests.Titles;

/// <summary>
/// Titles generated from the parts real titles are made of — issuer, 关于, 印发/转发, a cited name in 《》 (which may
/// hold any punctuation), a qualifier （试行）, a bracketed year, a programme in quotation marks, joint issuers with 、 —
/// give no title.punctuation finding; the same title with one comma, semicolon or colon outside 《》 gives exactly one.
/// </summary>
public class TitlePunctuationGeneratorTests
{
    private static readonly string[] Issuers = ["洛阳市人民政府办公室", "江州市人民政府", "云岭县人民政府办公室", "临海市农业农村局"];
    private static readonly string[] Subjects = ["加强安全生产工作", "推进政务公开", "做好防汛抗旱工作", "开展环境整治"];
    private static readonly string[] CitedNames =
    [
        "《江州市城市管理条例》", "《关于加强和改进城市管理工作的意见》", "《江州市“十四五”规划纲要：目标、任务与措施》",
        "《江州市生活垃圾分类实施方案（2019—2021年）》", "《江州市重大行政决策程序规定；附：决策目录》",
    ];
    private static readonly string[] Kinds = ["通知", "意见", "决定", "批复"];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 60));

    private static string Title(Random random)
    {
        var issuer = Issuers[random.Next(Issuers.Length)];
        var kind = Kinds[random.Next(Kinds.Length)];
        return random.Next(5) switch
        {
            0 => $"{issuer}关于印发{CitedNames[random.Next(CitedNames.Length)]}的{kind}",
            1 => $"{issuer}关于{Subjects[random.Next(Subjects.Length)]}（试行）的{kind}",
            2 => $"{issuer}关于印发江州市“食安江州”品牌建设实施方案（{2018 + random.Next(4)}—{2022 + random.Next(4)}年）的{kind}",
            3 => $"{issuer}、江州市财政局关于{Subjects[random.Next(Subjects.Length)]}的{kind}",
            _ => $"{issuer}转发市财政局关于{Subjects[random.Next(Subjects.Length)]}的{kind}",
        };
    }

    private static string Document(string title) => Samples.Document.Replace("洛阳市人民政府办公室关于加强某项工作的通知", title);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Titles_as_offices_write_them_are_silent_and_one_mark_outside_the_cited_name_is_one_finding(int seed)
    {
        var random = new Random(seed);
        var title = Title(random);
        var clean = Samples.Check(Document(title));
        Assert.Equal(title, Assert.Single(clean.Documents).Title);
        Assert.DoesNotContain(clean.AllFindings, f => f.RuleId == RuleIds.TitlePunctuation);

        // One mark put where the subject meets 的 (never inside 《》).
        var mark = new[] { "，", "；", "：", ",", ";" }[random.Next(5)];
        var at = title.LastIndexOf('的');
        var marked = title[..at] + mark + "加快落实" + title[at..];
        var report = Samples.Check(Document(marked));
        var finding = Assert.Single(report.AllFindings, f => f.RuleId == RuleIds.TitlePunctuation);
        Assert.Equal(marked, finding.Evidence);
        Assert.Contains($"“{mark}”", finding.Message);
        Assert.Null(finding.Suggestion); // a mark inside has more than one right correction: none is guessed
    }
}
