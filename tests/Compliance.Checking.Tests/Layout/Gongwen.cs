namespace Compliance.Checking.Tests.Layout;

/// <summary>
/// The sample document (<see cref="Samples.Document"/>) as two Word files: one made from a 公文 template (styles for
/// each part, the standard's page, grid and page numbers) and one made the way a clerk makes it — Word's default
/// Normal template, the faces and sizes set by hand on the text, the page, grid and page number left as Word gives them.
/// </summary>
internal static class Gongwen
{
    public static readonly IReadOnlyList<string> Lines = Samples.Document.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>What a line of the sample is, for setting it as a 公文 is set.</summary>
    public static string Role(string line) => line switch
    {
        _ when line.EndsWith("文件", StringComparison.Ordinal) => "mark",
        _ when line.Contains("关于", StringComparison.Ordinal) && line.EndsWith("通知", StringComparison.Ordinal) => "title",
        _ when line.StartsWith("抄送", StringComparison.Ordinal) || line.EndsWith("印发", StringComparison.Ordinal) => "imprint",
        _ when line.Length > 1 && line[1] == '、' && "一二三四五六七八九十".Contains(line[0]) => "heading1",
        _ when line.StartsWith('（') && line.Length > 2 && "一二三四五六七八九十".Contains(line[1]) => "heading2",
        _ when line is "某项工作任务分解表" or "某项工作联系人名单" => "title",
        _ => "body",
    };

    public static WordFile Template => new()
    {
        Styles =
        [
            WordFile.ParagraphStyle("Normal", null, WordFile.Fonts("仿宋_GB2312", 16), isDefault: true),
            WordFile.ParagraphStyle("Mark", "Normal", WordFile.Fonts("方正小标宋简体", 26, "FF0000")),
            WordFile.ParagraphStyle("DocTitle", "Normal", WordFile.Fonts("方正小标宋简体", 22)),
            WordFile.ParagraphStyle("Heading1", "Normal", WordFile.Fonts("黑体", 16)),
            WordFile.ParagraphStyle("Heading2", "Normal", WordFile.Fonts("楷体_GB2312", 16)),
            WordFile.ParagraphStyle("Imprint", "Normal", WordFile.Fonts("仿宋_GB2312", 14)),
        ],
        Format = (_, line) => (Role(line) switch
        {
            "mark" => "Mark",
            "title" => "DocTitle",
            "heading1" => "Heading1",
            "heading2" => "Heading2",
            "imprint" => "Imprint",
            _ => null,
        }, ""),
        Section = WordFile.A4Gongwen,
        Footer = WordFile.GongwenPageNumber,
    };

    public static WordFile Clerk => new()
    {
        // Word's default Normal: faces from the theme (等线 / Calibri), 五号 (10.5 pt).
        DefaultRun = """<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>""",
        ThemeMinor = ("等线", "Calibri"),
        Styles = [WordFile.ParagraphStyle("a", null, "", isDefault: true)],
        // Set by hand: the body in 仿宋 三号, the title in 小标宋 二号, headings in 黑体 and 楷体, the mark red — and the
        // imprint left in the body's size, as the text was typed.
        Format = (_, line) => (null, Role(line) switch
        {
            "mark" => WordFile.Fonts("方正小标宋简体", 26, "FF0000"),
            "title" => WordFile.Fonts("方正小标宋简体", 22),
            "heading1" => WordFile.Fonts("黑体", 16),
            "heading2" => WordFile.Fonts("楷体_GB2312", 16),
            _ => WordFile.Fonts("仿宋_GB2312", 16),
        }),
        Section = WordFile.A4WordDefault,
        // Insert → Page Number: the bare number, in the footer's default face and size.
        Footer = """<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE   \* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>""",
    };
}
