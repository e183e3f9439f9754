namespace Compliance.Checking.Tests.Addressees;

/// <summary>
/// Addressees generated at random — lists of one to five organs joined with 、 or ，, wrapped or not — in documents
/// with and without marks and numbers: closed with a full-width colon they give no finding; each other close gives
/// exactly one addressee.colon finding; a half-width colon is a finding only in a document that writes full-width
/// marks; a document addressed to nobody, or whose body opens with a sentence about units, gives none.
/// </summary>
public class AddresseeGeneratorTests
{
    private static readonly string[] Places = ["江州市", "云岭县", "北川区", "临海市", "青石县"];
    private static readonly string[] Organs =
    [
        "各县（市、区）人民政府", "市人民政府各部门", "各有关单位", "各乡镇人民政府", "市直各单位", "各街道办事处", "区直有关部门",
        "各镇人民政府", "经济开发区管委会", "各市属国有企业", "市直有关单位", "各人民团体",
    ];
    private static readonly string[] Subjects = ["加强安全生产工作", "做好防汛抗旱工作", "推进政务公开", "开展环境整治", "规范公文处理"];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    private sealed record Generated(string Text, string AddresseeLine);

    private static Generated Document(Random random, string close, bool halfWidth)
    {
        var place = Places[random.Next(Places.Length)];
        var organ = place + "人民政府办公室";
        // A lone name without any closing mark is not told from other lines under a title unless it starts with 各.
        var count = random.Next(close.Length == 0 ? 2 : 1, 6);
        var names = Organs.OrderBy(_ => random.Next()).Take(count).ToList();
        var separator = random.Next(2) == 0 ? "，" : "、";
        var addressees = string.Join(separator, names) + close;
        var lines = new List<string>();
        // A mark, a number or both: a document with neither is found by its addressees' colon alone, so without one
        // its misprinted addressees would hide the document itself (see docs/rules.md, where a document starts).
        var head = random.Next(3);
        if (head != 1) lines.AddRange([organ + "文件", ""]);
        if (head != 0) lines.AddRange([$"{place[0]}政办〔2019〕{random.Next(1, 90)}号", ""]);
        lines.AddRange([$"{organ}关于{Subjects[random.Next(Subjects.Length)]}的通知", "", addressees, ""]);
        for (var p = random.Next(1, 4); p > 0; p--)
        {
            lines.AddRange(["为进一步做好有关工作，经研究，现就有关事项通知如下：各单位要高度重视，明确责任，抓好落实；遇有重大情况，及时报告。", ""]);
        }
        lines.AddRange([organ, "", $"2019年{random.Next(1, 13)}月{random.Next(1, 29)}日", "", "（此件公开发布）", ""]);
        var text = string.Join("\n", lines);
        if (halfWidth) text = RuleTests.HalfWidth(text);
        return new Generated(text, halfWidth ? RuleTests.HalfWidth(addressees) : addressees);
    }

    private static List<Finding> Findings(string text)
    {
        var report = Samples.Check(text);
        var document = Assert.Single(report.Documents);
        return document.Findings.Where(f => f.RuleId.StartsWith("addressee.", StringComparison.Ordinal)).ToList();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Full_width_colon_is_silent_and_every_other_close_is_one_finding(int seed)
    {
        var random = new Random(seed);
        Assert.Empty(Findings(Document(new Random(seed), "：", halfWidth: false).Text));

        foreach (var close in new[] { ":", "。", "，", "；", "" })
        {
            var generated = Document(new Random(seed), close, halfWidth: false);
            var findings = Findings(generated.Text);
            Assert.True(findings.Count == 1, $"close «{close}»: {findings.Count} findings in\n{generated.Text}");
            var finding = findings[0];
            Assert.Equal(RuleIds.AddresseeColon, finding.RuleId);
            Assert.Equal(generated.AddresseeLine.Replace(" ", ""), finding.Evidence);
            // The suggestion is the same names closed by the full-width colon.
            Assert.Equal(generated.AddresseeLine[..^close.Length] + "：", finding.Suggestion);
        }
        _ = random;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Half_width_colon_is_the_habit_of_a_half_width_document(int seed)
    {
        var generated = Document(new Random(seed), "：", halfWidth: true);
        Assert.Empty(Findings(generated.Text));

        // The habit covers the colon only: a semicolon in its place is still a misprint.
        var semicolon = Document(new Random(seed), "；", halfWidth: true);
        Assert.Equal(RuleIds.AddresseeColon, Assert.Single(Findings(semicolon.Text)).RuleId);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Document_without_addressees_gives_no_finding(int seed)
    {
        var generated = Document(new Random(seed), "：", halfWidth: false);
        var without = generated.Text.Replace(generated.AddresseeLine + "\n", "");
        Assert.Empty(Findings(without));

        // A body that opens with a sentence about units is no list of addressees.
        var sentence = generated.Text.Replace(generated.AddresseeLine, "各单位要高度重视，切实加强组织领导，确保各项工作落到实处");
        Assert.Empty(Findings(sentence));
    }
}
