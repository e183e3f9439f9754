namespace Compliance.Checking.Tests.Layout;

/// <summary>
/// Each property is read where Word reads it: set at the document defaults, in the default paragraph style, in a style
/// through its <c>basedOn</c> chain, in a character style, or on the run itself, the body's face and size give the same
/// verdict — none when they are 3号 仿宋, one finding per kind of deviation (face, size) when they are not, counting every
/// body paragraph. The other parts and colours the same way, through a style and directly.
/// </summary>
public class FormattingLevelTests
{
    private static readonly string Right = WordFile.Fonts("仿宋_GB2312", 16);
    private static readonly string Wrong = WordFile.Fonts("宋体", 12);

    /// <summary>The template with the body's formatting only at <paramref name="level"/>.</summary>
    private static WordFile BodyAt(string level, string run)
    {
        var template = Gongwen.Template;
        var others = template.Styles.Skip(1).Select(s => s.Replace("<w:basedOn w:val=\"Normal\"/>", "", StringComparison.Ordinal)).ToList();
        string? style = null;
        var direct = "";
        var styles = new List<string>();
        var defaults = "";
        switch (level)
        {
            case "defaults":
                defaults = run;
                styles.Add(WordFile.ParagraphStyle("Normal", null, "", isDefault: true));
                break;
            case "default style":
                styles.Add(WordFile.ParagraphStyle("Normal", null, run, isDefault: true));
                break;
            case "basedOn chain":
                styles.Add(WordFile.ParagraphStyle("Normal", null, "", isDefault: true));
                styles.Add(WordFile.ParagraphStyle("BodyBase", "Normal", run));
                styles.Add(WordFile.ParagraphStyle("Body", "BodyBase", ""));
                style = "Body";
                break;
            case "character style":
                styles.Add(WordFile.ParagraphStyle("Normal", null, "", isDefault: true));
                styles.Add(WordFile.CharacterStyle("BodyChar", run));
                direct = """<w:rStyle w:val="BodyChar"/>""";
                break;
            default:
                styles.Add(WordFile.ParagraphStyle("Normal", null, "", isDefault: true));
                direct = run;
                break;
        }
        styles.AddRange(others);
        return template with
        {
            DefaultRun = defaults,
            Styles = styles,
            Format = (i, line) => Gongwen.Role(line) == "body" ? (style, direct) : template.Format(i, line),
        };
    }

    public static TheoryData<string> Levels => new("defaults", "default style", "basedOn chain", "character style", "direct");

    private static List<Finding> Findings(WordFile file, string rule)
        => Samples.Checker().Check(file.Build(Gongwen.Lines), "x.docx").AllFindings.Where(f => f.RuleId == rule).ToList();

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_bodys_face_and_size_are_read_at_every_level(string level)
    {
        Assert.Empty(Findings(BodyAt(level, Right), RuleIds.LayoutBodyFont));

        var wrong = Findings(BodyAt(level, Wrong), RuleIds.LayoutBodyFont);
        Assert.Equal(2, wrong.Count); // one for the face, one for the size
        Assert.Contains(wrong, f => f.Message.Contains("为“宋体”，应为“仿宋”", StringComparison.Ordinal));
        Assert.Contains(wrong, f => f.Message.Contains("为“12磅”，应为“16磅”", StringComparison.Ordinal));
        // Counted over every body paragraph, reported at the first: the addressees (the number's line is not body).
        var first = Gongwen.Lines.ToList().FindIndex(l => Gongwen.Role(l) == "body" && !l.Contains("〔", StringComparison.Ordinal)) + 1;
        Assert.All(wrong, f => Assert.Equal(first, f.Line));
        Assert.All(wrong, f => Assert.Matches(@"共 (\d{2}) 段", f.Message));
    }

    [Theory]
    [InlineData("title", RuleIds.LayoutTitleFont, "DocTitle")]
    [InlineData("heading1", RuleIds.LayoutHeadingFont, "Heading1")]
    [InlineData("heading2", RuleIds.LayoutHeadingFont, "Heading2")]
    [InlineData("imprint", RuleIds.LayoutImprintFont, "Imprint")]
    public void Each_parts_face_is_read_through_its_style_and_on_the_run(string role, string rule, string styleId)
    {
        var template = Gongwen.Template;
        Assert.Empty(Findings(template, rule));

        // The part's style set to the body's face: every paragraph of the part is reported, once.
        var byStyle = template with
        {
            Styles = template.Styles.Select(s => s.Contains($"w:styleId=\"{styleId}\"", StringComparison.Ordinal)
                ? WordFile.ParagraphStyle(styleId, "Normal", WordFile.Fonts(role == "heading1" ? "楷体_GB2312" : "宋体", role == "imprint" ? 14 : role == "title" ? 22 : 16))
                : s).ToList(),
        };
        var finding = Assert.Single(Findings(byStyle, rule));
        Assert.Equal(Gongwen.Lines.ToList().FindIndex(l => Gongwen.Role(l) == role) + 1, finding.Line);

        // The style right, the run formatted by hand over it: the same verdict.
        var byRun = template with
        {
            Format = (i, line) => Gongwen.Role(line) == role ? (styleId, WordFile.Fonts("宋体", 10.5)) : template.Format(i, line),
        };
        Assert.Equal(2, Findings(byRun, rule).Count); // face and size
    }

    [Theory]
    [InlineData("style")]
    [InlineData("direct")]
    public void Colours_are_read_through_styles_and_runs(string level)
    {
        var template = Gongwen.Template;
        Assert.Empty(Findings(template, RuleIds.LayoutMarkColor));
        Assert.Empty(Findings(template, RuleIds.LayoutTextColor));

        var blackMark = level == "style"
            ? template with { Styles = template.Styles.Select(s => s.Replace("FF0000", "000000", StringComparison.Ordinal)).ToList() }
            : template with { Format = (i, line) => Gongwen.Role(line) == "mark" ? ("Mark", """<w:color w:val="auto"/>""") : template.Format(i, line) };
        Assert.Single(Findings(blackMark, RuleIds.LayoutMarkColor));

        var blueBody = level == "style"
            ? template with { Styles = template.Styles.Select(s => s.Contains("w:styleId=\"Heading2\"", StringComparison.Ordinal) ? s.Replace("<w:rPr>", """<w:rPr><w:color w:val="0000FF"/>""", StringComparison.Ordinal) : s).ToList() }
            : template with { Format = (i, line) => Gongwen.Role(line) == "heading2" ? ("Heading2", """<w:color w:val="0000FF"/>""") : template.Format(i, line) };
        var blue = Assert.Single(Findings(blueBody, RuleIds.LayoutTextColor));
        Assert.Contains("#0000FF", blue.Message, StringComparison.Ordinal);
        Assert.Contains($"共 {Gongwen.Lines.Count(l => Gongwen.Role(l) == "heading2")} 段", blue.Message, StringComparison.Ordinal);
    }

    /// <summary>Letter paper changes the type area and the lines it holds too; a top margin of 25.4 mm the lines a page.</summary>
    [Theory]
    [InlineData("""<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>""", "layout.grid layout.margins layout.page-size")]
    [InlineData("""<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1474" w:bottom="1984" w:left="1588"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>""", "layout.grid layout.margins")]
    [InlineData("""<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/><w:docGrid w:type="lines" w:linePitch="579"/>""", "layout.grid")]
    [InlineData("""<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/>""", "layout.grid")]
    public void The_page_is_read_from_the_section(string section, string rules)
    {
        var findings = Samples.Checker().Check((Gongwen.Template with { Section = section }).Build(Gongwen.Lines), "x.docx").AllFindings
            .Where(f => f.RuleId.StartsWith("layout.", StringComparison.Ordinal)).ToList();
        Assert.Equal(rules, string.Join(" ", findings.Select(f => f.RuleId).Order(StringComparer.Ordinal)));
        Assert.All(findings, f => Assert.Null(f.Line));
    }

    [Fact]
    public void Exact_line_spacing_and_character_spacing_give_the_grid_without_a_document_grid()
    {
        // 28.95 pt lines (exact) and 16 pt characters drawn 0.2 pt closer: 22 lines of 28 characters.
        var spaced = Gongwen.Template with
        {
            Section = """<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/>""",
            Styles = Gongwen.Template.Styles.Select(s => s.Contains("w:styleId=\"Normal\"", StringComparison.Ordinal)
                ? s.Replace("<w:rPr>", """<w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr><w:rPr><w:spacing w:val="-4"/>""", StringComparison.Ordinal)
                : s).ToList(),
        };
        Assert.Empty(Findings(spaced, RuleIds.LayoutGrid));
    }

    [Fact]
    public void The_page_number_is_read_from_the_footer()
    {
        Assert.Empty(Findings(Gongwen.Template, RuleIds.LayoutPageNumber));
        var none = Assert.Single(Findings(Gongwen.Template with { Footer = null }, RuleIds.LayoutPageNumber));
        Assert.Contains("页脚中没有页码", none.Message, StringComparison.Ordinal);
        var small = Assert.Single(Findings(Gongwen.Template with { Footer = WordFile.GongwenPageNumber.Replace("w:val=\"28\"", "w:val=\"21\"", StringComparison.Ordinal) }, RuleIds.LayoutPageNumber));
        Assert.Contains("字号为10.5磅", small.Message, StringComparison.Ordinal);
    }
}
