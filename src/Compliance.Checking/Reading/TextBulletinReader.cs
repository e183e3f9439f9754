using System.Buffers;
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
    internal static readonly Encoding StrictGb18030 = CreateStrictGb18030();

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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Lines(bytes[3..]) ?? ReadOutcome.Unreadable(UnreadableKind.Undecodable);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Decoded(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Decoded(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");

        if (IsBlankAscii(bytes)) return ReadOutcome.Unreadable(UnreadableKind.Empty);
        if (HasBinaryControlBytes(bytes)) return ReadOutcome.Unreadable(UnreadableKind.Binary);
        if (Utf8Lines(bytes) is { } utf8) return utf8;

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

    /// <summary>
    /// Validates and decodes UTF-8 in one pass into a pooled buffer, then cuts it into lines; null when the bytes are
    /// not UTF-8. Lines of white space only are left out (their numbers are kept by the others): nothing in a bulletin
    /// depends on blank lines, and most gazette text has one between every two paragraphs.
    /// </summary>
    private static ReadOutcome? Utf8Lines(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            if (Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done) return null;
            var text = buffer.AsSpan(0, written);
            if (HasBinaryControlChars(text)) return ReadOutcome.Unreadable(UnreadableKind.Binary);
            var lines = SplitLines(text, page: null, estimatedLines: CountLines(text));
            return lines.Count == 0 ? ReadOutcome.Unreadable(UnreadableKind.Empty) : ReadOutcome.Success(new SourceText("text", "utf-8", lines));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>How many lines hold more than white space: the list of lines is allocated once, at its size.</summary>
    private static int CountLines(ReadOnlySpan<char> span)
    {
        var count = 0;
        while (true)
        {
            var nl = span.IndexOfAny('\n', '\r');
            if (!IsBlank(nl < 0 ? span : span[..nl])) count++;
            if (nl < 0) return count;
            span = span[(nl + 1)..];
        }
    }

    internal static List<SourceLine> SplitLines(string text, int? page = null) => SplitLines(text.AsSpan(), page, Math.Max(16, text.Length / 32));

    /// <summary>The lines that hold more than white space, each with its 1-based number in the text.</summary>
    private static List<SourceLine> SplitLines(ReadOnlySpan<char> span, int? page, int estimatedLines)
    {
        var lines = new List<SourceLine>(estimatedLines);
        var number = 0;
        if (span.Length > 0 && span[0] == '\uFEFF') span = span[1..];
        while (true)
        {
            var nl = span.IndexOfAny('\n', '\r');
            var line = nl < 0 ? span : span[..nl];
            number++;
            // A form feed alone on its line is a page break: print-furniture removal needs it.
            if (!IsBlank(line) || line.Contains('\f')) lines.Add(new SourceLine(number, line.ToString(), page));
            if (nl < 0) break;
            span = span[(nl + (span[nl] == '\r' && nl + 1 < span.Length && span[nl + 1] == '\n' ? 2 : 1))..];
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

    /// <summary>White space only (a line nearly always starts with a character that is none: settled at once).</summary>
    private static bool IsBlank(ReadOnlySpan<char> line) => Text.TextNormalizer.TrimStart(line).IsEmpty;

    // The control characters no office text holds: all but tab, LF, CR and FF (an ASCII set: one vectorised pass).
    private static readonly SearchValues<char> BinaryControls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static bool HasBinaryControlChars(ReadOnlySpan<char> span)
    {
        // Vectorised: most text holds no control character but tab, CR, LF and FF.
        if (!span.ContainsAny(BinaryControls)) return false;
        var controls = 0;
        foreach (var c in span)
        {
            if (c == '\0') return true;
            if (c < ' ' && c is not '\t' and not '\f' and not '\n' and not '\r') controls++;
        }
        return controls > 8 && controls * 100 > span.Length;
    }
}
