using System.IO.Compression;
using System.Security;
using System.Text;

namespace Compliance.Checking.Tests.Layout;

/// <summary>
/// Builds a Word document the way Word writes one, formatting set at the level a test names: document defaults
/// (<c>w:docDefaults</c>), styles (with <c>w:basedOn</c> chains, a default paragraph style, character styles), theme
/// fonts, paragraph and run properties, the section's page, margins and grid, a footer with a PAGE field.
/// </summary>
internal sealed record WordFile
{
    public const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Run properties of <c>w:docDefaults</c> (XML inside <c>w:rPr</c>).</summary>
    public string DefaultRun { get; init; } = "";

    /// <summary>Styles (each a whole <c>w:style</c> element).</summary>
    public IReadOnlyList<string> Styles { get; init; } = [];

    /// <summary>The East Asian and Latin faces of the theme's minor font (Word's default Normal takes its faces from it).</summary>
    public (string EastAsia, string Latin)? ThemeMinor { get; init; }

    /// <summary>Each line of text: its paragraph style id (or null) and run properties (XML inside <c>w:rPr</c>, or "").</summary>
    public Func<int, string, (string? Style, string Run)> Format { get; init; } = (_, _) => (null, "");

    /// <summary>The section: <c>w:pgSz</c>, <c>w:pgMar</c>, <c>w:docGrid</c> (XML), without the footer reference.</summary>
    public string Section { get; init; } = A4Gongwen;

    /// <summary>The footer's paragraph XML, or null for none.</summary>
    public string? Footer { get; init; }

    /// <summary>A4 with the standard's margins and a grid of 22 lines of 28 characters at 16 pt.</summary>
    public const string A4Gongwen = """<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>""";

    /// <summary>What Word's default Normal template gives a Chinese user: A4, 2.54/3.17 cm margins, a grid of lines only.</summary>
    public const string A4WordDefault = """<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="312"/>""";

    /// <summary>A footer page number as a 公文 template sets it: — PAGE — in 4号 宋体.</summary>
    public const string GongwenPageNumber = """<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p>""";

    public static string Fonts(string eastAsia, double points, string? color = null)
        => $"""<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{eastAsia}"/>{(color is null ? "" : $"""<w:color w:val="{color}"/>""")}<w:sz w:val="{points * 2}"/><w:szCs w:val="{points * 2}"/>""";

    public static string ParagraphStyle(string id, string? basedOn, string run, bool isDefault = false)
        => $"""<w:style w:type="paragraph"{(isDefault ? " w:default=\"1\"" : "")} w:styleId="{id}"><w:name w:val="{id}"/>{(basedOn is null ? "" : $"""<w:basedOn w:val="{basedOn}"/>""")}<w:rPr>{run}</w:rPr></w:style>""";

    public static string CharacterStyle(string id, string run)
        => $"""<w:style w:type="character" w:styleId="{id}"><w:name w:val="{id}"/><w:rPr>{run}</w:rPr></w:style>""";

    public byte[] Build(IReadOnlyList<string> lines)
    {
        var body = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var (style, run) = Format(i, lines[i]);
            body.Append("<w:p>");
            if (style is not null) body.Append($"""<w:pPr><w:pStyle w:val="{style}"/></w:pPr>""");
            if (lines[i].Length > 0) body.Append($"""<w:r><w:rPr>{run}</w:rPr><w:t xml:space="preserve">{SecurityElement.Escape(lines[i])}</w:t></w:r>""");
            body.Append("</w:p>");
        }
        var footerReference = Footer is null ? "" : """<w:footerReference w:type="default" r:id="rIdFooter"/>""";
        var document = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{Ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr>{footerReference}{Section}</w:sectPr></w:body></w:document>""";
        var styles = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{Ns}"><w:docDefaults><w:rPrDefault><w:rPr>{DefaultRun}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>{string.Concat(Styles)}</w:styles>""";
        var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        rels.Append("""<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        var types = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>""");
        var parts = new List<(string Name, string Xml)> { ("word/document.xml", document), ("word/styles.xml", styles) };
        if (ThemeMinor is { } minor)
        {
            rels.Append("""<Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>""");
            types.Append("""<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>""");
            parts.Add(("word/theme/theme1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin typeface="{minor.Latin}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="{minor.EastAsia}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"""));
        }
        if (Footer is not null)
        {
            rels.Append("""<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>""");
            types.Append("""<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>""");
            parts.Add(("word/footer1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{Ns}">{Footer}</w:ftr>"""));
        }
        rels.Append("</Relationships>");
        types.Append("</Types>");

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                var entry = zip.CreateEntry(name);
                entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var target = entry.Open();
                target.Write(Encoding.UTF8.GetBytes(xml));
            }
            Add("[Content_Types].xml", types.ToString());
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/_rels/document.xml.rels", rels.ToString());
            foreach (var (name, xml) in parts) Add(name, xml);
        }
        return stream.ToArray();
    }
}
