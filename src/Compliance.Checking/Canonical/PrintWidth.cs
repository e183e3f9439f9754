using Compliance.Checking.Reading;

namespace Compliance.Checking.Canonical;

/// <summary>
/// The width at which a text's lines were cut, measured from the text itself: text copied out of a typeset PDF (a
/// 公文 page holds 28 characters a line) or saved by an editor that wraps keeps its printed lines, so most of its lines
/// have one length and none is longer. Widths are measured in characters and in columns (a CJK character two, an ASCII
/// one: what a proportional layout fills), and the measure under which more lines are full wins. Text whose lines are
/// its paragraphs has no such width: its lengths are spread and many are longer than any print line.
/// </summary>
internal readonly record struct PrintWidth(bool InColumns, int Width)
{
    // A print line holds 16 to 60 characters: from a narrow column to a small face on a wide page.
    private const int MinChars = 16;
    private const int MaxChars = 60;

    // A full line may stop this many characters short of the width (a character moved down so that the next line
    // does not start with punctuation, a first line's indent) or run one over (punctuation hanging in the margin).
    private const int ShortBy = 2;
    private const int OverBy = 1;

    // Lines shorter than this are headings, names and dates: not evidence of a width either way.
    private const int MinEvidenceChars = 8;

    // A width is taken when at least this share of the evidence lines are full and at most this share are longer.
    private const double MinFullShare = 0.35;
    private const double MaxLongerShare = 0.10;
    private const int MinFullLines = 6;

    /// <summary>The width in columns (a CJK character two).</summary>
    public int Columns => InColumns ? Width : 2 * Width;

    /// <summary>True when the line (trimmed), in columns, would stand centred in the width after <paramref name="indent"/>
    /// columns of white space: its margins on either side differ by a character at most, and it does not fill the line.</summary>
    public bool IsCentred(ReadOnlySpan<char> trimmed, int indent)
    {
        var used = Measure(trimmed, inColumns: true);
        var right = Columns - indent - used;
        return indent >= 2 && right >= 0 && Math.Abs(right - indent) <= 3;
    }

    /// <summary>True when the line (trimmed) fills the width.</summary>
    /// <param name="trimmed">The line without its leading and trailing white space.</param>
    /// <param name="indent">Columns of indent beyond the margin (a paragraph's first line): they fill the line too.</param>
    public bool IsFull(ReadOnlySpan<char> trimmed, int indent = 0) => Measure(trimmed, InColumns) + (InColumns ? indent : indent / 2) >= Width - Scale(ShortBy, InColumns);

    /// <summary>True when the line (trimmed) reaches the width itself: stronger evidence of a cut than <see cref="IsFull"/>.
    /// A longer line is not one printed line (page-break joining made it) and proves nothing.</summary>
    public bool Reaches(ReadOnlySpan<char> trimmed, int indent = 0)
        => Measure(trimmed, InColumns) + (InColumns ? indent : indent / 2) is var used && used >= Width && used <= Width + Scale(OverBy, InColumns);

    /// <summary>The print width of the lines, or null when they were not cut at one.</summary>
    public static PrintWidth? Detect(IReadOnlyList<SourceLine> lines)
    {
        // Histograms of the evidence lines' lengths, in characters and in columns.
        var chars = new int[MaxChars + OverBy + 2];
        var columns = new int[2 * (MaxChars + OverBy) + 2];
        var evidence = 0;
        // Lines longer in characters than the widest line in columns: longer than any width in either measure.
        var tooLong = 0;
        foreach (var line in lines)
        {
            var text = line.Text.AsSpan().Trim();
            if (text.Length < MinEvidenceChars || text[0] == '|' || text[^1] == '|' || text.Contains('\t')) continue;
            evidence++;
            chars[Math.Min(text.Length, chars.Length - 1)]++;
            if (text.Length >= columns.Length - 1) tooLong++;
        }
        // Text whose lines are its paragraphs (the usual case) stops here, without measuring columns.
        if (evidence < MinFullLines || tooLong > MaxLongerShare * evidence) return null;
        foreach (var line in lines)
        {
            var text = line.Text.AsSpan().Trim();
            if (text.Length < MinEvidenceChars || text[0] == '|' || text[^1] == '|' || text.Contains('\t')) continue;
            columns[Math.Min(Measure(text, inColumns: true), columns.Length - 1)]++;
        }
        var best = Best(chars, inColumns: false, evidence);
        var inColumns = Best(columns, inColumns: true, evidence);
        if (inColumns is { } c && (best is not { } b || c.Full > b.Full)) best = inColumns;
        return best is { } w ? new PrintWidth(w.InColumns, w.Width) : null;
    }

    private static (bool InColumns, int Width, int Full)? Best(int[] histogram, bool inColumns, int evidence)
    {
        (bool, int, int Full)? best = null;
        var shortBy = Scale(ShortBy, inColumns);
        var overBy = Scale(OverBy, inColumns);
        // The open last bucket holds every longer line.
        for (var width = Scale(MinChars, inColumns); width <= Scale(MaxChars, inColumns); width++)
        {
            var full = 0;
            for (var v = width - shortBy; v <= width + overBy; v++) full += histogram[v];
            var longer = 0;
            for (var v = width + overBy + 1; v < histogram.Length; v++) longer += histogram[v];
            if (full >= MinFullLines && full >= MinFullShare * evidence && longer <= MaxLongerShare * evidence && (best is null || full > best.Value.Full))
            {
                best = (inColumns, width, full);
            }
        }
        if (best is not { } found) return null;
        // The window that holds the most full lines starts below the width: the width is its most common length.
        var peak = found.Item2;
        for (var v = found.Item2 - shortBy; v <= found.Item2 + overBy; v++) if (histogram[v] >= histogram[peak]) peak = v;
        return (inColumns, peak, found.Full);
    }

    private static int Scale(int chars, bool inColumns) => inColumns ? 2 * chars : chars;

    internal static int Measure(ReadOnlySpan<char> text, bool inColumns)
    {
        if (!inColumns) return text.Length;
        var columns = 0;
        foreach (var c in text) columns += char.IsLowSurrogate(c) ? 0 : IsWide(c) ? 2 : 1;
        return columns;
    }

    // East Asian wide and full-width characters: CJK, kana, hangul, CJK punctuation, full-width forms.
    private static bool IsWide(char c) => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
        || char.IsHighSurrogate(c) || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·';
}
