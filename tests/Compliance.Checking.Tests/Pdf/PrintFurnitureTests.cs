using Compliance.Checking.Reading;

namespace Compliance.Checking.Tests.Pdf;

public sealed class PrintFurnitureTests
{
    private const string Gazette = "洛阳市人民政府公报";
    private const string Issuer = "洛阳市人民政府办公室";

    /// <summary>Builds paged lines: each page is a list of texts; numbers run over the document.</summary>
    private static SourceText Paged(string format, params string[][] pages)
    {
        var lines = new List<SourceLine>();
        for (var p = 0; p < pages.Length; p++)
        {
            foreach (var text in pages[p]) lines.Add(new SourceLine(lines.Count + 1, text, p + 1));
        }
        return new SourceText(format, format, lines);
    }

    private static SourceText Unpaged(params string[] texts) =>
        new("text", "utf-8", texts.Select((t, i) => new SourceLine(i + 1, t)).ToList());

    private static List<string> Texts(SourceText text) => text.Lines.Select(l => l.Text).ToList();

    private static string[] Body(int page) => [$"第{page}页正文第一段，内容。", $"第{page}页正文最后一段。"];

    [Fact]
    public void Running_header_repeated_at_page_tops_is_removed()
    {
        var text = Paged("pdf", [Gazette, .. Body(1)], [Gazette, .. Body(2)], [Gazette, .. Body(3)]);

        var result = PrintFurniture.Remove(text);

        Assert.DoesNotContain(Gazette, Texts(result));
        Assert.Equal(6, result.Lines.Count);
    }

    [Theory]
    [InlineData("— {0} —")]
    [InlineData("- {0} -")]
    [InlineData("－{0}－")]
    [InlineData("第 {0} 页")]
    [InlineData("{0}")]
    public void Page_numbers_at_page_bottoms_are_removed(string shape)
    {
        var text = Paged("pdf", [.. Body(1), string.Format(shape, 11)], [.. Body(2), string.Format(shape, 12)], [.. Body(3), string.Format(shape, 13)]);

        var result = PrintFurniture.Remove(text);

        Assert.Equal(Body(1).Concat(Body(2)).Concat(Body(3)), Texts(result));
    }

    [Fact]
    public void Header_and_page_number_together_are_removed_but_not_the_line_below_them()
    {
        // The first body line also repeats (a table's head row): it is not at the edge, so it stays.
        var text = Paged("pdf",
            [Gazette, "— 1 —", "序号 文号 标题", "正文一。"],
            [Gazette, "— 2 —", "序号 文号 标题", "正文二。"],
            [Gazette, "— 3 —", "序号 文号 标题", "正文三。"]);

        var result = PrintFurniture.Remove(text);

        Assert.Equal(["序号 文号 标题", "正文一。", "序号 文号 标题", "正文二。", "序号 文号 标题", "正文三。"], Texts(result));
        Assert.Equal([3, 4, 7, 8, 11, 12], result.Lines.Select(l => l.Number));
    }

    [Fact]
    public void Issuer_at_the_top_of_every_page_is_document_content_not_a_header()
    {
        // One-page notices, each starting with the issuing-organ mark and signed by the issuer.
        string[] Notice(int n) => [Issuer + "文件", $"洛政办〔2019〕{n}号", "关于某事的通知", "正文。", Issuer, "2019年7月1日"];
        var text = Paged("pdf", Notice(35), Notice(36), Notice(37), Notice(38));

        var result = PrintFurniture.Remove(text);

        Assert.Equal(text.Lines.Count, result.Lines.Count);
        Assert.Equal(4, Texts(result).Count(t => t == Issuer + "文件"));
        Assert.Equal(4, Texts(result).Count(t => t == "2019年7月1日"));
    }

    [Fact]
    public void A_line_repeated_on_few_pages_stays()
    {
        var pages = Enumerable.Range(1, 10).Select(string[] (p) => p <= 2 ? ["专题报道", .. Body(p)] : Body(p)).ToArray();

        var result = PrintFurniture.Remove(Paged("pdf", pages));

        Assert.Equal(2, Texts(result).Count(t => t == "专题报道"));
    }

    [Fact]
    public void A_bare_number_on_a_single_page_is_kept()
    {
        var text = Paged("pdf", ["表中数量：", "12"], ["下一页正文。"]);

        Assert.Contains("12", Texts(PrintFurniture.Remove(text)));
    }

    [Fact]
    public void Pdf_page_break_is_joined_on_layout_evidence_and_keeps_the_first_number()
    {
        var text = Paged("pdf", [Gazette, "全面贯彻党的十九大精神，坚持农业农村优先发", "— 1 —"], [Gazette, "展总方针，全面落实国家粮食安全战略。", "— 2 —"], [Gazette, "新段落。", "— 3 —"]);
        var hints = new PageBreakHints((previous, next) => previous.Number == 2 && next.Number == 5, _ => false);

        var result = PrintFurniture.Remove(text, hints);

        var line = Assert.Single(result.Lines, l => l.Text.StartsWith("全面", StringComparison.Ordinal));
        Assert.Equal("全面贯彻党的十九大精神，坚持农业农村优先发展总方针，全面落实国家粮食安全战略。", line.Text);
        Assert.Equal(2, line.Number);
        Assert.Equal(1, line.Page);
        Assert.Equal(["新段落。"], Texts(result).Skip(1));
    }

    [Fact]
    public void Pdf_page_break_without_layout_evidence_is_not_joined()
    {
        var text = Paged("pdf", ["全面贯彻党的十九大精神，坚持农业农村优先发"], ["展总方针，全面落实国家粮食安全战略。"]);

        Assert.Equal(2, PrintFurniture.Remove(text).Lines.Count);
        Assert.Equal(2, PrintFurniture.Remove(text, new PageBreakHints((_, _) => false, _ => false)).Lines.Count);
    }

    [Fact]
    public void Text_with_form_feeds_loses_headers_and_page_numbers_and_joins_a_cut_sentence()
    {
        var text = Unpaged(
            Gazette, "全面贯彻党的十九大精神，坚持农业农村优先发", "", "— 1 —",
            "\f" + Gazette, "展总方针，全面落实国家粮食安全战略。", "", "— 2 —",
            "\f" + Gazette, "　　二、主要目标", "— 3 —");

        var result = PrintFurniture.Remove(text);

        Assert.Equal(["全面贯彻党的十九大精神，坚持农业农村优先发展总方针，全面落实国家粮食安全战略。", "", "　　二、主要目标"], Texts(result));
        Assert.Equal(2, result.Lines[0].Number);
        Assert.All(result.Lines, l => Assert.Null(l.Page));
    }

    [Theory]
    [InlineData("到20", "25年，粮食产业体系基本建成。", "到2025年，粮食产业体系基本建成。")] // Chinese layout broke the number
    [InlineData("到 2025 ", "2030 年间，粮食产业体系基本建成。", "到 2025 2030 年间，粮食产业体系基本建成。")] // a space was printed
    [InlineData("推进 Belt and", "Road 建设，粮食产业体系基本建成。", "推进 Belt and Road 建设，粮食产业体系基本建成。")] // Latin words
    public void A_page_break_inside_a_number_joins_without_a_space(string end, string start, string joined)
    {
        var head = "全面贯彻党的十九大精神，坚持农业农村优先发展总方针，" + end;
        var text = Unpaged(head, "— 1 —", "\f" + start, "— 2 —");

        var line = Assert.Single(PrintFurniture.Remove(text).Lines);

        Assert.Equal("全面贯彻党的十九大精神，坚持农业农村优先发展总方针，" + joined, line.Text);
    }

    [Theory]
    [InlineData("全面贯彻党的十九大精神，坚持农业农村优先发展总方针。", "全面落实国家粮食安全战略。")] // sentence ended
    [InlineData("全面贯彻党的十九大精神，坚持农业农村优先发展", "　　全面落实国家粮食安全战略。")] // next is indented
    [InlineData("全面贯彻党的十九大精神，坚持农业农村优先发展", "二、全面落实国家粮食安全战略。")] // next is a heading
    [InlineData("洛阳市人民政府办公室关于加强公安民警职业保障的通知", "各县（市、区）人民政府：")] // a title is whole
    [InlineData("很短的行", "全面落实国家粮食安全战略。")] // too short to have reached the line end
    public void Words_alone_join_only_a_sentence_cut_in_the_middle(string before, string after)
    {
        Assert.False(PrintFurniture.LooksCut(before, after));
    }

    [Fact]
    public void Unpaged_text_loses_dashed_page_numbers_and_the_gazette_name_beside_them()
    {
        var text = Unpaged(
            "第一页正文。", "— 1 —", Gazette,
            "第二页正文。", "— 2 —", Gazette,
            "第三页正文。", "— 3 —", Gazette,
            "第四页正文。");

        var result = PrintFurniture.Remove(text);

        Assert.Equal(["第一页正文。", "第二页正文。", "第三页正文。", "第四页正文。"], Texts(result));
        Assert.Equal([1, 4, 7, 10], result.Lines.Select(l => l.Number));
    }

    [Fact]
    public void Unpaged_text_keeps_the_issuer_that_every_document_repeats()
    {
        // Signature and colophon repeat the issuer in every document; with no page numbers nothing is furniture.
        var texts = Enumerable.Range(1, 5).SelectMany(n => new[] { "关于某事的通知", "正文。", Issuer, $"2019年7月{n}日", "", Issuer + " 2019年7月2日印发", "12" }).ToArray();
        var text = Unpaged(texts);

        var result = PrintFurniture.Remove(text);

        Assert.Same(text, result);
    }

    [Fact]
    public void Unpaged_text_keeps_the_issuer_even_beside_page_numbers()
    {
        var text = Unpaged(
            "正文。", Issuer, "— 1 —",
            "正文。", Issuer, "— 2 —",
            "正文。", Issuer, "— 3 —");

        var result = PrintFurniture.Remove(text);

        Assert.Equal(3, Texts(result).Count(t => t == Issuer));
        Assert.DoesNotContain(Texts(result), PrintFurniture.IsPageNumber);
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.SeedIds), MemberType = typeof(PdfFixtures))]
    public void Seed_text_without_furniture_passes_unchanged(string seedId)
    {
        var lines = System.Text.Encoding.UTF8.GetString(PdfFixtures.SeedText(seedId)).Split('\n').Select((t, i) => new SourceLine(i + 1, t.TrimEnd('\r'))).ToList();
        var text = new SourceText("text", "utf-8", lines);

        Assert.Same(text, PrintFurniture.Remove(text));
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.SeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Removing_twice_changes_nothing(string seedId, string font)
    {
        var once = PdfFixtures.ReadSeedPdf(seedId, font);

        var twice = PrintFurniture.Remove(once);

        Assert.Equal(once.Lines, twice.Lines);
    }
}
