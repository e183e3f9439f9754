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
    /// <summary>The folded line; the same instance when nothing changes (the usual case).</summary>
    public static string Fold(string line)
    {
        var span = line.AsSpan();
        var at = 0;
        // One pass that skips, with two comparisons, what nearly every character of a bulletin is: ASCII, and CJK
        // punctuation and ideographs (U+3000–U+9FFF). A set of scattered code points would be searched far slower.
        for (; at < span.Length; at++)
        {
            var c = span[at];
            if (c < '\u00A0' || c is >= '\u3000' and <= '\u9FFF') continue;
            if (Changes(c)) break;
        }
        if (at == span.Length) return line;
        if (!HasLookAlike(span[at..])) return FoldFrom(line, at);
        var unified = CjkCompatibility.Unify(line); // look-alikes may be surrogate pairs: positions move
        return FoldFrom(unified, 0);
    }

    /// <summary>A format character (Cf), a space other than U+0020 and U+3000, a full-width letter or digit, or a
    /// look-alike of an ideograph. Listed by range: a Unicode category lookup per character would cost more than the
    /// whole step.</summary>
    internal static bool Changes(char c) => c switch
    {
        < '\u00A0' => false,
        '\u00A0' or '\u00AD' or '\u061C' or '\u1680' or '\u180E' => true,
        >= '\u2000' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202F' => true,
        >= '\u205F' and <= '\u206F' => c != '\u2065',
        >= '\u2E80' and <= '\u2FDF' => true,
        '\uD87E' => true,
        >= '\uF900' and <= '\uFAFF' => true,
        '\uFEFF' => true,
        >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' => true,
        >= '\uFFF9' and <= '\uFFFB' => true,
        _ => false,
    };

    private static string FoldFrom(string line, int first)
    {
        var text = new StringBuilder(line.Length);
        text.Append(line, 0, first);
        for (var i = first; i < line.Length; i++)
        {
            var c = line[i];
            if (!Changes(c) || c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF') or '\uD87E')
            {
                text.Append(c); // look-alikes were unified before; a surrogate stays
                continue;
            }
            if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ') text.Append((char)(c - 0xFEE0));
            else if (c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F') text.Append(' ');
            // else: a format character, dropped
        }
        return text.ToString();
    }

    // Kangxi radicals and the radicals supplement (U+2E80–U+2FDF), compatibility ideographs (U+F900–U+FAFF; the
    // supplement beyond the BMP starts with a high surrogate U+D87E).
    private static bool HasLookAlike(ReadOnlySpan<char> span)
        => span.IndexOfAnyInRange('\u2E80', '\u2FDF') >= 0 || span.IndexOfAnyInRange('\uF900', '\uFAFF') >= 0 || span.Contains('\uD87E');
}
