using System.Text;
using UglyToad.PdfPig.Content;

namespace Compliance.Checking.Reading.Pdf;

/// <summary>Groups a page's letters into printed lines by baseline, top to bottom, in reading order.</summary>
internal static class PdfLineGrouper
{
    // Letters whose baselines differ by less than this share a line (fraction of the font size).
    private const double BaselineTolerance = 0.3;

    // A gap wider than this (fraction of the font size) between two glyphs is a word space or a tab.
    // LibreOffice and Word add about 0.2 em between Chinese and Latin characters, which is not a space.
    private const double SpaceGap = 0.35;

    public static List<VisualLine> Group(IEnumerable<Letter> letters)
    {
        // Rotated text (stamps, sideways tables) has no reading order we could reconstruct reliably.
        var ordered = letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrEmpty(l.Value))
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ThenBy(l => l.StartBaseLine.X)
            .ToList();

        var groups = new List<List<Letter>>();
        List<Letter>? current = null;
        double baseline = 0, tolerance = 0;
        foreach (var letter in ordered)
        {
            if (current is null || baseline - letter.StartBaseLine.Y > tolerance)
            {
                current = [];
                groups.Add(current);
                baseline = letter.StartBaseLine.Y;
                tolerance = BaselineTolerance * Size(letter);
            }
            current.Add(letter);
        }

        var lines = new List<VisualLine>(groups.Count);
        foreach (var group in groups)
        {
            var line = Build(group);
            if (line is not null) lines.Add(line);
        }
        return lines;
    }

    private static VisualLine? Build(List<Letter> letters)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var text = new StringBuilder(letters.Count);
        var sizes = new List<double>(letters.Count);
        var ink = new List<Glyph>(letters.Count);
        double left = 0, right = 0, reach = 0, previousEnd = 0;
        string? previousValue = null;
        var pendingSpace = false;
        List<VisualLine.Cell>? cells = null;

        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                pendingSpace = text.Length > 0;
                if (pendingSpace) reach = Math.Max(reach, letter.EndBaseLine.X);
                continue;
            }

            var size = Size(letter);
            var start = letter.StartBaseLine.X;
            // Some producers print a glyph twice at the same place to fake bold: keep one.
            if (previousValue == letter.Value && Math.Abs(start - (previousEnd - Advance(letter))) < 0.1 * size) continue;

            if (text.Length == 0)
            {
                left = start;
            }
            else if (pendingSpace || start - previousEnd > SpaceGap * size)
            {
                text.Append(' ');
                // A gap wider than a space that no space glyph fills may part the cells of a table row (TableRows decides).
                if (start - Math.Max(previousEnd, reach) > SpaceGap * size)
                {
                    cells ??= [new VisualLine.Cell(0, left, 0)];
                    cells[^1] = cells[^1] with { Right = previousEnd };
                    cells.Add(new VisualLine.Cell(text.Length, start, 0));
                }
            }
            var value = CjkCompatibility.Unify(letter.Value);
            text.Append(value);
            sizes.Add(size);
            previousEnd = Math.Max(letter.EndBaseLine.X, start);
            ink.Add(new Glyph(value, start, previousEnd, pendingSpace));
            right = Math.Max(right, previousEnd);
            reach = Math.Max(reach, right);
            previousValue = letter.Value;
            pendingSpace = false;
        }

        if (text.Length == 0) return null;
        if (cells is not null) cells[^1] = cells[^1] with { Right = right };
        sizes.Sort();
        var em = sizes[sizes.Count / 2];
        return new VisualLine(text.ToString(), left, right, reach, letters[0].StartBaseLine.Y, em)
        {
            EndsWithPageReference = EndsWithPageReference(ink, em),
            EndsWithTabbedCell = EndsWithTabbedCell(ink, em),
            Cells = cells,
        };
    }

    /// <summary>
    /// A contents row: the line ends with a page number set off from the text before it by a leader (······, ……,
    /// ．．．) or by a tab, a gap wider than a character with no space glyph in it (a justified line widens its spaces,
    /// not a tab). The number is where the row ends, whether or not it reaches the right edge.
    /// </summary>
    private static bool EndsWithPageReference(List<Glyph> ink, double em)
    {
        var end = ink.Count;
        if (end > 0 && ink[end - 1].Value == "页") end--;
        var digits = end;
        while (digits > 0 && IsDigit(ink[digits - 1].Value)) digits--;
        if (end - digits is < 1 or > 4 || digits == 0) return false;

        if (IsTab(ink, digits, em)) return true;
        if (!IsLeader(ink[digits - 1].Value)) return false;
        // A leader squeezed to one dot still parts text from the number; a dot between digits is a decimal point.
        return digits == 1 || IsLeader(ink[digits - 2].Value) || !char.IsAsciiLetterOrDigit(ink[digits - 2].Value[^1]);
    }

    /// <summary>A table row set with tabs: the line ends with a short cell (页码, 备注, 12页) after a tab.</summary>
    private static bool EndsWithTabbedCell(List<Glyph> ink, double em)
    {
        for (var i = ink.Count - 1; i > 0 && i >= ink.Count - MaxTabbedCell; i--)
        {
            if (IsTab(ink, i, em)) return true;
        }
        return false;
    }

    private static bool IsTab(List<Glyph> ink, int next, double em) => !ink[next].AfterSpace && ink[next].Start - ink[next - 1].End >= TabGap * em;

    // Glyphs in the short last cell of a tabbed row.
    private const int MaxTabbedCell = 4;

    private static bool IsDigit(string value) => value.Length == 1 && char.IsAsciiDigit(value[0]);

    private static bool IsLeader(string value) => value.Length == 1 && Leaders.Contains(value[0]);

    // Leader characters of contents pages: middle dots, ellipses, full-width and ASCII full stops.
    private const string Leaders = "·•‧∙⋅…‥⋯.．";

    // A gap this wide (ems) before a trailing page number, with no space glyph in it, is a tab.
    private const double TabGap = 1.0;

    /// <param name="AfterSpace">A space glyph stands between it and the glyph before.</param>
    private readonly record struct Glyph(string Value, double Start, double End, bool AfterSpace);

    private static double Advance(Letter letter) => letter.EndBaseLine.X - letter.StartBaseLine.X;

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.Width, 1);
}
