using System.IO.Compression;
using System.Text;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Fuzzing;

/// <summary>
/// Derives hostile-looking inputs from real ones: the seeds as text (UTF-8, GB18030, UTF-16), as .docx built here,
/// the PDF fixtures and small generated PDFs; mutated by bit flips, overwritten runs, truncation, splices of two
/// files, random zip entries inside a valid .docx and damaged PDF cross-reference tables. Deterministic for a seed.
/// </summary>
internal sealed class BulletinFuzzer
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static readonly string[] EntryNames =
    [
        "word/document.xml", "_rels/.rels", "[Content_Types].xml", "word/_rels/document.xml.rels", "word/media/image1.png",
        "word/styles.xml", "docProps/app.xml", "word/公报.xml", "../outside.xml", "a/b/c/d/e/f/g.xml", "word/",
    ];

    private static readonly string[] XmlSplices =
    [
        "<!DOCTYPE w:document [<!ENTITY e \"x\">]>", "&e;", "&amp;", "<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:tab/>", "<w:br/>",
        "<![CDATA[洛政办〔2019〕35号]]>", "<?pi x?>", "<!-- -->", "\0", "<w:p><w:r><w:t>洛阳市人民政府办公室文件</w:t></w:r></w:p>",
        "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice>",
    ];

    private static readonly string[] TextSplices =
    [
        "\r", "\n", "\r\n", "\0", "\uFEFF", "\u0001\u0002\u0003", "〔2019〕", "号", "（此件公开发布）", "洛阳市人民政府办公室文件",
        "2019年6月25日", "目  录", "— 12 —", "\uD800", "\u00A0\u3000",
    ];

    private readonly Random _random;
    private readonly List<(string Name, byte[] Bytes)> _texts = [];
    private readonly List<(string Name, byte[] Bytes)> _docx = [];
    private readonly List<(string Name, byte[] Bytes)> _smallPdfs = [];
    private readonly List<(string Name, byte[] Bytes)> _largePdfs = [];

    public BulletinFuzzer(int seed)
    {
        _random = new Random(seed);
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            _texts.Add((name, Encoding.UTF8.GetBytes(text)));
            _texts.Add((name + ".gb18030", Gb18030.GetBytes(text)));
            _texts.Add((name + ".utf16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));
            _docx.Add((name + ".docx", HostileFiles.Docx(text.Split('\n').Take(400).Select(l => l.TrimEnd('\r')))));
        }
        _smallPdfs.Add(("generated-3.pdf", HostileFiles.Pdf(3)));
        _smallPdfs.Add(("generated-1.pdf", HostileFiles.Pdf(1)));
        var fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pdf");
        foreach (var name in new[] { "scanned.pdf", "encrypted.pdf", "truncated.pdf" }) _smallPdfs.Add((name, File.ReadAllBytes(Path.Combine(fixtures, name))));
        _largePdfs.Add(("seed-000-serif.pdf", File.ReadAllBytes(Path.Combine(fixtures, "seed-000-serif.pdf"))));
    }

    /// <summary>The next input and how it was made (for the failure message).</summary>
    public (byte[] Input, string Recipe) Next()
    {
        var roll = _random.NextDouble();
        var (name, bytes) = roll switch
        {
            < 0.40 => Pick(_texts),
            < 0.70 => Pick(_docx),
            < 0.985 => Pick(_smallPdfs),
            _ => Pick(_largePdfs), // real gazette PDFs take a few hundred ms each: a few dozen per thousand runs
        };
        var recipe = new StringBuilder(name);
        var input = bytes;
        if (roll < 0.40 && !name.Contains(".txt.", StringComparison.Ordinal) && _random.Next(2) == 0) input = TextWindow(input, recipe);
        var mutations = _random.Next(1, 3);
        for (var i = 0; i < mutations; i++) input = Mutate(input, name, recipe);
        return (input, recipe.ToString());
    }

    private enum Mutation { BitFlips, OverwrittenRun, Truncated, Spliced, DuplicatedRange, TextInserted, LongRun, LinesDropped, BodyMutated, ZipEntries, DamagedXref }

    // Mostly mutations that keep the input readable enough to reach the parsers and the rules, some that break it.
    private static readonly Mutation[] TextMutations =
    [
        Mutation.TextInserted, Mutation.TextInserted, Mutation.TextInserted, Mutation.DuplicatedRange, Mutation.DuplicatedRange,
        Mutation.LinesDropped, Mutation.LinesDropped, Mutation.LongRun, Mutation.BitFlips, Mutation.OverwrittenRun, Mutation.Truncated, Mutation.Spliced,
    ];

    private static readonly Mutation[] DocxMutations =
    [
        Mutation.BodyMutated, Mutation.BodyMutated, Mutation.BodyMutated, Mutation.ZipEntries, Mutation.ZipEntries, Mutation.ZipEntries,
        Mutation.BitFlips, Mutation.OverwrittenRun, Mutation.Truncated, Mutation.Spliced,
    ];

    private static readonly Mutation[] PdfMutations =
    [
        Mutation.DamagedXref, Mutation.DamagedXref, Mutation.DamagedXref, Mutation.BitFlips, Mutation.BitFlips,
        Mutation.OverwrittenRun, Mutation.Truncated, Mutation.Spliced, Mutation.DuplicatedRange,
    ];

    private byte[] Mutate(byte[] input, string name, StringBuilder recipe)
    {
        var mutations = name.EndsWith(".docx", StringComparison.Ordinal) ? DocxMutations
            : name.EndsWith(".pdf", StringComparison.Ordinal) ? PdfMutations
            : TextMutations;
        var mutation = Pick(mutations);
        recipe.Append(" | ").Append(mutation);
        switch (mutation)
        {
            case Mutation.BitFlips: return BitFlips(input);
            case Mutation.OverwrittenRun: return OverwrittenRun(input);
            case Mutation.Truncated: return input.Length < 2 ? input : input[.._random.Next(input.Length)];
            case Mutation.Spliced:
                var other = Pick(_random.Next(2) == 0 ? _texts : [.. _docx, .. _smallPdfs]);
                recipe.Append(' ').Append(other.Name);
                return Splice(input, other.Bytes);
            case Mutation.DuplicatedRange: return DuplicatedRange(input);
            case Mutation.TextInserted: return Inserted(input, TextIn(name, Pick(TextSplices)));
            case Mutation.LongRun: return Inserted(input, TextIn(name, new string('长', _random.Next(1, 4) * 60_000)));
            case Mutation.LinesDropped: return LinesDropped(input);
            case Mutation.BodyMutated: return BodyMutated(input);
            case Mutation.ZipEntries: return ZipEntries(input);
            default: return DamagedXref(input);
        }
    }

    /// <summary>Text in the encoding of the input it goes into (a seed's name says which).</summary>
    private static byte[] TextIn(string name, string text)
        => name.EndsWith(".gb18030", StringComparison.Ordinal) ? Gb18030.GetBytes(text)
            : name.EndsWith(".utf16", StringComparison.Ordinal) ? Encoding.Unicode.GetBytes(text)
            : Encoding.UTF8.GetBytes(text);

    private byte[] LinesDropped(byte[] text)
    {
        if (text.Length == 0) return text;
        var from = Array.IndexOf(text, (byte)'\n', _random.Next(text.Length));
        if (from < 0) return text;
        var to = Array.IndexOf(text, (byte)'\n', Math.Min(text.Length - 1, from + 1 + _random.Next(2_000)));
        return to < 0 ? text[..from] : [.. text.AsSpan(0, from), .. text.AsSpan(to)];
    }

    /// <summary>The .docx rebuilt with its word/document.xml mutated as text: reaches the XML reader rather than the inflater.</summary>
    private byte[] BodyMutated(byte[] docx)
    {
        var entries = Entries(docx);
        if (entries is null) return BitFlips(docx);
        var index = entries.FindIndex(e => e.Name == "word/document.xml");
        if (index < 0) return ZipEntries(docx);
        entries[index] = (entries[index].Name, MutatedXml(entries[index].Content));
        return Zip(entries);
    }

    /// <summary>A run of whole lines of a UTF-8 text.</summary>
    private byte[] TextWindow(byte[] text, StringBuilder recipe)
    {
        var start = Array.IndexOf(text, (byte)'\n', _random.Next(text.Length)) + 1;
        var end = start <= 0 ? -1 : Array.IndexOf(text, (byte)'\n', Math.Min(text.Length - 1, start + _random.Next(2_000, 64_000)));
        if (start <= 0 || end < 0) return text;
        recipe.Append(" | lines at ").Append(start).Append('+').Append(end - start);
        return text[start..end];
    }

    private byte[] BitFlips(byte[] input)
    {
        var copy = (byte[])input.Clone();
        if (copy.Length == 0) return copy;
        for (var i = _random.Next(1, 17); i > 0; i--) copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        return copy;
    }

    private byte[] OverwrittenRun(byte[] input)
    {
        var copy = (byte[])input.Clone();
        if (copy.Length == 0) return copy;
        var start = _random.Next(copy.Length);
        var length = Math.Min(copy.Length - start, _random.Next(1, 65));
        var fill = _random.Next(4) switch
        {
            0 => (byte)0,
            1 => (byte)0xFF,
            2 => (byte)"([<{0123456789"[_random.Next(14)],
            _ => (byte)_random.Next(256),
        };
        copy.AsSpan(start, length).Fill(fill);
        return copy;
    }

    private byte[] Splice(byte[] first, byte[] second)
        => [.. first.AsSpan(0, _random.Next(first.Length + 1)), .. second.AsSpan(_random.Next(second.Length + 1))];

    /// <summary>A range copied elsewhere: whole lines (from line feed to line feed) where there are any.</summary>
    private byte[] DuplicatedRange(byte[] input)
    {
        if (input.Length == 0) return input;
        var start = _random.Next(input.Length);
        var length = Math.Min(input.Length - start, _random.Next(1, 4096));
        var lineStart = Array.IndexOf(input, (byte)'\n', start);
        var lineEnd = lineStart < 0 ? -1 : Array.IndexOf(input, (byte)'\n', Math.Min(input.Length - 1, lineStart + length));
        if (lineEnd > lineStart)
        {
            var at = Array.IndexOf(input, (byte)'\n', _random.Next(input.Length));
            if (at >= 0) return Inserted(input, at, input.AsSpan(lineStart, lineEnd - lineStart).ToArray());
        }
        return Inserted(input, input.AsSpan(start, length).ToArray());
    }

    // At an even offset, so that UTF-16 text stays aligned.
    private byte[] Inserted(byte[] input, byte[] piece) => Inserted(input, _random.Next(input.Length / 2 + 1) * 2, piece);

    private static byte[] Inserted(byte[] input, int at, byte[] piece) => [.. input.AsSpan(0, at), .. piece, .. input.AsSpan(at)];

    /// <summary>A valid .docx's entries, with entries added, removed, doubled or given mutated XML, zipped again.</summary>
    private byte[] ZipEntries(byte[] docx)
    {
        var entries = Entries(docx);
        if (entries is null) return BitFlips(docx); // an earlier mutation broke the zip already
        var document = entries.FirstOrDefault(e => e.Name == "word/document.xml").Content ?? [];
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            switch (_random.Next(5))
            {
                case 0:
                    entries.Add((Pick(EntryNames), RandomContent(document)));
                    break;
                case 1 when entries.Count > 0:
                    entries.RemoveAt(_random.Next(entries.Count));
                    break;
                case 2 when entries.Count > 0:
                    var index = _random.Next(entries.Count);
                    entries[index] = (entries[index].Name, MutatedXml(document));
                    break;
                case 3 when entries.Count > 0:
                    entries.Insert(_random.Next(entries.Count + 1), entries[_random.Next(entries.Count)]);
                    break;
                default:
                    entries.Insert(_random.Next(entries.Count + 1), ($"word/media/image{_random.Next(100)}.bmp", new byte[_random.Next(1, 3) * 1024 * 1024]));
                    break;
            }
        }
        return Zip(entries);
    }

    private static List<(string Name, byte[] Content)>? Entries(byte[] docx)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            return archive.Entries.Select(e => (e.FullName, ReadAll(e))).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private byte[] Zip(List<(string Name, byte[] Content)> entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var level = _random.Next(3) switch { 0 => CompressionLevel.NoCompression, 1 => CompressionLevel.Fastest, _ => CompressionLevel.Optimal };
                using var stream = archive.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }
        return output.ToArray();
    }

    private byte[] RandomContent(byte[] document) => _random.Next(3) switch
    {
        0 => RandomBytes(_random.Next(4096)),
        1 => MutatedXml(document),
        _ => Encoding.UTF8.GetBytes(Pick(XmlSplices)),
    };

    /// <summary>The XML with paragraphs added, doubled or dropped (still well-formed), or edited as bytes (mostly not).</summary>
    private byte[] MutatedXml(byte[] xml)
    {
        var result = xml;
        for (var i = _random.Next(1, 3); i > 0; i--)
        {
            var paragraph = ParagraphAt(result);
            result = (_random.Next(10), paragraph) switch
            {
                ( < 3, var (start, _)) => Inserted(result, start, Encoding.UTF8.GetBytes(Pick(WellFormedParagraphs))),
                ( < 5, var (start, length)) => Inserted(result, start, result.AsSpan(start, length).ToArray()),
                ( < 7, var (start, length)) => [.. result.AsSpan(0, start), .. result.AsSpan(start + length)],
                (7, _) => Inserted(result, Encoding.UTF8.GetBytes(Pick(XmlSplices))),
                (8, _) => result.Length < 2 ? result : result[.._random.Next(result.Length)],
                _ => OverwrittenRun(result),
            };
        }
        return result;
    }

    private static readonly string[] WellFormedParagraphs =
    [
        "<w:p><w:r><w:t>洛政办〔2019〕35号</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>洛阳市人民政府办公室</w:t><w:tab/><w:t>2019年6月25日</w:t><w:br/></w:r></w:p>",
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>",
        "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>（此件公开发布）</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>（此件公开发布）</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>",
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        "<w:p/>",
    ];

    /// <summary>Where a random paragraph of the XML starts and how long it is; (0, 0) when there is none.</summary>
    private (int Start, int Length) ParagraphAt(byte[] xml)
    {
        var from = _random.Next(xml.Length + 1);
        var relative = xml.AsSpan(from).IndexOf("<w:p>"u8);
        if (relative < 0) return (0, 0);
        var start = from + relative;
        var end = xml.AsSpan(start).IndexOf("</w:p>"u8);
        return (start, end < 0 ? 0 : end + "</w:p>".Length);
    }

    /// <summary>Damages the cross-reference table, its offset or the trailer, keeping the %%EOF the reader looks for.</summary>
    private byte[] DamagedXref(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        var span = copy.AsSpan();
        var startXref = span.LastIndexOf("startxref"u8);
        var xref = span.LastIndexOf("xref\n"u8) is var x and >= 0 && x != startXref + 5 ? x : span.LastIndexOf("xref\r"u8);
        switch (_random.Next(5))
        {
            case 0 when startXref >= 0: // a wrong offset to the table
                var digits = Encoding.ASCII.GetBytes(_random.Next(copy.Length * 2).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(8, '0'));
                var at = startXref + "startxref".Length + 1;
                return [.. span[..at], .. digits, .. "\n%%EOF\n"u8];
            case 1 when xref >= 0: // offsets in the table scrambled
                for (var i = _random.Next(1, 40); i > 0; i--)
                {
                    var position = xref + _random.Next(Math.Min(4000, copy.Length - xref));
                    if (char.IsAsciiDigit((char)copy[position])) copy[position] = (byte)('0' + _random.Next(10));
                }
                return copy;
            case 2 when xref >= 0: // the table gone
                var trailer = span[xref..].IndexOf("trailer"u8);
                if (trailer > 0) span.Slice(xref, trailer).Fill((byte)' ');
                return copy;
            case 3: // the /Root pointing elsewhere
                var root = span.LastIndexOf("/Root "u8);
                if (root >= 0) copy[root + 6] = (byte)('0' + _random.Next(10));
                return copy;
            default: // cut in the middle, the end marker put back
                return [.. span[.._random.Next(copy.Length + 1)], .. "\n%%EOF\n"u8];
        }
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
