namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// One printed line of a PDF page: the letters sharing a baseline, left to right. Coordinates are PDF points
/// (origin bottom left), so a larger <see cref="Baseline"/> is higher on the page.
/// </summary>
/// <param name="Text">The line's text; a space where the PDF has a space glyph or a gap wider than a space.</param>
/// <param name="Left">Start of the first glyph.</param>
/// <param name="Right">End of the last glyph.</param>
/// <param name="Reach">End of the last glyph including trailing spaces (a line broken at a run of spaces reaches
/// further than its ink).</param>
/// <param name="Baseline">Vertical position of the baseline.</param>
/// <param name="EmSize">Typical font size of the line's letters.</param>
internal sealed record VisualLine(string Text, double Left, double Right, double Reach, double Baseline, double EmSize)
{
    /// <summary>The line ends with a page number after a leader or a tab: a contents row, which ends its paragraph.</summary>
    public bool EndsWithPageReference { get; init; }

    /// <summary>The line ends with a short cell after a tab (a table row's 页码 or 备注): the row ends there.</summary>
    public bool EndsWithTabbedCell { get; init; }

    /// <summary>The pieces of the line that gaps wider than a space with no space glyph in them part: a table row's
    /// cells, a tab stop's text; null for a line in one piece.</summary>
    public IReadOnlyList<Cell>? Cells { get; init; }

    /// <param name="Start">Index in <see cref="Text"/> where the cell's text starts.</param>
    /// <param name="Left">Start of the cell's first glyph.</param>
    /// <param name="Right">End of the cell's last glyph.</param>
    public readonly record struct Cell(int Start, double Left, double Right);

    /// <summary>The line's last glyph is followed by a space glyph: a wrap after it replaced a space.</summary>
    public bool EndsWithSpace => Reach > Right;
}
