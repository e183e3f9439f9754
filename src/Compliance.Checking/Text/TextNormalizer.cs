using System.Buffers;

namespace Compliance.Checking.Text;

/// <summary>
/// Undoes what PDF text extraction adds to short head and tail lines: spaces inside numbers, dates and names,
/// and the Markdown bold markers some extractors emit. Such spaces are artefacts, not violations.
/// </summary>
internal static class TextNormalizer
{
    private static readonly SearchValues<char> Removable = SearchValues.Create(" \t\u3000\u00A0\u2002\u2003\u2009\u200B\uFEFF*");

    /// <summary>The line without white space and '*' (Markdown bold); returns the same instance when nothing changes.</summary>
    public static string Compact(string line)
    {
        var span = line.AsSpan();
        var first = span.IndexOfAny(Removable);
        if (first < 0) return line;
        return CompactSlow(span, first);
    }

    /// <summary>The line without white space and '*' into <paramref name="buffer"/> (at least as long as the line), or
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

    private static bool IsFullWidthForm(char c) => c is >= '\uFF01' and <= '\uFF5E';

    private static readonly char[] Separators = [' ', '\t', '\u3000', '\u00A0'];

    /// <summary>Splits on runs of white space (ASCII, ideographic), dropping empty parts and Markdown bold markers.</summary>
    public static string[] Tokens(string line)
    {
        var parts = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Contains('*') ? parts[i].Replace("*", "", StringComparison.Ordinal) : parts[i];
            if (part.Length > 0) parts[kept++] = part;
        }
        return kept == parts.Length ? parts : parts[..kept];
    }
}
