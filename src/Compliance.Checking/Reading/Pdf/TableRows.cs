using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// Rows of tables whose cells wrap, as a word processor prints a contents table with a narrow title column: the row's
/// first printed line holds every cell's first line (序号, 文号, the title's start, the page number) and the lines
/// below hold the rest of the cells that wrapped, each piece under its own cell. Read by baseline, the title's end
/// would come after the page number, on a line of its own. Here each such piece joins its cell, so the row is one line
/// in reading order, ending with its page number. Only rows whose last cell is a page number are joined: body text
/// never moves.
/// </summary>
internal static partial class TableRows
{
    // A continuation piece starts within this distance (ems) of its cell's left edge.
    private const double CellAlignment = 0.5;

    /// <summary>The page's lines with each table row's wrapped cell lines joined to their cells; the same list when
    /// the page has no such row.</summary>
    public static IReadOnlyList<VisualLine> Join(IReadOnlyList<VisualLine> lines, TextColumn column)
    {
        List<VisualLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var row = lines[i];
            var end = i + 1;
            // A justified line stretched to the edge is body text, whatever gap stands before its last number.
            if (row.Cells is { Count: >= 2 } cells && !column.IsFull(row) && PageNumber().IsMatch(CellText(row, cells.Count - 1)))
            {
                while (end < lines.Count && Continues(row, lines[end - 1], lines[end], column)) end++;
            }
            if (end == i + 1)
            {
                result?.Add(row);
                continue;
            }
            result ??= [.. lines.Take(i)];
            result.Add(Merge(row, lines, i + 1, end));
            i = end - 1;
        }
        return result ?? lines;
    }

    /// <summary><paramref name="next"/>, the line below <paramref name="previous"/>, holds only the wrapped lines of some
    /// of <paramref name="row"/>'s cells: each of its pieces starts at a cell's left edge, the last stops before the next
    /// cell, and at least one cell has nothing (a new row fills every cell, or at least its first ones).</summary>
    private static bool Continues(VisualLine row, VisualLine previous, VisualLine next, TextColumn column)
    {
        if (!column.IsNextLine(previous, next) || !TextColumn.SameSize(row, next)) return false;
        var cells = row.Cells!;
        var pieces = next.Cells?.Count ?? 1;
        if (pieces >= cells.Count) return false;
        var cell = -1;
        for (var p = 0; p < pieces; p++)
        {
            var (left, right) = next.Cells is { } own ? (own[p].Left, own[p].Right) : (next.Left, next.Right);
            var found = CellAt(cells, left, next.EmSize);
            if (found <= cell || !Wrapped(row, found, right - left)) return false;
            cell = found;
        }
        return cell == cells.Count - 1 || next.Right <= cells[cell + 1].Left;
    }

    /// <summary>The row's cell wrapped into a piece <paramref name="width"/> wide: its line ran up to the next cell, or
    /// stopped where a short piece would not have fitted (a word, or a character and the leader it cannot be parted
    /// from); a long piece under a short cell is the next row's (a row of tab stops).
    /// A cell that ends with a leader did not wrap: the leader fills the rest of it (a tab stop's page number is not a
    /// table cell).</summary>
    private static bool Wrapped(VisualLine row, int cell, double width)
    {
        var cells = row.Cells!;
        if (cell == cells.Count - 1) return true;
        var text = CellText(row, cell);
        var room = cells[cell + 1].Left - cells[cell].Right;
        var slack = MaxCellGap * row.EmSize;
        return (room <= slack || (room < width && width <= room + slack)) && text.Length > 0 && !Leaders.Contains(text[^1]);
    }

    // A wrapped cell's line ends at most this far (ems) before the next cell: its padding, a character that could not
    // end the line, a Latin word or number that did not fit.
    private const double MaxCellGap = 4.0;

    private const string Leaders = "·•‧∙⋅…‥⋯.．";

    private static int CellAt(IReadOnlyList<VisualLine.Cell> cells, double left, double em)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (Math.Abs(cells[c].Left - left) <= CellAlignment * em) return c;
        }
        return -1;
    }

    /// <summary>The row with the pieces of lines [from, to) appended to their cells; its baseline the last line's, so
    /// that the next row follows it at the line pitch.</summary>
    private static VisualLine Merge(VisualLine row, IReadOnlyList<VisualLine> lines, int from, int to)
    {
        var cells = row.Cells!;
        var texts = new StringBuilder[cells.Count];
        for (var c = 0; c < cells.Count; c++) texts[c] = new StringBuilder(CellText(row, c));
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            var pieces = line.Cells?.Count ?? 1;
            for (var p = 0; p < pieces; p++)
            {
                var left = line.Cells is { } own ? own[p].Left : line.Left;
                var text = texts[CellAt(cells, left, line.EmSize)];
                var piece = CellText(line, p);
                // Between Latin words the wrap replaced a space; between Chinese characters nothing.
                if (text.Length > 0 && piece.Length > 0 && char.IsAsciiLetter(text[^1]) && char.IsAsciiLetter(piece[0])) text.Append(' ');
                text.Append(piece);
            }
        }
        var joined = new StringBuilder(row.Text.Length * 2);
        var starts = new List<VisualLine.Cell>(cells.Count);
        foreach (var (text, c) in texts.Select((t, c) => (t, c)))
        {
            if (c > 0) joined.Append(' ');
            starts.Add(cells[c] with { Start = joined.Length });
            joined.Append(text);
        }
        return row with { Text = joined.ToString(), Baseline = lines[to - 1].Baseline, Cells = starts, EndsWithPageReference = true };
    }

    [GeneratedRegex(@"^\d{1,4}\s*页?$")]
    private static partial Regex PageNumber();

    private static string CellText(VisualLine line, int cell)
    {
        if (line.Cells is not { } cells) return line.Text;
        var start = cells[cell].Start;
        var end = cell + 1 < cells.Count ? cells[cell + 1].Start : line.Text.Length;
        return line.Text[start..end].TrimEnd();
    }
}
