namespace Compliance.Checking.Fixing;

/// <summary>
/// Finds a finding's evidence — canonical text — in the text as the file holds it. The canonical stage folds
/// full-width letters and digits, drops invisible characters, collapses spaces and joins lines cut at a print width,
/// so the evidence is matched loosely: characters are compared folded, and white space, line breaks and format
/// characters of the file that the evidence does not hold are stepped over. The result maps each evidence character
/// to the file position it was read from, so that an edit touches only the characters it changes.
/// </summary>
internal static class EvidenceLocator
{
    /// <summary>How many line breaks an evidence may run over: a paragraph joined from a few print lines.</summary>
    public const int MaxLineBreaks = 8;

    /// <summary>The position in <paramref name="text"/> of each character of <paramref name="evidence"/> (−1 for an
    /// evidence space the file does not hold), for the first match starting in [<paramref name="from"/>,
    /// <paramref name="to"/>); null when the evidence is not there.</summary>
    public static int[]? Locate(string text, int from, int to, string evidence)
    {
        if (evidence.Length == 0) return null;
        var first = 0;
        while (first < evidence.Length && IsSpace(evidence[first])) first++;
        if (first == evidence.Length) return null;
        var head = Fold(evidence[first]);
        for (var start = from; start < to; start++)
        {
            if (Fold(text[start]) != head) continue;
            if (Match(text, start, evidence, first) is { } map) return map;
        }
        return null;
    }

    /// <summary>The file (or paragraph) positions [Start, End) an edit of the evidence replaces, given the evidence's
    /// <paramref name="map"/>: from the first to the last character it removes that the file holds, or — for an
    /// insertion, or a removal of spaces only the evidence has — the point just after the character before it.</summary>
    public static (int Start, int End) Span(int[] map, EvidenceEdit edit)
    {
        int start = -1, end = -1;
        for (var k = edit.Start; k < edit.End; k++)
        {
            if (map[k] < 0) continue;
            if (start < 0) start = map[k];
            end = map[k] + 1;
        }
        if (start >= 0) return (start, end);
        for (var i = edit.Start - 1; i >= 0; i--)
        {
            if (map[i] >= 0) return (map[i] + 1, map[i] + 1);
        }
        foreach (var p in map)
        {
            if (p >= 0) return (p, p);
        }
        return (0, 0);
    }

    private static int[]? Match(string text, int start, string evidence, int first)
    {
        var map = new int[evidence.Length];
        for (var k = 0; k < first; k++) map[k] = -1;
        var breaks = 0;
        var j = start;
        for (var i = first; i < evidence.Length;)
        {
            var e = evidence[i];
            if (j < text.Length && Same(text[j], e))
            {
                map[i++] = j++;
                continue;
            }
            if (j < text.Length && IsSkippable(text[j]))
            {
                if (text[j] == '\n' && ++breaks > MaxLineBreaks) return null;
                j++;
                continue;
            }
            if (IsSpace(e))
            {
                map[i++] = -1;
                continue;
            }
            return null;
        }
        return map;
    }

    private static bool Same(char t, char e) => Fold(t) == Fold(e) || (IsSpace(t) && IsSpace(e));

    /// <summary>What the file may hold between two characters of the evidence: white space, line breaks, format
    /// characters (zero-width space, soft hyphen, BOM…).</summary>
    private static bool IsSkippable(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Full-width letters and digits as ASCII, as the canonical stage reads them.</summary>
    private static char Fold(char c) => c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' ? (char)(c - 0xFEE0) : c;
}
