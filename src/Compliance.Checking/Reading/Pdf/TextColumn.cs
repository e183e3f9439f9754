namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// The text column of a PDF, measured from its printed lines: where lines start and end and how far apart
/// they are. Tells a line that wraps on into the next one from a paragraph that ends.
/// </summary>
internal sealed class TextColumn
{
    // A full line may stop short of the column's right edge by this much (ems): left-aligned Chinese text
    // moves a character to the next line rather than start it with punctuation
    // (and a word with its dotted leader and page number, as in a table of contents) to the next line.
    private const double FullLineSlack = 2.5;

    // A line that starts within this distance (ems) of the left edge is flush; further right it is indented.
    private const double FlushSlack = 0.5;

    // A wrapped paragraph's first line is indented (two characters in GB/T 9704 body text, more with leading spaces)
    // and still full; centred and right-aligned lines start further right.
    private const double FirstLineIndent = 4.0;

    private TextColumn(double left, double? right, double pitch)
    {
        Left = left;
        Right = right;
        Pitch = pitch;
    }

    /// <summary>Left edge of the text column.</summary>
    public double Left { get; }

    /// <summary>Right edge where wrapped lines end; null when no line seems to wrap.</summary>
    public double? Right { get; }

    /// <summary>Usual distance between the baselines of two lines of a paragraph.</summary>
    public double Pitch { get; }

    public static TextColumn Measure(IReadOnlyList<IReadOnlyList<VisualLine>> pages)
    {
        var lines = pages.SelectMany(p => p).ToList();
        if (lines.Count == 0) return new TextColumn(0, null, 0);

        var em = Median(lines.Select(l => l.EmSize));

        // Lines that wrap start at the column's left edge; a few stray lines (margin notes) may start further left.
        var lefts = lines.Select(l => l.Left).Order().ToList();
        var left = lefts[(int)(lefts.Count * 0.02)];

        // Wrapped lines all end near the right edge, so the most common end position marks it, if it is common.
        // (Punctuation hanging into the margin ends further right; the common position is the edge.)
        var bucket = em / 2;
        var commonEnd = lines
            .GroupBy(l => Math.Round(l.Right / bucket))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First();
        double? right = null;
        if (commonEnd.Count() >= Math.Max(3, lines.Count / 20))
        {
            right = commonEnd.Max(l => l.Right);
        }

        // Baseline distance of consecutive lines: the smallest distance that occurs often is the line pitch
        // (larger ones are paragraph spacing and blank lines).
        var distances = pages
            .SelectMany(p => p.Zip(p.Skip(1), (a, b) => a.Baseline - b.Baseline))
            .Where(d => d > 0)
            .ToList();
        double pitch = em * 1.5;
        if (distances.Count > 0)
        {
            var step = em / 10;
            var frequent = distances
                .GroupBy(d => Math.Round(d / step))
                .Where(g => g.Count() >= Math.Max(2, distances.Count / 10))
                .OrderBy(g => g.Key)
                .FirstOrDefault();
            pitch = frequent is null ? Median(distances) : Median(frequent);
        }

        return new TextColumn(left, right, pitch);
    }

    /// <summary>The line spans the column: it starts at the left edge (or a first-line indent) and reaches the right edge.</summary>
    public bool IsFull(VisualLine line) =>
        Right is { } right
        && line.Reach >= right - FullLineSlack * line.EmSize
        && line.Left <= Left + FirstLineIndent * line.EmSize;

    /// <summary>The line starts at the column's left edge (not indented, not centred).</summary>
    public bool IsFlush(VisualLine line) => line.Left <= Left + FlushSlack * line.EmSize;

    /// <summary>On one page: <paramref name="next"/> continues the paragraph of <paramref name="previous"/>.</summary>
    public bool Continues(VisualLine previous, VisualLine next) =>
        IsFull(previous) && IsFlush(next) && previous.Baseline - next.Baseline <= 1.3 * Pitch;

    /// <summary>More space between the two lines than between lines of a paragraph: a blank line in the source.</summary>
    public bool IsBlankBetween(VisualLine previous, VisualLine next) => previous.Baseline - next.Baseline > 1.6 * Pitch;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
