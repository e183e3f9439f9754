namespace Compliance.Checking.Tests.Pdf;

/// <summary>
/// The PDF reader rebuilds a bulletin's lines from the layout of its pages, whatever the page, font size, line pitch
/// and alignment: wrapped lines are joined, separate paragraphs, contents rows and centred titles are not.
/// Pages come from <see cref="PageSetter"/>, so each rule is tried on an official A4 page, a dense gazette page and a
/// ragged word-processor page.
/// </summary>
public sealed class PdfLayoutTests
{
    private const string Body = "为进一步加强和改进政务公开工作，推动各项政策措施落地见效，现就有关事项通知如下，请各单位结合实际认真贯彻落实，确保各项任务按期完成。";

    private const string Number = "某政办〔2024〕12号";

    public static TheoryData<string> Pages => PageSetter.PageNames;

    /// <summary>A page that starts with a few body paragraphs, as every bulletin has: the reader measures the text
    /// column (its edges, line pitch, how ragged its wraps are) from the whole document.</summary>
    private static PageSetter Document(PageSetter.Page page)
    {
        var pdf = new PageSetter(page);
        for (var i = 0; i < Prelude; i++) pdf.Paragraph(Body);
        return pdf;
    }

    private const int Prelude = 5;

    private static List<string> ReadAfterPrelude(PageSetter pdf)
    {
        var lines = pdf.Read();
        Assert.Equal(Enumerable.Repeat(Body, Prelude), lines.Take(Prelude));
        return lines.Skip(Prelude).ToList();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Wrapped_body_paragraphs_are_joined_and_kept_apart(string pageName)
    {
        var page = PageSetter.Named(pageName);
        var pdf = Document(page).Paragraph(Body).Paragraph(Body + Body + Body).Paragraph("第三段。");

        Assert.Equal([Body, Body + Body + Body, "第三段。"], ReadAfterPrelude(pdf));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Centred_title_wrapped_over_two_or_three_lines_is_one_line(string pageName)
    {
        var page = PageSetter.Named(pageName);
        var titleSize = page.Em * 1.4;
        var perLine = (int)(page.TextWidth / titleSize);
        var twoLines = "某市人民政府办公室关于印发" + new string('甲', perLine) + "实施方案的通知";
        var threeLines = "某市人民政府关于" + new string('乙', 2 * perLine) + "的意见";
        var pdf = Document(page)
            .Centred(twoLines, titleSize).Blank().Centred(Number, page.Em).Blank().Paragraph(Body).Blank()
            .Centred(threeLines, titleSize).Paragraph(Body);

        Assert.Equal([twoLines, Number, Body, threeLines, Body], ReadAfterPrelude(pdf));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Centred_title_cut_by_a_page_break_is_one_line(string pageName)
    {
        var page = PageSetter.Named(pageName);
        var titleSize = page.Em * 1.4;
        var title = "某市人民政府关于" + new string('丙', (int)(page.TextWidth / titleSize)) + "的通知";
        var pdf = Document(page).Paragraph(Body).ToPageEnd(titleSize).Centred(title, titleSize).Paragraph(Body);

        // The title's first line ends page 1, its second starts page 2; the page number between them is furniture.
        Assert.Equal(2, pdf.Pages.Count(p => p.Any(l => l.Value == "丙")));
        Assert.Equal([Body, title, Body], ReadAfterPrelude(pdf));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_justified_paragraph_ending_near_the_edge_is_not_joined_to_the_next_flush_one(string pageName)
    {
        var page = PageSetter.Named(pageName);
        // Flush paragraphs (table rows, list items without indent): the first ends one character short of the edge.
        var perLine = (int)(page.TextWidth / page.Em);
        var first = new string('丁', perLine - 1);
        var second = "二、" + new string('戊', perLine / 2);
        var pdf = Document(page).Paragraph(first, indentEms: 0).Paragraph(second, indentEms: 0);

        Assert.Equal([first, second], ReadAfterPrelude(pdf));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(2.0)]
    public void In_left_aligned_text_a_wrap_short_of_the_edge_is_joined(double shortEms)
    {
        // Left-aligned Chinese text stops a line short when its last character may not end a line (an opening
        // quote) or the next may not start one (a comma). In a document whose wraps end that raggedly, such a line
        // is taken for a wrap.
        var page = PageSetter.Ragged;
        var pdf = new PageSetter(page);
        var perLine = (int)(page.TextWidth / page.Em);
        var full = new string('己', perLine);
        var head = new string('辛', perLine - (int)Math.Ceiling(shortEms));
        const string Tail = "“庚”字，推动工作落实。";
        for (var i = 0; i < 12; i++) pdf.Line(full, page.Left, page.Em).Line(head, page.Left, page.Em).Line(Tail, page.Left, page.Em);

        Assert.Equal(Enumerable.Repeat(full + head + Tail, 12), pdf.Read());
    }

    public static TheoryData<string, string?> ContentsLayouts()
    {
        var data = new TheoryData<string, string?>();
        foreach (var page in new[] { "official", "gazette", "ragged" })
        {
            foreach (var leader in new[] { "·", "…", "．", null }) data.Add(page, leader);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ContentsLayouts))]
    public void Contents_rows_stay_apart_however_long_their_titles(string pageName, string? leader)
    {
        var page = PageSetter.Named(pageName);
        var perLine = (int)(page.TextWidth / page.Em);
        var rows = new[]
        {
            ("关于印发某市政务公开工作要点的通知", "1"),
            ("关于" + new string('辛', perLine - 6) + "的通知", "11"), // fills the line up to its page number
            ("关于印发某市" + new string('壬', perLine + 3) + "实施方案的通知", "16"), // wraps onto a second line
            ("关于加强某项工作的意见", "128"),
        };
        var pdf = Document(page).Centred("目 录", page.Em * 1.4).Blank();
        foreach (var (title, number) in rows) pdf.ContentsRow(title, number, leader);
        pdf.Blank().Paragraph(Body);

        var lines = ReadAfterPrelude(pdf);

        Assert.Equal(6, lines.Count);
        Assert.Equal("目 录", lines[0]);
        for (var i = 0; i < rows.Length; i++)
        {
            var (title, number) = rows[i];
            Assert.StartsWith(title, lines[i + 1], StringComparison.Ordinal);
            Assert.EndsWith(number, lines[i + 1], StringComparison.Ordinal);
            Assert.DoesNotContain("关于", lines[i + 1][title.Length..], StringComparison.Ordinal);
        }
        Assert.Equal(Body, lines[5]);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Contents_table_rows_whose_cells_wrap_read_as_one_entry_each_ending_with_its_page_number(string pageName)
    {
        // A word processor's contents table with a narrow title column: the title's second and third lines are printed
        // below the row's first line, which already holds the page number.
        var page = PageSetter.Named(pageName);
        var longTitle = "关于印发某市" + new string('癸', 14) + "实施方案的通知";
        const string Short = "关于某事的通知";
        const string Second = "某政办〔2024〕13号";
        var pdf = Document(page)
            .TableRow([(3, "序号"), (10, "文号"), (10, "标题"), (3, "页码")])
            .TableRow([(3, "1"), (10, Number), (10, longTitle), (3, "3")])
            .TableRow([(3, "2"), (10, Second), (10, Short), (3, "12页")])
            .Blank().Paragraph(Body);

        // The title is printed over three lines, the first of them with the row's number, document number and page.
        var titleLines = pdf.Pages[0].Where(l => l.Value == "癸").Select(l => l.StartBaseLine.Y).Distinct().Order().ToList();
        Assert.Equal(3, titleLines.Count);
        Assert.Contains(pdf.Pages[0], l => l.Value == "3" && Math.Abs(l.StartBaseLine.Y - titleLines[^1]) < 0.1);
        Assert.Equal(["序号 文号 标题 页码", $"1 {Number} {longTitle} 3", $"2 {Second} {Short} 12页", Body], ReadAfterPrelude(pdf));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Contents_row_wrapped_before_its_leader_and_page_number_is_one_line(string pageName)
    {
        // A browser's contents rows: the title wraps short of the room the leader and the page number take, here over
        // three lines; a leader that cannot be parted from its title's last characters goes to the next line with the
        // page number, leaving the title's line well short of the room.
        var page = PageSetter.Named(pageName);
        var room = (int)((page.TextWidth - 3 * page.Em) / page.Em); // the leader's 2 ems, the number's one
        var wrapped = "关于印发某市" + new string('子', 2 * room) + "的通知·····";
        var title = "关于印发某市" + new string('丑', room - 14) + "的通知";
        var pdf = Document(page).Blank()
            .FlexContentsRow(wrapped, "11")
            .Line(title, page.Left, page.Em)
            .TabbedRow([(0, "·····"), (0, "38")], lastFlushRight: true)
            .FlexContentsRow("关于某事的通知·····", "1")
            .Blank().Paragraph(Body);

        Assert.Equal([wrapped + " 11", title + "····· 38", "关于某事的通知····· 1", Body], ReadAfterPrelude(pdf));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Heading_row_of_a_tabbed_contents_table_stays_apart_from_the_first_row(string pageName)
    {
        var page = PageSetter.Named(pageName);
        var em = page.Em;
        var pdf = Document(page)
            .TabbedRow([(0, "序号"), (3 * em, "文号"), (14 * em, "标题"), (0, "页码")], lastFlushRight: true)
            .TabbedRow([(0, "1"), (3 * em, Number), (14 * em, "关于某事的通知"), (0, "3")], lastFlushRight: true);

        Assert.Equal(["序号 文号 标题 页码", $"1 {Number} 关于某事的通知 3"], ReadAfterPrelude(pdf));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_number_the_wrap_broke_is_joined_without_a_space_and_latin_words_with_one(string pageName)
    {
        var page = PageSetter.Named(pageName);
        // Justified lines that end in the middle of a number (Chinese layout breaks there) and after a Latin word.
        var filler = new string('辰', (int)(page.TextWidth / page.Em) - 6);
        var pdf = Document(page);
        var right = pdf.Right;
        pdf.Line(filler + "到20", page.Left + 2 * page.Em, page.Em, stretchTo: right).Line("25年底前完成。", page.Left, page.Em)
            .Line(filler + "Belt and", page.Left + 2 * page.Em, page.Em, stretchTo: right, trailingSpace: true).Line("Road项目。", page.Left, page.Em);

        Assert.Equal([filler + "到2025年底前完成。", filler + "Belt and Road项目。"], ReadAfterPrelude(pdf));
    }

    [Fact]
    public void Radicals_and_compatibility_ideographs_read_as_the_ideographs_they_print()
    {
        // Producers that invert a CJK font's cmap write the Kangxi radical U+2F00 for 一, the radical U+2ED3 for 长,
        // the compatibility ideograph U+F90A for 金: the text layer must say what the page shows. U+FA0E is a unified
        // ideograph despite its block and stays.
        var page = PageSetter.Official;
        var pdf = new PageSetter(page)
            .Line("\u2F00、市\u2ED3\u2F24力推进\u2F2F作", page.Left, page.Em)
            .Blank()
            .Line("\uF90A\uFA0E", page.Left, page.Em)
            .Blank()
            .Line("住\u2F3E\u3B35带", page.Left, page.Em);

        // The simplified-Chinese faces draw the radical U+2F3E with 户's glyph and U+3B35 with 胶's.
        Assert.Equal(["一、市长大力推进工作", "\u91D1\uFA0E", "住户胶带"], pdf.Read());
    }
}
