using System.Text.RegularExpressions;

namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// The text column of a PDF, measured from its printed lines: where lines start and end and how far apart
/// they are. Tells a line that wraps on into the next one from a paragraph that ends.
/// </summary>
internal sealed partial class TextColumn
{
    // A full line may stop short of the column's right edge by this much (ems): left-aligned Chinese text
    // moves a character to the next line rather than start it with punctuation
    // (and a word with its dotted leader and page number, as in a table of contents) to the next line.
    // Centred lines are never stretched, so a centred title's wrapped line may stop as short as that.
    private const double FullLineSlack = 2.5;

    // Justified text stretches every wrapped line to the edge: in a justified document a line that stops a character
    // or two short ended its paragraph (it is not taken for a wrap, as it would be in left-aligned text).
    private const double MinWrapSlack = 0.5;

    // A line ending this close to the edge (ems) ends at it; this share of the lines near the edge doing so makes a
    // justified document (the others are paragraphs' last lines that happen to end near the edge).
    private const double AtEdge = 0.25;
    private const double JustifiedShare = 0.75;

    // A contents row's title may stop this far (ems) short of the right edge when its last character cannot be
    // parted from the leader after it and the whole cluster wraps to the next line.
    // A browser's contents row keeps the room for a leader of two ems and a page number (12页) at the end of each of
    // its title's lines, and Chinese line breaking may stop the line a character before that.
    private const double ContentsRowSlack = 6.0;

    // A line that starts within this distance (ems) of the left edge is flush; further right it is indented.
    private const double FlushSlack = 0.5;

    // A wrapped paragraph's first line is indented (two characters in GB/T 9704 body text, more with leading spaces)
    // and still full; centred and right-aligned lines start further right.
    private const double FirstLineIndent = 4.0;

    // A centred line's margins to the column's edges differ by at most this much (ems).
    private const double CentringSlack = 1.0;

    // Lines of one paragraph are set in one size; a median size that differs by more than this share is another paragraph.
    private const double SizeTolerance = 0.1;

    private TextColumn(double left, double? right, double pitch, double em, double wrapSlack)
    {
        Left = left;
        Right = right;
        Pitch = pitch;
        Em = em;
        WrapSlack = wrapSlack;
    }

    /// <summary>Left edge of the text column.</summary>
    public double Left { get; }

    /// <summary>Right edge where wrapped lines end; null when no line seems to wrap.</summary>
    public double? Right { get; }

    /// <summary>Usual distance between the baselines of two lines of a paragraph.</summary>
    public double Pitch { get; }

    /// <summary>Usual font size of the column's lines (the body text's).</summary>
    public double Em { get; }

    /// <summary>How far short of the right edge (ems) a wrapped line of this document may stop.</summary>
    public double WrapSlack { get; }

    public static TextColumn Measure(IReadOnlyList<IReadOnlyList<VisualLine>> pages)
    {
        var lines = pages.SelectMany(p => p).ToList();
        if (lines.Count == 0) return new TextColumn(0, null, 0, 0, FullLineSlack);

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

        // Justified text ends (nearly) every wrapped line exactly at the edge; left-aligned text ends many short of it.
        // Lines within the slack of the edge are mostly wrapped lines: when nearly all of them end at the edge, the
        // document is justified, and a line that stops short of it ended its paragraph.
        var wrapSlack = FullLineSlack;
        if (right is { } edge)
        {
            var nearEdge = lines.Select(l => (edge - l.Reach) / l.EmSize).Where(d => d <= FullLineSlack).ToList();
            var atEdge = nearEdge.Count(d => d <= AtEdge);
            if (nearEdge.Count > 0 && atEdge >= JustifiedShare * nearEdge.Count) wrapSlack = MinWrapSlack;
        }

        return new TextColumn(left, right, pitch, em, wrapSlack);
    }

    /// <summary>The line spans the column: it starts at the left edge (or a first-line indent) and reaches the right
    /// edge as closely as this document's wrapped lines do.</summary>
    public bool IsFull(VisualLine line) => Reaches(line, WrapSlack);

    private bool Reaches(VisualLine line, double slack) =>
        Right is { } right
        && line.Reach >= right - slack * line.EmSize
        && line.Left <= Left + FirstLineIndent * line.EmSize;

    /// <summary>The line starts at the column's left edge (not indented, not centred).</summary>
    public bool IsFlush(VisualLine line) => line.Left <= Left + FlushSlack * line.EmSize;

    /// <summary>
    /// On one page: <paramref name="next"/> continues the paragraph that <paramref name="first"/> started and
    /// <paramref name="previous"/> has reached so far (see <see cref="ContinuesOverBreak"/>), at the paragraph's line pitch.
    /// </summary>
    /// <param name="rowGoesOn">The lines from <paramref name="previous"/> on are one contents row wrapped before the
    /// page number that ends it (see <see cref="RowEndsBelow"/>).</param>
    public bool Continues(VisualLine first, VisualLine previous, VisualLine next, bool rowGoesOn = false) =>
        IsNextLine(previous, next)
        && (ContinuesOverBreak(first, previous, next) || (rowGoesOn && SameSize(previous, next) && IsFlush(next)));

    /// <summary><paramref name="next"/> is the line below <paramref name="previous"/> at its size's line pitch.</summary>
    public bool IsNextLine(VisualLine previous, VisualLine next) => previous.Baseline - next.Baseline <= 1.3 * PitchOf(next);

    /// <summary>
    /// Line <paramref name="index"/> of a page starts a contents row, or goes on with one, whose title wraps over it
    /// and the next lines and which ends, on one of them, with its page number: a row's title stops short of the
    /// right edge by the leader and the page number that end the row's last line (or by the column they are set in),
    /// so its lines neither fill the line nor end the row. Each line is flush and set at the line pitch, each but the
    /// last reaches within <see cref="ContentsRowSlack"/> of the edge, and the last ends with a page reference.
    /// </summary>
    public bool RowEndsBelow(IReadOnlyList<VisualLine> lines, int index)
    {
        var line = lines[index];
        if (line.EndsWithPageReference || line.EndsWithTabbedCell || !IsFlush(line) || !Reaches(line, ContentsRowSlack)) return false;
        for (var j = index + 1; j < lines.Count && j <= index + MaxRowLines; j++)
        {
            var next = lines[j];
            // A row cut by the page break goes on at the top of the next page (which joins it to its page number):
            // below it there is only the footer, or nothing.
            if (!IsNextLine(lines[j - 1], next)) return j > index + 1 && j == lines.Count - 1;
            if (!SameSize(line, next) || !IsFlush(next)) return false;
            if (next.EndsWithPageReference || IsLeaderReference(next)) return true;
            if (next.EndsWithTabbedCell) return false;
            // The title's last line stops anywhere when its last characters and the leader after them, which cannot be
            // parted, went to the next line with the page number.
            if (!Reaches(next, ContentsRowSlack)) return j + 1 < lines.Count && IsNextLine(next, lines[j + 1]) && IsLeaderReference(lines[j + 1]);
            if (j == lines.Count - 1) return true;
        }
        return false;
    }

    /// <summary>A leader and a page number: the end of the contents row above.</summary>
    private static bool IsLeaderReference(VisualLine line) => line.Text.Length > 0 && Leaders.Contains(line.Text[0]) && LeaderReference().IsMatch(line.Text);

    private const string Leaders = "·•‧∙⋅…‥⋯.．";

    // The most printed lines of one contents row.
    private const int MaxRowLines = 4;

    /// <summary>
    /// <paramref name="next"/>, printed below <paramref name="previous"/> or at the top of the next page, continues
    /// the paragraph that <paramref name="first"/> started. The two lines are set in one size; the previous one ran
    /// to the right edge, and the next one starts where such a paragraph's lines start: at the left edge; centred,
    /// when the paragraph is centred (a title over two or three lines); at the right edge, when it is only the page
    /// number of a contents row whose title (nearly) filled the line. A contents or table row that ends with its
    /// page number or a short cell after a tab ends its paragraph however far it reaches.
    /// </summary>
    public bool ContinuesOverBreak(VisualLine first, VisualLine previous, VisualLine next)
    {
        if (!SameSize(previous, next)) return false;
        if (previous.EndsWithPageReference)
        {
            // Chinese line breaking (LibreOffice's among others) may break inside a number or before 页, the row's
            // page number too.
            return IsFull(previous) && IsFlush(next) && DigitsOnly().IsMatch(next.Text);
        }
        if (previous.EndsWithTabbedCell) return false;
        // A leader that found no room after a contents row's title starts the next line, the page number after it.
        if (IsLeaderReference(next)) return true;
        if (IsFull(previous) && IsFlush(next)) return true;
        // A page number alone at the right edge is the end of the contents row above, whose leader found no room.
        if (IsPageReferenceOnly(next) && Reaches(previous, ContentsRowSlack)) return true;
        // A centred paragraph's first line, when it wraps, spans the column with narrow equal margins (an indented
        // first line is body text); the line after it is centred.
        if (Reaches(previous, FullLineSlack) && IsCentred(first) && first.Left - Left <= CentringSlack * first.EmSize && IsCentred(next)) return true;
        // A contents row's title stops short when the rest of it cannot be broken from its leader (通知······ 89).
        return next.EndsWithPageReference && IsFlush(next) && Reaches(previous, ContentsRowSlack);
    }

    /// <summary>More space between the two lines than between lines of a paragraph: a blank line in the source.</summary>
    public bool IsBlankBetween(VisualLine previous, VisualLine next) => previous.Baseline - next.Baseline > 1.6 * Pitch;

    /// <summary>Equal margins on both sides (a full line that is not indented has none on either).</summary>
    private bool IsCentred(VisualLine line) =>
        Right is { } right && Math.Abs((line.Left - Left) - (right - line.Right)) <= CentringSlack * line.EmSize;

    /// <summary>A page number alone (after its leader, if any) ending at the right edge.</summary>
    private bool IsPageReferenceOnly(VisualLine line) =>
        Right is { } right && line.Right >= right - CentringSlack * line.EmSize && PageReference().IsMatch(line.Text);

    internal static bool SameSize(VisualLine a, VisualLine b) => Math.Abs(a.EmSize - b.EmSize) <= SizeTolerance * Math.Max(a.EmSize, b.EmSize);

    /// <summary>The line pitch of text in the line's size: larger type (a title) has proportionally more leading.</summary>
    private double PitchOf(VisualLine line) => Em > 0 ? Pitch * Math.Max(1, line.EmSize / Em) : Pitch;

    [GeneratedRegex(@"^[·•‧∙⋅…‥⋯.．\s]*\d{1,4}\s*页?$")]
    private static partial Regex PageReference();

    [GeneratedRegex(@"^[·•‧∙⋅…‥⋯.．]{2,}\s*\d{1,4}\s*页?$")]
    private static partial Regex LeaderReference();

    [GeneratedRegex(@"^(?:\d{1,3}\s*页?|页)$")]
    private static partial Regex DigitsOnly();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
