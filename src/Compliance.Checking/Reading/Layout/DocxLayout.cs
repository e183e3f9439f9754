namespace Compliance.Checking.Reading.Layout;

/// <summary>
/// How a Word document is printed, as Word resolves it: the page of its (first) section and, for each paragraph of the
/// body (numbered as <see cref="DocxBulletinReader"/> numbers its lines), the effective formatting of its runs —
/// document defaults, then the paragraph style's chain, then the character style's, then the run's own properties.
/// Text and PDF input have none.
/// </summary>
public sealed record DocxLayout(PageLayout? Page, IReadOnlyList<ParagraphLayout> Paragraphs, IReadOnlyList<PageNumberLayout> PageNumbers)
{
    /// <summary>The paragraph of a 1-based line, or null.</summary>
    public ParagraphLayout? At(int line) => line >= 1 && line <= Paragraphs.Count ? Paragraphs[line - 1] : null;
}

/// <summary>The page in millimetres, and the grid the text is set on.</summary>
/// <param name="LinePitchPt">The document grid's line pitch (points), when the section sets lines on a grid.</param>
/// <param name="CharacterPitchPt">The grid's character pitch (points), when it sets characters on a grid too.</param>
public sealed record PageLayout(double WidthMm, double HeightMm, double TopMm, double BottomMm, double LeftMm, double RightMm,
    double? LinePitchPt, double? CharacterPitchPt)
{
    public double TypeWidthMm => WidthMm - LeftMm - RightMm;

    public double TypeHeightMm => HeightMm - TopMm - BottomMm;
}

/// <summary>One paragraph: its text (as the reader reads it), whether it stands in a table, an exact line spacing, and
/// its runs' effective formatting.</summary>
public sealed record ParagraphLayout(int Line, string Text, bool InTable, double? ExactLineSpacingPt, IReadOnlyList<RunLayout> Runs)
{
    /// <summary>The formatting most of the paragraph's visible characters have (white space not counted), or null for a
    /// paragraph with no visible text.</summary>
    public RunLayout? Dominant
    {
        get
        {
            RunLayout? best = null;
            var most = 0;
            foreach (var group in Runs.Where(r => r.Visible > 0).GroupBy(r => (r.EastAsiaFont, r.AsciiFont, r.SizePt, r.Color)))
            {
                var count = group.Sum(r => r.Visible);
                if (count > most)
                {
                    most = count;
                    best = group.First();
                }
            }
            return best;
        }
    }

    /// <summary>The run holding the first visible character, or null.</summary>
    public RunLayout? First => Runs.FirstOrDefault(r => r.Visible > 0);
}

/// <summary>A run's effective formatting: fonts by script, size in points, colour (<c>auto</c> or RRGGBB), the extra
/// spacing between its characters in points, and how many visible characters it holds.</summary>
public sealed record RunLayout(string? EastAsiaFont, string? AsciiFont, double? SizePt, string? Color, double SpacingPt, int Visible)
{
    /// <summary>True when the colour is black: automatic, or dark grey at most.</summary>
    public bool IsBlack => Color is null or "auto" || Rgb(Color) is { } c && c.R < 0x40 && c.G < 0x40 && c.B < 0x40;

    /// <summary>True when the colour is red: a strong red with little green and blue.</summary>
    public bool IsRed => Color is not null && Rgb(Color) is { } c && c.R >= 0xC0 && c.G < 0x60 && c.B < 0x60;

    private static (int R, int G, int B)? Rgb(string hex)
        => hex.Length == 6 && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? (v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF)
            : null;
}

/// <summary>A page number in a footer: the footer paragraph's text with the field's result shown as <c>N</c>, and the
/// formatting of the field's digits.</summary>
public sealed record PageNumberLayout(string Text, RunLayout Digits);
