using System.Buffers;

namespace Compliance.Checking.Text;

/// <summary>
/// Undoes what PDF text extraction adds to short head and tail lines: spaces inside numbers, dates and names. Such
/// spaces are artefacts, not violations. (Invisible characters, other spaces and mark-up are gone before: the
/// canonical-text stage removes them from every line.)
/// </summary>
internal static class TextNormalizer
{
    private static readonly SearchValues<char> Removable = SearchValues.Create(" \t\u3000");

    /// <summary>The line without white space; returns the same instance when nothing changes.</summary>
    public static string Compact(string line)
    {
        var span = line.AsSpan();
        var first = span.IndexOfAny(Removable);
        if (first < 0) return line;
        return CompactSlow(span, first);
    }

    /// <summary>The line without white space into <paramref name="buffer"/> (at least as long as the line), or
    /// the line itself when nothing is removed.</summary>
    public static ReadOnlySpan<char> Compact(string line, Span<char> buffer)
    {
        var span = line.AsSpan();
        var first = span.IndexOfAny(Removable);
        if (first < 0) return span;
        span[..first].CopyTo(buffer);
        var n = first;
        for (var i = first; i < span.Length; i++)
        {
            var c = span[i];
            if (!Removable.Contains(c)) buffer[n++] = c;
        }
        return buffer[..n];
    }

    private static string CompactSlow(ReadOnlySpan<char> span, int first)
    {
        Span<char> buffer = span.Length <= 512 ? stackalloc char[span.Length] : new char[span.Length];
        span[..first].CopyTo(buffer);
        var n = first;
        for (var i = first; i < span.Length; i++)
        {
            var c = span[i];
            if (!Removable.Contains(c)) buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>Folds full-width ASCII forms (Ａ, １, （) to ASCII, for comparing titles written with either.</summary>
    public static string FoldWidth(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length && !IsFullWidthForm(span[i])) i++;
        if (i == span.Length) return text;
        return string.Create(span.Length, text, static (dest, src) =>
        {
            for (var j = 0; j < src.Length; j++)
            {
                var c = src[j];
                dest[j] = IsFullWidthForm(c) ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    /// <summary>The text without its leading white space. A line nearly always starts with a Chinese character, which
    /// this settles with one comparison (<see cref="MemoryExtensions.TrimStart(ReadOnlySpan{char})"/> looks such a
    /// character up in the Unicode tables).</summary>
    public static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length && IsWhiteSpace(text[at])) at++;
        return text[at..];
    }

    /// <summary>The text without its trailing white space (see <see cref="TrimStart"/>).</summary>
    public static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && IsWhiteSpace(text[end - 1])) end--;
        return text[..end];
    }

    /// <summary><see cref="char.IsWhiteSpace(char)"/>, with the CJK ranges (no white space above U+3000) settled first.</summary>
    public static bool IsWhiteSpace(char c) => c == '\u3000' || c < '\u3000' && char.IsWhiteSpace(c);

    private static bool IsFullWidthForm(char c) => c is >= '\uFF01' and <= '\uFF5E';

    private static readonly char[] Separators = [' ', '\t', '\u3000'];

    /// <summary>Splits on runs of white space (ASCII, ideographic), dropping empty parts.</summary>
    public static string[] Tokens(string line) => line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
