using System.Text;
using Compliance.Checking.Canonical;
using Compliance.Checking.Reading;
using Compliance.Checking.Tests.Layouts;

namespace Compliance.Checking.Tests.Canonical;

/// <summary>Each step of the canonical-text stage on its own: what it changes, and what it must leave alone.</summary>
public class CanonicalTextTests
{
    private static SourceText Text(params string[] lines)
        => new("text", "utf-8", lines.Select((l, i) => new SourceLine(i + 1, l)).ToList());

    private static List<string> Canonical(params string[] lines) => CanonicalText.From(Text(lines)).Lines.Select(l => l.Text).ToList();

    [Theory]
    [InlineData("乳山市人民政府\u200B", "乳山市人民政府")]
    [InlineData("2018年\u200C1月\u2060\u200D12日\uFEFF", "2018年1月12日")]
    [InlineData("乳政发〔2018〕\u00AD1号", "乳政发〔2018〕1号")]
    [InlineData("\u202A(此件公开发布)\u202C\u200E", "(此件公开发布)")]
    [InlineData("2018\u00A0年\u2002 3\u2009月", "2018 年  3 月")]
    [InlineData("乳政发〔２０１８〕１号", "乳政发〔2018〕1号")]
    [InlineData("ＡＢＣ办", "ABC办")]
    [InlineData("\u2F00九年", "一九年")]
    public void Format_characters_go_and_spaces_letters_and_digits_fold(string printed, string canonical)
        => Assert.Equal(canonical, CharacterFolding.Fold(printed));

    [Theory]
    [InlineData("各县（市、区）人民政府：")] // full-width punctuation is for the rules to judge
    [InlineData("各县(市、区)人民政府:")]
    [InlineData("吕梁市农业农村局　吕梁市财政局")] // the ideographic space a layout uses on purpose
    [InlineData("关于印发乳山市土壤污染防治工作方案的通知")]
    public void Clean_lines_come_back_as_the_same_instance(string line)
        => Assert.Same(line, CharacterFolding.Fold(line));

    [Theory]
    [InlineData("## 关于加强某项工作的通知", "关于加强某项工作的通知")]
    [InlineData("### 关于加强某项工作的通知 ###", "关于加强某项工作的通知")]
    [InlineData("**洛阳市人民政府办公室**", "洛阳市人民政府办公室")]
    [InlineData("> 现将有关事项通知如下。", "现将有关事项通知如下。")]
    [InlineData("- 组 长：许鹏", "组 长：许鹏")]
    [InlineData("1\\.总体目标。", "1.总体目标。")]
    [InlineData("现将《方案》印发给你们\\", "现将《方案》印发给你们")]
    [InlineData("见[附件](files/a.docx)。", "见附件。")]
    [InlineData("<p>洛阳市人民政府办公室</p>", "洛阳市人民政府办公室")]
    [InlineData("<h2 class=\"t\">关于<span style=\"x\">加强</span>某项工作的通知</h2>", "关于加强某项工作的通知")]
    [InlineData("2019&#24180;6&#26376;25&#26085;", "2019年6月25日")]
    [InlineData("洛阳市&nbsp;人民政府", "洛阳市 人民政府")]
    [InlineData("A&amp;B&lt;C&gt;", "A&B<C>")]
    public void Markup_of_exports_and_web_copy_goes(string marked, string canonical)
        => Assert.Equal([canonical], Canonical(marked));

    [Theory]
    [InlineData("1.总体目标。到2020年，土壤环境质量总体保持稳定。")] // a 公文 heading level, not a Markdown list
    [InlineData("- 12 -")] // a page number as printed (print furniture removes it, not mark-up)
    [InlineData("填表人：________")]
    [InlineData("| 1 | 洛政办〔2019〕35号 | 关于…的通知 | 12 |")]
    [InlineData("2019-2021年")]
    [InlineData("总分100分，<60分为不合格")]
    public void What_looks_like_mark_up_but_is_text_stays(string line)
        => Assert.Null(MarkupRemoval.Remove(line));

    [Fact]
    public void Block_level_tags_end_lines_and_cells_are_tabs()
    {
        Assert.Equal(["洛阳市人民政府办公室", "2019年6月25日"], Canonical("<p>洛阳市人民政府办公室</p><p>2019年6月25日</p>"));
        Assert.Equal(["1\t关于…的通知\t12"], Canonical("<tr><td>1</td><td>关于…的通知</td><td>12</td></tr>"));
        // Every line keeps the number of the source line it came from.
        var lines = CanonicalText.From(Text("<p>甲</p><br>乙", "丙")).Lines;
        Assert.Equal([1, 1, 2], lines.Select(l => l.Number));
    }

    [Theory]
    [InlineData("吕 梁 市 农 业 农 村 局", "吕梁市农业农村局")]
    [InlineData("目 录", "目录")]
    [InlineData("吕 梁 市 农 业 农 村 局　　吕 梁 市 财 政 局", "吕梁市农业农村局　　吕梁市财政局")]
    [InlineData("  吕 梁 市 财 政 局", "  吕梁市财政局")]
    public void Letter_spacing_collapses_and_wider_gaps_stay(string spaced, string collapsed)
        => Assert.Equal(collapsed, LetterSpacing.Collapse(spaced));

    [Theory]
    [InlineData("2018 年 3 月 8 日")] // spaces around numbers: not single characters
    [InlineData("张三 李四 王五")]
    [InlineData("I am a test")]
    [InlineData("吕梁市农业农村局 吕梁市财政局")]
    public void Lines_that_are_not_letter_spaced_stay(string line)
        => Assert.Same(line, LetterSpacing.Collapse(line));

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Text_whose_lines_are_paragraphs_has_no_print_width(string seed)
    {
        var lines = TaggedBulletin.FromSeed(seed).Lines.Select((l, i) => new SourceLine(i + 1, l.Text)).ToList();
        Assert.Null(PrintWidth.Detect(lines));
    }

    public static TheoryData<string> SeedNames() => new(TaggedBulletin.SeedNames);

    [Fact]
    public void Any_print_width_from_16_to_60_is_found_in_characters_and_in_columns()
    {
        var lines = TaggedBulletin.FromSeed(TaggedBulletin.SeedNames[1]).Lines.Select(l => l.Text.Trim()).Where(l => l.Length > 0).ToList();
        for (var width = 16; width <= 60; width++)
        {
            var byChars = Cut(lines, width, columns: false);
            var found = PrintWidth.Detect(byChars);
            Assert.True(found is { } w && (w.InColumns ? w.Width / 2 : w.Width) is var chars && Math.Abs(chars - width) <= 1, $"{width} characters: {found}");
            var byColumns = Cut(lines, width, columns: true);
            Assert.True(PrintWidth.Detect(byColumns) is { } c && Math.Abs(c.Columns - 2 * width) <= 2, $"{width} columns/2: {PrintWidth.Detect(byColumns)}");
        }
    }

    private static List<SourceLine> Cut(List<string> lines, int width, bool columns)
    {
        var result = new List<SourceLine>();
        foreach (var line in lines)
        {
            var piece = new StringBuilder();
            var used = 0;
            foreach (var c in line)
            {
                var cost = columns ? (c < 0x2E80 ? 1 : 2) : 1;
                if (used + cost > (columns ? 2 * width : width)) { result.Add(new SourceLine(result.Count + 1, piece.ToString())); piece.Clear(); used = 0; }
                piece.Append(c);
                used += cost;
            }
            result.Add(new SourceLine(result.Count + 1, piece.ToString()));
        }
        return result;
    }

    // A bulletin printed 20 characters a line: enough cut paragraphs for the width to show.
    private static readonly string[] Body =
    [
        "为持续优化政务服务，切实提高行政效能，现",
        "就实施政府提速工程提出如下意见：",
        "一、全面贯彻党的十九大精神，牢固树立新发",
        "展理念，坚持生态立市、环境优先，以改善土",
        "壤环境质量为核心，保障农产品质量安全。",
        "二、到2020年，土壤环境质量总体保持稳定，",
        "农用地和建设用地土壤环境安全得到基本保障",
        "土壤环境风险得到基本管控，全面改善提升。",
        "三、深入开展土壤环境质量调查，以农用地、",
        "重点行业企业用地和疑似污染场地为重点开展",
        "土壤污染状况详查，建成监测网络全面覆盖。",
    ];

    [Fact]
    public void Lines_cut_at_the_print_width_are_joined_into_paragraphs()
    {
        var result = Canonical(Body);
        Assert.Equal("为持续优化政务服务，切实提高行政效能，现就实施政府提速工程提出如下意见：", result[0]);
        Assert.Equal("二、到2020年，土壤环境质量总体保持稳定，农用地和建设用地土壤环境安全得到基本保障土壤环境风险得到基本管控，全面改善提升。", result[2]);
        Assert.Equal(4, result.Count(l => l.StartsWith("一、", StringComparison.Ordinal) || l.StartsWith("二、", StringComparison.Ordinal)
                                          || l.StartsWith("三、", StringComparison.Ordinal) || l.StartsWith("为持续", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("吕梁市人民政府办公室", "2019年7月8日")] // signature and date
    [InlineData("（一）加强组织领导工作", "（二）加强督导检查工作")] // list items
    [InlineData("| 1 | 市财政局 | 负责资金保障工作 |", "| 2 | 市审计局 | 负责审计监督工作 |")] // table rows
    [InlineData("关于印发吕梁市市级公共服务事项目…………38", "关于印发吕梁市国土空间规划编制…………128")] // contents entries
    [InlineData("各县（市、区）人民政府，市直有关单位：", "现将有关事项通知如下，请认真执行。")] // addressees
    [InlineData("关于印发乳山市畜禽养殖废弃物资源化的通知", "乳政办发〔2018〕5号")] // a title and its number
    [InlineData("现将《土壤污染防治工作方案》印发给你们，", "(此件公开发布)")] // a marker the layout moved into a sentence
    public void What_is_separate_stays_separate_even_after_a_full_line(string first, string second)
    {
        var result = Canonical([.. Body, first, second, .. Body]);
        Assert.Contains(first, result);
        Assert.Contains(second, result);
    }

    [Fact]
    public void A_title_cut_inside_its_year_is_one_title()
    {
        var result = Canonical([.. Body, "吕梁市人民政府办公室关于印发《吕梁市食品安全三年行动计划（2019-20", "21年）》的通知", "吕政办发〔2019〕30号", .. Body]);
        Assert.Contains("吕梁市人民政府办公室关于印发《吕梁市食品安全三年行动计划（2019-2021年）》的通知", result);
    }

    [Fact]
    public void A_title_centred_over_several_lines_is_one_title_and_the_issuers_above_stay_lines_of_their_own()
    {
        // Centred on the 20-character line: as many spaces (one column each) on the left as the line leaves on the right.
        static string Centred(string s) => new string(' ', (40 - 2 * s.Length) / 2) + s;
        var result = Canonical([.. Body, Centred("吕梁市农业农村局"), Centred("吕梁市财政局"), Centred("关于开展清理小张贴、小"), Centred("广告专项治理的通告"), "吕农发〔2019〕3号", .. Body]);
        Assert.Contains("关于开展清理小张贴、小广告专项治理的通告", result);
        Assert.Contains("吕梁市农业农村局", result.Select(l => l.Trim()));
        Assert.Contains("吕梁市财政局", result.Select(l => l.Trim()));
    }

    [Fact]
    public void Canonical_text_comes_back_as_the_same_instance()
    {
        var text = Text("洛阳市人民政府办公室文件", "洛政办〔2019〕35号", "洛阳市人民政府办公室关于加强某项工作的通知", "现将有关事项通知如下，请认真贯彻执行。");
        Assert.Same(text, CanonicalText.From(text));
    }
}
