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
        double left = 0, right = 0, reach = 0, previousEnd = 0;
        string? previousValue = null;
        var pendingSpace = false;

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
            }
            text.Append(letter.Value);
            sizes.Add(size);
            previousEnd = Math.Max(letter.EndBaseLine.X, start);
            right = Math.Max(right, previousEnd);
            reach = Math.Max(reach, right);
            previousValue = letter.Value;
            pendingSpace = false;
        }

        if (text.Length == 0) return null;
        sizes.Sort();
        return new VisualLine(text.ToString(), left, right, reach, letters[0].StartBaseLine.Y, sizes[sizes.Count / 2]);
    }

    private static double Advance(Letter letter) => letter.EndBaseLine.X - letter.StartBaseLine.X;

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.Width, 1);
}
