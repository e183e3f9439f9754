namespace Compliance.Checking.Canonical;

/// <summary>
/// Collapses letter-spaced lines: justified or distributed alignment comes out of a PDF as one space between every two
/// characters (<c>吕 梁 市 农 业 农 村 局</c>). Within a run of single characters separated by single spaces the spaces
/// go; wider gaps (two spaces or more, an ideographic space, a tab), which separate the organs of a joint signature
/// or the cells of a row, stay as they are.
/// </summary>
internal static class LetterSpacing
{
    // Letter-spacing is for short lines: names, signatures, headings. A sentence is never set that way.
    private const int MaxLength = 80;

    /// <summary>The line with letter-spaced runs collapsed; the same instance when it has none.</summary>
    public static string Collapse(string line)
    {
        if (line.Length is < 3 or > MaxLength || !HasSpacedPair(line)) return line;
        var span = line.AsSpan();
        Span<char> buffer = stackalloc char[span.Length];
        var n = 0;
        var changed = false;
        var i = 0;
        while (i < span.Length)
        {
            // A gap: kept as it is.
            var gapEnd = i;
            while (gapEnd < span.Length && IsSpace(span[gapEnd])) gapEnd++;
            if (gapEnd > i)
            {
                span[i..gapEnd].CopyTo(buffer[n..]);
                n += gapEnd - i;
                i = gapEnd;
                continue;
            }
            // A group: up to the next gap that is not one ASCII space between two characters.
            var end = i;
            while (end < span.Length && !(IsSpace(span[end]) && !IsSingleSpace(span, end))) end++;
            var group = span[i..end];
            if (IsLetterSpaced(group))
            {
                foreach (var c in group) if (c != ' ') buffer[n++] = c;
                changed = true;
            }
            else
            {
                group.CopyTo(buffer[n..]);
                n += group.Length;
            }
            i = end;
        }
        return changed ? new string(buffer[..n]) : line;
    }

    /// <summary>A single space with a single character on each side (X Y): a letter-spaced run holds one, if anywhere.</summary>
    private static bool HasSpacedPair(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOf(' '); at >= 0;)
        {
            if (IsSingleSpace(span, at) && (at < 2 || IsSpace(span[at - 2])) && (at + 2 >= span.Length || IsSpace(span[at + 2]))) return true;
            var next = span[(at + 1)..].IndexOf(' ');
            if (next < 0) return false;
            at += next + 1;
        }
        return false;
    }

    /// <summary>Single characters, at least two, each separated by one space, one of them CJK: 吕 梁 市, 目 录.</summary>
    private static bool IsLetterSpaced(ReadOnlySpan<char> group)
    {
        if (group.Length < 3 || group.Length % 2 == 0) return false;
        var cjk = false;
        for (var k = 0; k < group.Length; k++)
        {
            var c = group[k];
            if (k % 2 == 1)
            {
                if (c != ' ') return false;
            }
            else
            {
                if (IsSpace(c)) return false;
                cjk |= c >= '\u3400';
            }
        }
        return cjk;
    }

    private static bool IsSingleSpace(ReadOnlySpan<char> span, int at)
        => span[at] == ' ' && at > 0 && at + 1 < span.Length && !IsSpace(span[at - 1]) && !IsSpace(span[at + 1]);

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\t';
}
