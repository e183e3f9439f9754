using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Compliance.TestSupport;

/// <summary>
/// Builds the files an attacker (or a broken exporter) could upload: zip bombs and their cousins as .docx, PDFs with
/// too many pages, too deep nesting or a Flate bomb, text with one endless line. Generated, never committed: the
/// tests and the limits measurement (benchmarks, scripts/measure-limits.sh) build them on the spot.
/// </summary>
public static class HostileFiles
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string PackageRelationships = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    private const string DocumentStart = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WordNamespace}"><w:body>""";

    private const string DocumentEnd = "</w:body></w:document>";

    /// <summary>A minimal valid .docx: one paragraph per string, plus any extra entries (name → content).</summary>
    public static byte[] Docx(IEnumerable<string> paragraphs, IEnumerable<KeyValuePair<string, byte[]>>? extraEntries = null)
        => DocxWithBody(string.Concat(paragraphs.Select(Paragraph)), extraEntries);

    /// <summary>A .docx whose body holds <paramref name="bodyXml"/> as it is.</summary>
    public static byte[] DocxWithBody(string bodyXml, IEnumerable<KeyValuePair<string, byte[]>>? extraEntries = null)
        => DocxWithDocumentXml(DocumentStart + bodyXml + DocumentEnd, extraEntries);

    /// <summary>A .docx whose word/document.xml is <paramref name="documentXml"/> as it is (well-formed or not).</summary>
    public static byte[] DocxWithDocumentXml(string documentXml, IEnumerable<KeyValuePair<string, byte[]>>? extraEntries = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
            Add(zip, "_rels/.rels", Encoding.UTF8.GetBytes(PackageRelationships));
            Add(zip, "word/document.xml", Encoding.UTF8.GetBytes(documentXml));
            foreach (var (name, content) in extraEntries ?? []) Add(zip, name, content);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The zip bomb of issue 11: word/document.xml inflates to about <paramref name="inflatedBytes"/> of paragraphs of
    /// 1,000 letters (1.5 GB from a 3.5 MB file). The sizes in the zip headers are honest unless
    /// <paramref name="declaredBytes"/> is given, which is written instead (a lying header). Built in milliseconds:
    /// 1,000 paragraphs are deflated once from an empty history and flushed to a byte boundary, and those compressed
    /// bytes are repeated. The part's CRC is left 0 (computing it would mean inflating it): a reader that got to its
    /// end would call the file damaged.
    /// </summary>
    public static byte[] DocxBomb(long inflatedBytes, long? declaredBytes = null)
    {
        var start = Encoding.UTF8.GetBytes(DocumentStart);
        var block = Repeat(Encoding.UTF8.GetBytes(Paragraph(new string('a', 1000))), 1000);
        var end = Encoding.UTF8.GetBytes(DocumentEnd);
        var blocks = Math.Max(1, inflatedBytes / block.Length);
        var deflatedBlock = DeflatedPiece(block, final: false);
        using var document = new MemoryStream();
        document.Write(DeflatedPiece(start, final: false));
        for (long i = 0; i < blocks; i++) document.Write(deflatedBlock);
        document.Write(DeflatedPiece(end, final: true));
        var size = start.Length + blocks * block.Length + end.Length;
        return WriteZip(
        [
            Entry("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)),
            Entry("_rels/.rels", Encoding.UTF8.GetBytes(PackageRelationships)),
            new RawEntry("word/document.xml", document.ToArray(), Crc: 0, Size: checked((uint)(declaredBytes ?? size))),
        ]);
    }

    /// <summary>A valid .docx with <paramref name="count"/> extra (tiny) parts.</summary>
    public static byte[] DocxWithManyParts(int count)
        => Docx(["第一段"], Enumerable.Range(0, count).Select(i => KeyValuePair.Create($"customXml/item{i}.xml", "<a/>"u8.ToArray())));

    /// <summary>"Billion laughs": ten entities of ten references each, nine deep; a parser that expands them makes 10⁹ "lol"s.</summary>
    public static string BillionLaughsXml()
    {
        var dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"");
            for (var j = 0; j < 10; j++) dtd.Append(CultureInfo.InvariantCulture, $"&lol{i - 1};");
            dtd.Append("\">");
        }
        dtd.Append("]>");
        return $"""<?xml version="1.0" encoding="UTF-8"?>{dtd}<w:document xmlns:w="{WordNamespace}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>""";
    }

    /// <summary>A body whose paragraph sits inside <paramref name="depth"/> nested elements.</summary>
    public static string DeepBodyXml(int depth)
        => string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + Paragraph("深") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));

    /// <summary>UTF-8 text whose single line has <paramref name="characters"/> Chinese characters.</summary>
    public static byte[] TextWithOneLine(int characters)
    {
        const string Phrase = "这是一段很长的文字没有换行";
        var text = new StringBuilder(characters);
        while (text.Length < characters) text.Append(Phrase, 0, Math.Min(Phrase.Length, characters - text.Length));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// A PDF of <paramref name="pages"/> pages of Helvetica text (a heading and <paramref name="linesPerPage"/> lines). <paramref name="declaredPages"/>
    /// overrides the page tree's /Count; <paramref name="extraPageEntry"/> is added to every page dictionary (e.g. a
    /// deeply nested array); <paramref name="flateBombBytes"/> gives the first page a Flate content stream that inflates
    /// to that many bytes of spaces (<paramref name="lzwBombBytes"/>: an LZW one), <paramref name="nestedContentDepth"/>
    /// one whose text array nests that deep. <paramref name="compressed"/> deflates the pages' text;
    /// <paramref name="streamsPerPage"/> draws it that many times over, each time from a content stream of its own.
    /// </summary>
    public static byte[] Pdf(int pages, int? declaredPages = null, string? extraPageEntry = null, long flateBombBytes = 0, int nestedContentDepth = 0, long lzwBombBytes = 0, int linesPerPage = 1, bool compressed = false, int streamsPerPage = 1)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii(string.Empty), // page tree, written below once the pages are numbered
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        var kids = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var content = page == 1 && flateBombBytes > 0 ? PdfStream("/Filter /FlateDecode", Deflated(flateBombBytes))
                : page == 1 && lzwBombBytes > 0 ? PdfStream("/Filter /LZWDecode", LzwRun(lzwBombBytes))
                : page == 1 && nestedContentDepth > 0 ? PdfStream(string.Empty, Ascii($"BT /F1 12 Tf 72 720 Td {new string('[', nestedContentDepth)}{new string(']', nestedContentDepth)} TJ ET"))
                : PageText(page, linesPerPage, compressed);
            var contents = new List<string>();
            for (var stream = 0; stream < streamsPerPage; stream++)
            {
                objects.Add(stream == 0 ? content : PageText(page, linesPerPage, compressed));
                contents.Add($"{objects.Count} 0 R");
            }
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents [{string.Join(' ', contents)}] {extraPageEntry} >>"));
            kids.Add($"{objects.Count} 0 R");
        }
        objects[1] = Ascii($"<< /Type /Pages /Count {declaredPages ?? pages} /Kids [{string.Join(' ', kids)}] >>");
        return WritePdf(objects);
    }

    private static byte[] PageText(int page, int lines, bool compressed)
    {
        var text = Ascii($"BT /F1 6 Tf 72 760 Td (Generated page {page}.) Tj{string.Concat(Enumerable.Range(0, lines).Select(line => $" 0 -14 Td ({Words(page + line)}) Tj"))} 0 -14 Td (End of page {page}.) Tj ET");
        if (!compressed) return PdfStream(string.Empty, text);
        using var zlib = new MemoryStream();
        using (var deflate = new ZLibStream(zlib, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(text);
        return PdfStream("/Filter /FlateDecode", zlib.ToArray());
    }

    /// <summary>An array nested <paramref name="depth"/> deep, as a page dictionary entry.</summary>
    public static string NestedArrayEntry(int depth) => "/Deep " + new string('[', depth) + new string(']', depth);

    private static string Words(int seed)
    {
        string[] words = ["notice", "office", "people", "government", "plan", "work", "county", "city", "issued", "date"];
        return string.Join(' ', Enumerable.Range(0, 16).Select(i => words[(seed * 7 + i * 3) % words.Length]));
    }

    private static string Paragraph(string text) => $"""<w:p><w:r><w:t xml:space="preserve">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>""";

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static byte[] Repeat(byte[] unit, int times)
    {
        var result = new byte[unit.Length * times];
        for (var i = 0; i < times; i++) unit.CopyTo(result, i * unit.Length);
        return result;
    }

    private sealed record RawEntry(string Name, byte[] Deflated, uint Crc, uint Size);

    private static RawEntry Entry(string name, byte[] content) => new(name, DeflatedPiece(content, final: true), Crc32(content), (uint)content.Length);

    /// <summary>Raw deflate of <paramref name="content"/> from an empty history; unless final, ended by a sync flush so that
    /// other pieces may follow it in the same stream.</summary>
    private static byte[] DeflatedPiece(byte[] content, bool final)
    {
        using var output = new MemoryStream();
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(content);
        if (final) deflate.Dispose();
        else deflate.Flush();
        return output.ToArray();
    }

    /// <summary>A zip of deflated entries (PKWARE APPNOTE 4.3: local headers, central directory, end record).</summary>
    private static byte[] WriteZip(IReadOnlyList<RawEntry> entries)
    {
        using var zip = new MemoryStream();
        using var writer = new BinaryWriter(zip);
        var offsets = new List<uint>();
        foreach (var entry in entries)
        {
            offsets.Add((uint)zip.Position);
            writer.Write(0x04034b50u);
            WriteEntryFields(writer, entry);
            writer.Write(Encoding.UTF8.GetBytes(entry.Name));
            writer.Write(entry.Deflated);
        }
        var directory = (uint)zip.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            writer.Write(0x02014b50u);
            writer.Write((ushort)20); // made by: version 2.0
            WriteEntryFields(writer, entries[i]);
            writer.Write((ushort)0);  // comment length
            writer.Write((ushort)0);  // disk number
            writer.Write((ushort)0);  // internal attributes
            writer.Write(0u);         // external attributes
            writer.Write(offsets[i]);
            writer.Write(Encoding.UTF8.GetBytes(entries[i].Name));
        }
        var directoryLength = (uint)zip.Position - directory;
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)entries.Count);
        writer.Write((ushort)entries.Count);
        writer.Write(directoryLength);
        writer.Write(directory);
        writer.Write((ushort)0);
        writer.Flush();
        return zip.ToArray();
    }

    private static void WriteEntryFields(BinaryWriter writer, RawEntry entry)
    {
        writer.Write((ushort)20);     // version needed: 2.0 (deflate)
        writer.Write((ushort)0x0800); // flags: UTF-8 name
        writer.Write((ushort)8);      // method: deflate
        writer.Write((ushort)0);      // time
        writer.Write((ushort)0x21);   // date: 1980-01-01
        writer.Write(entry.Crc);
        writer.Write((uint)entry.Deflated.Length);
        writer.Write(entry.Size);
        writer.Write((ushort)Encoding.UTF8.GetByteCount(entry.Name));
        writer.Write((ushort)0);      // extra field length
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }

    /// <summary>A zlib stream (as PDF's FlateDecode has it) of about <paramref name="bytes"/> spaces, built like the
    /// .docx bomb from one repeated deflated megabyte; its Adler-32 is left 0.</summary>
    private static byte[] Deflated(long bytes)
    {
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)' ');
        var deflatedBlock = DeflatedPiece(block, final: false);
        using var output = new MemoryStream();
        output.Write([0x78, 0xDA]);
        for (long written = 0; written < bytes; written += block.Length) output.Write(deflatedBlock);
        output.Write([0x03, 0x00]); // an empty final block
        output.Write([0, 0, 0, 0]);
        return output.ToArray();
    }

    /// <summary>
    /// LZW codes for about <paramref name="bytes"/> spaces: each new code names the previous sequence plus one space,
    /// until the 12-bit table is full, then its longest code (3,838 spaces for 12 bits) again and again.
    /// </summary>
    private static byte[] LzwRun(long bytes)
    {
        var output = new List<byte>();
        var (pending, pendingBits) = (0UL, 0);
        void Emit(int code, int width)
        {
            pending = (pending << width) | (uint)code;
            for (pendingBits += width; pendingBits >= 8; pendingBits -= 8) output.Add((byte)(pending >> (pendingBits - 8)));
        }

        var (width, next, length, written) = (9, 258, 1, 1L);
        Emit(' ', width);
        while (next < 4096 && written < bytes)
        {
            Emit(next, width);
            written += ++length;
            next++;
            if (next >= (width == 9 ? 511 : width == 10 ? 1023 : 2047) && width < 12) width++;
        }
        for (; written < bytes; written += length) Emit(4095, 12);
        Emit(257, width);
        if (pendingBits > 0) output.Add((byte)(pending << (8 - pendingBits)));
        return [.. output];
    }

    private static byte[] PdfStream(string dictionaryEntries, byte[] data)
        => [.. Ascii($"<< /Length {data.Length} {dictionaryEntries} >>\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static byte[] WritePdf(IReadOnlyList<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = pdf.Position;
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
