namespace Compliance.Checking.Reading;

/// <summary>The container formats the checker reads.</summary>
public enum ContentFormat
{
    Text,
    Docx,
    Pdf,
    /// <summary>A known binary format that is not a bulletin (image, archive, executable...).</summary>
    OtherBinary,
}

/// <summary>Decides the format by the content's first bytes (magic numbers), never by the file name.</summary>
public static class ContentSniffer
{
    public static ContentFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8)) return ContentFormat.Pdf;
        // A PDF may carry a few bytes of junk before its header; readers accept it within the first 1 KB.
        var head = content[..Math.Min(content.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0 && !LooksLikeText(head)) return ContentFormat.Pdf;
        if (content.StartsWith("PK\x03\x04"u8)) return IsDocx(content) ? ContentFormat.Docx : ContentFormat.OtherBinary;
        if (IsKnownBinary(content)) return ContentFormat.OtherBinary;
        return ContentFormat.Text;
    }

    // A Word document's zip carries the part name "word/document.xml" in its central directory (and usually early on).
    private static bool IsDocx(ReadOnlySpan<byte> zip) => zip.IndexOf("word/"u8) >= 0;

    private static bool LooksLikeText(ReadOnlySpan<byte> head) => head.IndexOf((byte)0) < 0 && head.IndexOf("%PDF-"u8) > 64;

    private static bool IsKnownBinary(ReadOnlySpan<byte> c)
        => c.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])    // PNG
        || c.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])                         // JPEG
        || c.StartsWith("GIF8"u8)
        || c.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])    // ELF
        || c.StartsWith("MZ"u8)                                     // Windows executable
        || c.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])                               // gzip
        || c.StartsWith("Rar!"u8)
        || c.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])       // 7z
        || c.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) // OLE2: legacy .doc/.xls
        || c.StartsWith("II*\0"u8) || c.StartsWith("MM\0*"u8);      // TIFF
}
