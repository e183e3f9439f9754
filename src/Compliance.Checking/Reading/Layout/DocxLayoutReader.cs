using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Compliance.Checking.Configuration;

namespace Compliance.Checking.Reading.Layout;

/// <summary>
/// Reads how a Word document is printed (<see cref="DocxLayout"/>), resolving each run's formatting as Word does:
/// document defaults (<c>w:docDefaults</c>), the paragraph style and the styles it is based on, the character style and
/// its bases, then the run's own properties; theme fonts (<c>minorEastAsia</c>…) by the theme's East Asian (简体) face.
/// Called after <see cref="DocxBulletinReader"/> has read the same package within the limits; a package whose layout
/// cannot be read has none (its text is still checked): layout never makes a file unreadable.
/// </summary>
internal static class DocxLayoutReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const double TwipsPerMm = 1440 / 25.4;

    public static DocxLayout? Read(ReadOnlyMemory<byte> content, CheckerLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(ReadOnlyStreams.Over(content), ZipArchiveMode.Read);
            var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries) parts.TryAdd(entry.FullName, entry);
            if (!parts.TryGetValue("_rels/.rels", out var packageRels)) return null;
            var mainName = Load(packageRels, limits)?.Root?.Elements(Rels + "Relationship")
                .FirstOrDefault(r => ((string?)r.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true)
                ?.Attribute("Target")?.Value.TrimStart('/');
            if (mainName is null || !parts.TryGetValue(mainName, out var mainEntry)) return null;
            var document = Load(mainEntry, limits);
            if (document?.Root?.Element(W + "body") is not { } body) return null;

            var folder = mainName.Contains('/') ? mainName[..(mainName.LastIndexOf('/') + 1)] : "";
            var related = new Dictionary<string, (string Type, string Target)>(StringComparer.Ordinal);
            if (parts.TryGetValue(folder + "_rels/" + mainName[folder.Length..] + ".rels", out var mainRels) && Load(mainRels, limits)?.Root is { } relsRoot)
            {
                foreach (var r in relsRoot.Elements(Rels + "Relationship"))
                {
                    if ((string?)r.Attribute("Id") is { } id && (string?)r.Attribute("Type") is { } type && (string?)r.Attribute("Target") is { } target)
                    {
                        related[id] = (type, target.StartsWith('/') ? target.TrimStart('/') : folder + target);
                    }
                }
            }
            XDocument? Part(string typeSuffix) => related.Values.Where(r => r.Type.EndsWith(typeSuffix, StringComparison.Ordinal))
                .Select(r => parts.TryGetValue(r.Target, out var e) ? Load(e, limits) : null).FirstOrDefault(d => d is not null);

            var styles = new Styles(Part("/styles"), Part("/theme"));
            var paragraphs = new List<ParagraphLayout>();
            foreach (var paragraph in Paragraphs(body)) paragraphs.Add(Paragraph(paragraph, paragraphs.Count + 1, styles));

            var section = document.Descendants(W + "sectPr").FirstOrDefault();
            var page = section is null ? null : Page(section, styles);
            var pageNumbers = new List<PageNumberLayout>();
            foreach (var reference in section?.Elements(W + "footerReference") ?? [])
            {
                if ((string?)reference.Attribute(R + "id") is { } id && related.TryGetValue(id, out var footer)
                    && parts.TryGetValue(footer.Target, out var footerEntry) && Load(footerEntry, limits)?.Root is { } footerRoot)
                {
                    foreach (var p in footerRoot.Descendants(W + "p")) pageNumbers.AddRange(PageNumber(p, styles));
                }
            }
            return new DocxLayout(page, paragraphs, pageNumbers);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The most characters of one part the layout is read from: the layout is held as a tree, not streamed like
    /// the text, so a part larger than this (a gazette of several hundred pages) is checked without its layout.</summary>
    private const long MaxLayoutPartCharacters = 16 * 1024 * 1024;

    private static XDocument? Load(ZipArchiveEntry entry, CheckerLimits limits)
    {
        var most = Math.Min(limits.DocxPartBytes, MaxLayoutPartCharacters);
        if (entry.Length > most) return null;
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = most,
            MaxCharactersFromEntities = 0,
        });
        return XDocument.Load(reader);
    }

    /// <summary>The body's paragraphs in the reader's order: every <c>w:p</c>, a nested one after the one holding it,
    /// of markup-compatibility alternatives the first.</summary>
    internal static IEnumerable<XElement> Paragraphs(XElement body)
    {
        foreach (var child in Children(body))
        {
            if (child.Name == W + "p") yield return child;
            foreach (var nested in Paragraphs(child)) yield return nested;
        }
    }

    /// <summary>An element's children as the reader reads them: of markup-compatibility alternatives, the first.</summary>
    internal static IEnumerable<XElement> Children(XElement element)
        => element.Name == Mc + "AlternateContent" ? element.Elements().Take(1) : element.Elements();

    private static ParagraphLayout Paragraph(XElement paragraph, int line, Styles styles)
    {
        var properties = paragraph.Element(W + "pPr");
        var styleId = (string?)properties?.Element(W + "pStyle")?.Attribute(W + "val");
        var paragraphProps = styles.ForParagraph(styleId);
        double? exact = null;
        if (properties?.Element(W + "spacing") is { } spacing && (string?)spacing.Attribute(W + "lineRule") == "exact"
            && Number(spacing.Attribute(W + "line")) is { } twips)
        {
            exact = twips / 20;
        }
        else if (styles.ExactLineSpacing(styleId) is { } inherited) exact = inherited;

        var runs = new List<RunLayout>();
        var text = new System.Text.StringBuilder();
        foreach (var run in Runs(paragraph))
        {
            var props = paragraphProps;
            if (run.Element(W + "rPr") is { } rPr)
            {
                if ((string?)rPr.Element(W + "rStyle")?.Attribute(W + "val") is { } characterStyle) props = styles.WithCharacterStyle(props, characterStyle);
                props = props.With(rPr, styles);
            }
            var runText = RunText(run);
            text.Append(runText);
            runs.Add(props.ToLayout(runText.Count(c => !char.IsWhiteSpace(c))));
        }
        return new ParagraphLayout(line, text.ToString(), paragraph.Ancestors(W + "tc").Any(), exact, runs);
    }

    /// <summary>The paragraph's runs that print: not deleted, not in a nested paragraph.</summary>
    private static IEnumerable<XElement> Runs(XElement paragraph)
    {
        foreach (var child in Children(paragraph))
        {
            if (child.Name == W + "p" || child.Name == W + "del" || child.Name == W + "pPr") continue;
            if (child.Name == W + "r") yield return child;
            else foreach (var run in Runs(child)) yield return run;
        }
    }

    private static string RunText(XElement run)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in run.Elements())
        {
            if (child.Name == W + "t") text.Append(child.Value);
            else if (child.Name == W + "tab") text.Append('\t');
            else if (child.Name == W + "br" || child.Name == W + "cr") text.Append(' ');
        }
        return text.ToString();
    }

    private static PageLayout? Page(XElement section, Styles styles)
    {
        var size = section.Element(W + "pgSz");
        var margins = section.Element(W + "pgMar");
        if (Number(size?.Attribute(W + "w")) is not { } width || Number(size?.Attribute(W + "h")) is not { } height) return null;
        double Margin(string side) => Math.Abs(Number(margins?.Attribute(W + side)) ?? 1440) / TwipsPerMm;
        double? linePitch = null, charPitch = null;
        var grid = section.Element(W + "docGrid");
        var type = (string?)grid?.Attribute(W + "type") ?? "default";
        if (type is "lines" or "linesAndChars" or "snapToChars") linePitch = (Number(grid?.Attribute(W + "linePitch")) ?? 360) / 20;
        if (type is "linesAndChars" or "snapToChars")
        {
            // charSpace: the grid's character pitch beyond the default font's size, in 1/4096 of a point.
            var baseSize = styles.ForParagraph(null).Size ?? 10.5;
            charPitch = baseSize + (Number(grid?.Attribute(W + "charSpace")) ?? 0) / 4096;
        }
        return new PageLayout(width / TwipsPerMm, height / TwipsPerMm, Margin("top"), Margin("bottom"), Margin("left"), Margin("right"), linePitch, charPitch);
    }

    /// <summary>The page numbers of a footer paragraph: a PAGE field (simple or complex), its result shown as N.</summary>
    private static IEnumerable<PageNumberLayout> PageNumber(XElement paragraph, Styles styles)
    {
        var props = styles.ForParagraph((string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val"));
        var text = new System.Text.StringBuilder();
        RunLayout? digits = null;
        var inField = 0; // 1: instruction, 2: result
        var isPage = false;
        foreach (var element in paragraph.Descendants())
        {
            if (element.Name == W + "fldSimple")
            {
                if (((string?)element.Attribute(W + "instr"))?.Trim().StartsWith("PAGE", StringComparison.OrdinalIgnoreCase) == true)
                {
                    text.Append('N');
                    var run = element.Element(W + "r");
                    digits = Resolve(run, props, styles).ToLayout(1);
                }
                continue;
            }
            if (element.Ancestors(W + "fldSimple").Any() || element.Name != W + "r") continue;
            var fieldChar = (string?)element.Element(W + "fldChar")?.Attribute(W + "fldCharType");
            if (fieldChar == "begin") { inField = 1; isPage = false; continue; }
            if (fieldChar == "separate") { inField = 2; continue; }
            if (fieldChar == "end")
            {
                if (isPage && digits is null) digits = props.ToLayout(1);
                inField = 0;
                continue;
            }
            if (inField == 1)
            {
                if (element.Element(W + "instrText")?.Value.Trim().StartsWith("PAGE", StringComparison.OrdinalIgnoreCase) == true)
                {
                    isPage = true;
                    text.Append('N');
                    digits = Resolve(element, props, styles).ToLayout(1);
                }
                continue;
            }
            if (inField == 2)
            {
                if (isPage) digits = Resolve(element, props, styles).ToLayout(1);
                continue;
            }
            text.Append(RunText(element));
        }
        if (digits is not null) yield return new PageNumberLayout(text.ToString().Trim(), digits);
    }

    private static RunProperties Resolve(XElement? run, RunProperties paragraph, Styles styles)
    {
        if (run?.Element(W + "rPr") is not { } rPr) return paragraph;
        var props = paragraph;
        if ((string?)rPr.Element(W + "rStyle")?.Attribute(W + "val") is { } characterStyle) props = styles.WithCharacterStyle(props, characterStyle);
        return props.With(rPr, styles);
    }

    internal static double? Number(XAttribute? attribute)
        => attribute is not null && double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The run properties the checks need, as they stand after one level of formatting.</summary>
    private readonly record struct RunProperties(string? EastAsia, string? Ascii, double? Size, string? Color, double Spacing)
    {
        public RunProperties With(XElement? rPr, Styles styles)
        {
            if (rPr is null) return this;
            var result = this;
            if (rPr.Element(W + "rFonts") is { } fonts)
            {
                if ((string?)fonts.Attribute(W + "eastAsiaTheme") is { } eaTheme) result = result with { EastAsia = styles.ThemeFont(eaTheme) ?? result.EastAsia };
                else if ((string?)fonts.Attribute(W + "eastAsia") is { } ea) result = result with { EastAsia = ea };
                if ((string?)fonts.Attribute(W + "asciiTheme") is { } asciiTheme) result = result with { Ascii = styles.ThemeFont(asciiTheme) ?? result.Ascii };
                else if ((string?)fonts.Attribute(W + "ascii") is { } ascii) result = result with { Ascii = ascii };
            }
            if (Number(rPr.Element(W + "sz")?.Attribute(W + "val")) is { } halfPoints) result = result with { Size = halfPoints / 2 };
            if ((string?)rPr.Element(W + "color")?.Attribute(W + "val") is { } color) result = result with { Color = color.ToUpperInvariant() == "AUTO" ? "auto" : color.ToUpperInvariant() };
            if (Number(rPr.Element(W + "spacing")?.Attribute(W + "val")) is { } twentieths) result = result with { Spacing = twentieths / 20 };
            return result;
        }

        public RunLayout ToLayout(int visible) => new(EastAsia, Ascii, Size, Color, Spacing, visible);
    }

    /// <summary>The styles part and the theme's fonts, with each style's chain resolved once.</summary>
    private sealed class Styles
    {
        private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RunProperties> _paragraph = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double?> _exactSpacing = new(StringComparer.Ordinal);
        private readonly RunProperties _defaults;
        private readonly string? _defaultParagraph;
        private readonly Dictionary<string, string?> _themeFonts = new(StringComparer.Ordinal);

        public Styles(XDocument? styles, XDocument? theme)
        {
            if (theme?.Root?.Descendants(A + "fontScheme").FirstOrDefault() is { } scheme)
            {
                foreach (var (name, element) in new[] { ("minor", scheme.Element(A + "minorFont")), ("major", scheme.Element(A + "majorFont")) })
                {
                    if (element is null) continue;
                    var latin = (string?)element.Element(A + "latin")?.Attribute("typeface");
                    var ea = (string?)element.Element(A + "ea")?.Attribute("typeface");
                    if (string.IsNullOrEmpty(ea)) ea = (string?)element.Elements(A + "font").FirstOrDefault(f => (string?)f.Attribute("script") == "Hans")?.Attribute("typeface");
                    _themeFonts[name + "EastAsia"] = ea;
                    _themeFonts[name + "HAnsi"] = latin;
                    _themeFonts[name + "Ascii"] = latin;
                    _themeFonts[name + "Bidi"] = latin;
                }
            }
            var root = styles?.Root;
            _defaults = new RunProperties(null, null, 10, "auto", 0).With(root?.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr"), this);
            foreach (var style in root?.Elements(W + "style") ?? [])
            {
                if ((string?)style.Attribute(W + "styleId") is { } id) _styles.TryAdd(id, style);
            }
            _defaultParagraph = root?.Elements(W + "style")
                .FirstOrDefault(s => (string?)s.Attribute(W + "type") == "paragraph" && (string?)s.Attribute(W + "default") is "1" or "true")
                ?.Attribute(W + "styleId")?.Value;
        }

        public string? ThemeFont(string name) => _themeFonts.GetValueOrDefault(name);

        /// <summary>Defaults, then the paragraph style's chain (the default paragraph style when none is named).</summary>
        public RunProperties ForParagraph(string? styleId)
        {
            var id = styleId ?? _defaultParagraph;
            if (id is null || !_styles.ContainsKey(id)) id = _defaultParagraph;
            if (id is null) return _defaults;
            if (_paragraph.TryGetValue(id, out var cached)) return cached;
            var resolved = Chain(id).Aggregate(_defaults, (props, style) => props.With(style.Element(W + "rPr"), this));
            _paragraph[id] = resolved;
            return resolved;
        }

        public RunProperties WithCharacterStyle(RunProperties props, string styleId)
            => Chain(styleId).Aggregate(props, (p, style) => p.With(style.Element(W + "rPr"), this));

        /// <summary>The exact line spacing a paragraph style's chain sets, resolved once per style.</summary>
        public double? ExactLineSpacing(string? styleId)
        {
            var id = styleId ?? _defaultParagraph ?? "";
            if (!_exactSpacing.TryGetValue(id, out var exact)) _exactSpacing[id] = exact = ResolveExactLineSpacing(id);
            return exact;
        }

        private double? ResolveExactLineSpacing(string id)
        {
            double? exact = null;
            foreach (var style in Chain(id))
            {
                if (style.Element(W + "pPr")?.Element(W + "spacing") is { } spacing && Number(spacing.Attribute(W + "line")) is { } line)
                {
                    exact = (string?)spacing.Attribute(W + "lineRule") == "exact" ? line / 20 : null;
                }
            }
            return exact;
        }

        /// <summary>A style and the styles it is based on, the base first; a cycle is cut.</summary>
        private List<XElement> Chain(string id)
        {
            var chain = new List<XElement>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = id; current is not null && seen.Add(current) && _styles.TryGetValue(current, out var style) && chain.Count < 32;
                 current = (string?)style.Element(W + "basedOn")?.Attribute(W + "val"))
            {
                chain.Add(style);
            }
            chain.Reverse();
            return chain;
        }
    }
}
