using System.Globalization;
using Compliance.Checking.Extraction;
using Compliance.Checking.Reading.Layout;

namespace Compliance.Checking.Rules.Layout;

/// <summary>
/// What the layout rules share: the type faces of GB/T 9704 matched by family, not by one spelling (仿宋_GB2312, 仿宋,
/// FangSong…), sizes within half a point, and which paragraphs of a document are its title, headings, imprint and body.
/// </summary>
internal static class LayoutParts
{
    public const double SizeTolerancePt = 0.5;

    /// <summary>The sizes of the standard, by their Chinese names: 2号 22 pt, 3号 16 pt, 4号 14 pt.</summary>
    public const double Size2 = 22, Size3 = 16, Size4 = 14;

    public static bool IsFangSong(string? font) => Has(font, "仿宋", "FangSong", "FZFangSong");

    public static bool IsXiaoBiaoSong(string? font) => Has(font, "小标宋", "XiaoBiaoSong", "XBS");

    // 微软雅黑 (Microsoft YaHei) is not 黑体: matched by 黑体 and its own romanisations only.
    public static bool IsHei(string? font) => Has(font, "黑体", "SimHei", "FZHei", "Heiti");

    public static bool IsKai(string? font) => Has(font, "楷体", "KaiTi", "FZKai", "STKaiti");

    public static bool IsSong(string? font) => Has(font, "宋体", "SimSun", "NSimSun", "STSong") && !IsFangSong(font) && !IsXiaoBiaoSong(font);

    private static bool Has(string? font, params string[] names)
        => font is not null && names.Any(n => font.Contains(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>Where a finding on the page goes: the document (the layout is read only for a file that holds one), so
    /// that it reaches its office's summary like the others.</summary>
    public static int Owner(BulletinContext context) => context.Documents.Count == 1 ? context.Documents[0].Index : 0;

    public static bool SizeIs(double? size, double points) => size is { } s && Math.Abs(s - points) <= SizeTolerancePt;

    /// <summary>A size as a reader of the finding sees it: <c>10.5磅</c>.</summary>
    public static string Points(double? size) => size is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) + "磅" : "（未设字号）";

    /// <summary>The document's paragraphs that print something, in order.</summary>
    public static IEnumerable<ParagraphLayout> Paragraphs(ExtractedDocument document, DocxLayout layout)
    {
        for (var line = document.StartLine; line <= document.EndLine; line++)
        {
            if (layout.At(line) is { } paragraph && paragraph.Runs.Any(r => r.Visible > 0)) yield return paragraph;
        }
    }

    /// <summary>The title's paragraphs: from its first line, as many as its text runs over.</summary>
    public static HashSet<int> TitleLines(ExtractedDocument document, DocxLayout layout)
    {
        var lines = new HashSet<int>();
        if (document.Title is not { } title) return lines;
        var remaining = Compact(title.Value);
        for (var line = title.Line; remaining.Length > 0 && layout.At(line) is { } paragraph; line++)
        {
            var text = Compact(paragraph.Text);
            if (text.Length == 0) continue;
            if (!remaining.StartsWith(text, StringComparison.Ordinal) && !text.StartsWith(remaining, StringComparison.Ordinal)) break;
            lines.Add(line);
            remaining = remaining.Length > text.Length ? remaining[text.Length..] : "";
        }
        return lines;
    }

    /// <summary>The imprint's lines: the copy-to line(s) and the line of the printing organ and date.</summary>
    public static HashSet<int> ImprintLines(ExtractedDocument document)
    {
        var lines = new HashSet<int>();
        var end = document.ImprintDate?.Line;
        if (document.CopyTo is { } copyTo)
        {
            for (var line = copyTo.Line; line <= (end ?? copyTo.Line); line++) lines.Add(line);
        }
        if (end is { } e) lines.Add(e);
        return lines;
    }

    /// <summary>Lines that are neither body text nor judged as such: the mark, the number, the title, headings of
    /// levels one and two, the imprint, each printed attachment's label and title.</summary>
    public static HashSet<int> NotBody(ExtractedDocument document, DocxLayout layout)
    {
        var lines = TitleLines(document, layout);
        lines.UnionWith(ImprintLines(document));
        if (document.Mark is { } mark) lines.Add(mark.Line);
        if (document.Number is { } number) lines.Add(number.Line);
        if (document.Serial is { } serial) lines.Add(serial.Line);
        foreach (var heading in document.Headings)
        {
            if (heading.Level <= 2) lines.Add(heading.Line);
        }
        foreach (var attachment in document.Attachments)
        {
            lines.Add(attachment.Line);
            for (var line = attachment.Line + 1; layout.At(line) is { } next && line <= attachment.Line + 3; line++)
            {
                if (Compact(next.Text).Length == 0) continue;
                lines.Add(line); // the attachment's title, set like a title
                break;
            }
        }
        return lines;
    }

    /// <summary>The body's paragraphs: everything else the document prints outside tables.</summary>
    public static IEnumerable<ParagraphLayout> Body(ExtractedDocument document, DocxLayout layout)
    {
        var excluded = NotBody(document, layout);
        return Paragraphs(document, layout).Where(p => !p.InTable && !excluded.Contains(p.Line));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
