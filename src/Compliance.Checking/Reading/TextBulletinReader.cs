using System.Text;
using System.Text.Unicode;

namespace Compliance.Checking.Reading;

/// <summary>
/// Reads plain text: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030 (a superset of GBK and GB2312, the
/// encodings most Chinese office software writes). Binary or undecodable input is reported, never thrown.
/// </summary>
public sealed class TextBulletinReader : IFormatReader
{
    // Code page 54936 straight from the provider (no process-wide Encoding.RegisterProvider call), made strict so
    // that bytes which are not GB18030 are reported instead of silently replaced.
    private static readonly Encoding StrictGb18030 = CreateStrictGb18030();

    private static Encoding CreateStrictGb18030()
    {
        var encoding = (Encoding)CodePagesEncodingProvider.Instance.GetEncoding(54936)!.Clone();
        encoding.DecoderFallback = DecoderFallback.ExceptionFallback;
        encoding.EncoderFallback = EncoderFallback.ExceptionFallback;
        return encoding;
    }

    public ReadOutcome Read(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8Lines(content[3..], "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Decoded(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Decoded(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");

        if (IsBlankAscii(bytes)) return ReadOutcome.Unreadable(UnreadableKind.Empty);
        if (HasBinaryControlBytes(bytes)) return ReadOutcome.Unreadable(UnreadableKind.Binary);
        if (Utf8.IsValid(bytes)) return Utf8Lines(content, "utf-8");

        string text;
        try
        {
            text = StrictGb18030.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ReadOutcome.Unreadable(UnreadableKind.Undecodable);
        }
        return Decoded(text, "gb18030");
    }

    private static ReadOutcome Decoded(string text, string encoding)
    {
        if (string.IsNullOrWhiteSpace(text)) return ReadOutcome.Unreadable(UnreadableKind.Empty);
        if (HasBinaryControlChars(text)) return ReadOutcome.Unreadable(UnreadableKind.Binary);
        return ReadOutcome.Success(new SourceText("text", encoding, SplitLines(text)));
    }

    /// <summary>UTF-8 is decoded line by line: no intermediate copy of the whole text.</summary>
    private static ReadOutcome Utf8Lines(ReadOnlyMemory<byte> content, string encoding)
    {
        var bytes = content.Span;
        if (IsBlankAscii(bytes)) return ReadOutcome.Unreadable(UnreadableKind.Empty);
        if (!Utf8.IsValid(bytes)) return ReadOutcome.Unreadable(UnreadableKind.Undecodable);

        var lines = new List<SourceLine>(Math.Max(16, bytes.Length / 96));
        var number = 0;
        var any = false;
        while (true)
        {
            var nl = bytes.IndexOfAny((byte)'\n', (byte)'\r');
            var line = nl < 0 ? bytes : bytes[..nl];
            var text = line.IsEmpty ? string.Empty : Encoding.UTF8.GetString(line);
            any |= text.Length > 0 && !string.IsNullOrWhiteSpace(text);
            if (text.Length > 0 && HasBinaryControlChars(text)) return ReadOutcome.Unreadable(UnreadableKind.Binary);
            lines.Add(new SourceLine(++number, text));
            if (nl < 0) break;
            var skip = bytes[nl] == (byte)'\r' && nl + 1 < bytes.Length && bytes[nl + 1] == (byte)'\n' ? 2 : 1;
            bytes = bytes[(nl + skip)..];
        }
        if (!any) return ReadOutcome.Unreadable(UnreadableKind.Empty);
        return ReadOutcome.Success(new SourceText("text", encoding, lines));
    }

    internal static List<SourceLine> SplitLines(string text, int? page = null)
    {
        var lines = new List<SourceLine>(Math.Max(16, text.Length / 32));
        var span = text.AsSpan();
        var start = 0;
        var number = 0;
        if (span.Length > 0 && span[0] == '\uFEFF') start = 1;
        while (true)
        {
            var rest = span[start..];
            var nl = rest.IndexOfAny('\n', '\r');
            if (nl < 0)
            {
                lines.Add(new SourceLine(++number, rest.ToString(), page));
                break;
            }
            lines.Add(new SourceLine(++number, rest[..nl].ToString(), page));
            start += nl + (rest[nl] == '\r' && nl + 1 < rest.Length && rest[nl + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }

    private static bool IsBlankAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0;

    // NUL and most C0 controls never occur in office text; tab, CR, LF, FF and ESC-free text only.
    private static bool HasBinaryControlBytes(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f') controls++;
        }
        return controls > 8 && controls * 100 > sample.Length;
    }

    private static bool HasBinaryControlChars(string text)
    {
        var span = text.AsSpan();
        var controls = 0;
        foreach (var c in span)
        {
            if (c == '\0') return true;
            if (c < ' ' && c is not '\t' and not '\f' and not '\n' and not '\r') controls++;
        }
        return controls > 8 && controls * 100 > span.Length;
    }
}
