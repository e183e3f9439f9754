using System.Buffers;
using System.Globalization;
using System.Text;
using Compliance.Checking.Reading.Pdf;

namespace Compliance.Checking.Canonical;

/// <summary>
/// The characters of one line as the reader means them: format characters (category Cf: zero-width space, joiners,
/// word joiner, a byte-order mark inside the text, soft hyphen, bidi marks) removed; every space but the ideographic
/// one (which GB/T 9704 layouts use on purpose) made an ASCII space; full-width Latin letters and digits, Kangxi
/// radicals and compatibility ideographs folded to what they stand for. Punctuation keeps its width: whether a colon or
/// a bracket is full-width is for the rules to judge.
/// </summary>
internal static class CharacterFolding
{
    // Every character this step changes, so that the usual line (none of them) costs one vectorised scan.
    private static readonly SearchValues<char> Changed = SearchValues.Create(
        "\u00A0\u00AD\u061C\u180E\u1680" +
        "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u200E\u200F" +
        "\u202A\u202B\u202C\u202D\u202E\u202F\u205F\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206A\u206B\u206C\u206D\u206E\u206F" +
        "\uFEFF\uFFF9\uFFFA\uFFFB" +
        "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

    /// <summary>The folded line; the same instance when nothing changes (the usual case).</summary>
    public static string Fold(string line)
    {
        var span = line.AsSpan();
        var first = span.IndexOfAny(Changed);
        var lookAlike = HasLookAlike(span);
        if (first < 0 && !lookAlike) return line;
        if (lookAlike) line = CjkCompatibility.Unify(line);
        if (line.AsSpan().IndexOfAny(Changed) is var at and >= 0) line = FoldFrom(line, at);
        return line;
    }

    private static string FoldFrom(string line, int first)
    {
        var text = new StringBuilder(line.Length);
        text.Append(line, 0, first);
        for (var i = first; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsSurrogate(c))
            {
                text.Append(c);
                continue;
            }
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:
                    continue;
                case UnicodeCategory.SpaceSeparator when c != '\u3000':
                    text.Append(' ');
                    continue;
            }
            text.Append(c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') ? (char)(c - 0xFEE0) : c);
        }
        return text.ToString();
    }

    // Kangxi radicals and the radicals supplement (U+2E80–U+2FDF), compatibility ideographs (U+F900–U+FAFF; the
    // supplement beyond the BMP starts with a high surrogate U+D87E).
    private static bool HasLookAlike(ReadOnlySpan<char> span)
        => span.IndexOfAnyInRange('\u2E80', '\u2FDF') >= 0 || span.IndexOfAnyInRange('\uF900', '\uFAFF') >= 0 || span.Contains('\uD87E');
}
