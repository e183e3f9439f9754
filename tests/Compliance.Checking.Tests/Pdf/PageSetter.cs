using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Compliance.Checking.Tests.Pdf;

/// <summary>
/// A small typesetter for reader tests: lays text out on pages as PDF letters the way a word processor prints a
/// gazette (wrapping, first-line indent, justification, centred titles, contents rows with leaders), so that a
/// test can vary the layout (page, size, pitch, alignment) without a PDF file. Chinese characters and full-width
/// punctuation are one em wide, Latin letters and digits half an em, a space a quarter.
/// </summary>
internal sealed class PageSetter
{
    /// <param name="Left">Left margin (pt).</param>
    /// <param name="TextWidth">Width of the text column (pt).</param>
    /// <param name="Em">Body font size (pt).</param>
    /// <param name="Pitch">Baseline distance of body lines (pt).</param>
    /// <param name="Justify">Body lines are stretched to the right edge; else left-aligned (ragged).</param>
    public sealed record Page(string Name, double Height, double Top, double Bottom, double Left, double TextWidth, double Em, double Pitch, bool Justify)
    {
        public override string ToString() => Name;
    }

    /// <summary>GB/T 9704: A4, 28 characters of 16 pt per line, 22 lines at 28.95 pt, justified.</summary>
    public static readonly Page Official = new("GB/T 9704 A4", 841.9, 104.9, 99.2, 79.4, 442.2, 16, 28.95, Justify: true);

    /// <summary>A dense 16K gazette page: 10.5 pt at single spacing, justified.</summary>
    public static readonly Page Gazette = new("16K gazette", 737, 56.7, 51, 56.7, 413.9, 10.5, 15.2, Justify: true);

    /// <summary>A word-processor default: A4, 12 pt, left-aligned, so wrapped lines end ragged.</summary>
    public static readonly Page Ragged = new("A4 ragged", 841.9, 72, 72, 72, 451.3, 12, 18, Justify: false);

    /// <summary>The pages by name, for theories: official, gazette, ragged.</summary>
    public static TheoryData<string> PageNames => new() { "official", "gazette", "ragged" };

    public static Page Named(string name) => name switch
    {
        "official" => Official,
        "gazette" => Gazette,
        "ragged" => Ragged,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such page"),
    };

    private static readonly FontDetails Font = new("Test-CJK", false, 400, false);

    private readonly Page _page;
    private readonly List<List<Letter>> _pages = [[]];
    private double _baseline;

    public PageSetter(Page page)
    {
        _page = page;
        _baseline = page.Height - page.Top - page.Em;
    }

    public IReadOnlyList<IReadOnlyList<Letter>> Pages => _pages;

    public double Right => _page.Left + _page.TextWidth;

    /// <summary>Reads the pages as the PDF reader does (lines, paragraphs, print furniture).</summary>
    public List<string> Read(bool removeFurniture = true) =>
        Reading.PdfBulletinReader.FromLetters(_pages, removeFurniture).Lines.Select(l => l.Text).Where(t => t.Length > 0).ToList();

    /// <summary>A body paragraph: first line indented, wrapped at the column, justified or ragged as the page is.</summary>
    public PageSetter Paragraph(string text, double indentEms = 2)
    {
        var indent = indentEms * _page.Em;
        var lines = Wrap(text, _page.TextWidth - indent, _page.TextWidth, _page.Em);
        for (var i = 0; i < lines.Count; i++)
        {
            var x = _page.Left + (i == 0 ? indent : 0);
            var last = i == lines.Count - 1;
            Line(lines[i], x, _page.Em, stretchTo: _page.Justify && !last ? Right : null);
        }
        return this;
    }

    /// <summary>A centred paragraph (a title) in <paramref name="size"/>, wrapped at the column, each line centred.</summary>
    public PageSetter Centred(string text, double size)
    {
        foreach (var line in Wrap(text, _page.TextWidth, _page.TextWidth, size))
        {
            Line(line, _page.Left + (_page.TextWidth - Width(line, size)) / 2, size);
        }
        return this;
    }

    /// <summary>A right-aligned line (signature, date) <paramref name="indentEms"/> in from the right edge.</summary>
    public PageSetter RightAligned(string text, double indentEms = 4)
    {
        Line(text, Right - indentEms * _page.Em - Width(text, _page.Em), _page.Em);
        return this;
    }

    /// <summary>
    /// A contents row: the title from the left edge, wrapped if long, then the leader (or a plain tab gap) up to the
    /// page number set flush right. When the last title line leaves no room for the number, the number goes to a
    /// line of its own, as a right tab stop does.
    /// </summary>
    public PageSetter ContentsRow(string title, string page, string? leader = "·")
    {
        var em = _page.Em;
        var numberWidth = Width(page, em);
        var lines = Wrap(title, _page.TextWidth, _page.TextWidth, em);
        for (var i = 0; i < lines.Count - 1; i++) Line(lines[i], _page.Left, em);
        var lastLine = lines[^1];
        var end = _page.Left + Width(lastLine, em);
        if (end + em + numberWidth > Right)
        {
            Line(lastLine, _page.Left, em);
            Place([(Right - numberWidth, page)], em);
            return this;
        }
        var glyphs = new List<(double X, string Text)> { (_page.Left, lastLine) };
        if (leader is not null)
        {
            var step = Width(leader, em);
            var x = end + 0.25 * em;
            var dots = "";
            while (x + (dots.Length + 1) * step <= Right - numberWidth - 0.25 * em) dots += leader;
            glyphs.Add((x, dots));
        }
        glyphs.Add((Right - numberWidth, page));
        Place(glyphs, em);
        return this;
    }

    /// <summary>
    /// A contents row as a browser prints one with a flexible leader: the title (with any leader characters it
    /// carries) wraps in the room the leader's minimum and the page number leave, and the page number is set flush
    /// right on the title's last line; the leader itself is a dotted rule, drawing, no text.
    /// </summary>
    public PageSetter FlexContentsRow(string title, string page, double leaderEms = 2)
    {
        var em = _page.Em;
        var numberWidth = Width(page, em);
        var lines = Wrap(title, _page.TextWidth - leaderEms * em - numberWidth, _page.TextWidth - leaderEms * em - numberWidth, em);
        for (var i = 0; i < lines.Count - 1; i++) Line(lines[i], _page.Left, em);
        Place([(_page.Left, lines[^1]), (Right - numberWidth, page)], em);
        return this;
    }

    /// <summary>
    /// A row of a ruled table: each cell's text wraps inside its column (widths in ems, a quarter em of padding on
    /// each side) and the cells are top-aligned, so the row's first printed line holds every cell's first line and the
    /// lines below hold the rest of the cells that wrapped, each under its own cell.
    /// </summary>
    public PageSetter TableRow(IReadOnlyList<(double WidthEms, string Text)> cells)
    {
        var em = _page.Em;
        var padding = 0.25 * em;
        var x = _page.Left;
        var columns = new List<(double X, List<string> Lines)>();
        foreach (var (widthEms, text) in cells)
        {
            columns.Add((x + padding, Wrap(text, widthEms * em - 2 * padding, widthEms * em - 2 * padding, em)));
            x += widthEms * em;
        }
        for (var line = 0; line < columns.Max(c => c.Lines.Count); line++)
        {
            Place(columns.Where(c => line < c.Lines.Count).Select(c => (c.X, c.Lines[line])), em);
        }
        return this;
    }

    /// <summary>A row of cells parted by tabs: each cell starts at its own x (pt from the left edge); the last is set
    /// flush right when <paramref name="lastFlushRight"/>.</summary>
    public PageSetter TabbedRow(IReadOnlyList<(double X, string Text)> cells, bool lastFlushRight)
    {
        var em = _page.Em;
        var placed = cells.Select((c, i) => (X: i == cells.Count - 1 && lastFlushRight ? Right - Width(c.Text, em) : _page.Left + c.X, c.Text)).ToList();
        Place(placed, em);
        return this;
    }

    /// <summary>One printed line as given, at <paramref name="x"/>; with <paramref name="stretchTo"/>, justified to it.</summary>
    public PageSetter Line(string text, double x, double size, double? stretchTo = null, bool trailingSpace = false)
    {
        BreakPageIfFull(size);
        var natural = Width(text, size);
        var gaps = Math.Max(1, text.Length - 1);
        var extra = stretchTo is { } target && text.Length > 1 ? Math.Max(0, (target - x - natural) / gaps) : 0;
        var letters = _pages[^1];
        foreach (var c in text)
        {
            var width = Advance(c, size);
            letters.Add(MakeLetter(c.ToString(), x, width, size));
            x += width + extra;
        }
        if (trailingSpace) letters.Add(MakeLetter(" ", x, Advance(' ', size), size));
        _baseline -= _page.Pitch * Math.Max(1, size / _page.Em);
        return this;
    }

    public PageSetter Blank()
    {
        _baseline -= _page.Pitch;
        return this;
    }

    /// <summary>Ends the page with its number centred in the bottom margin (<c>— N —</c>) and starts the next.</summary>
    public PageSetter NewPage() => NewPage($"— {_pages.Count} —");

    /// <summary>Ends the page with <paramref name="footer"/> centred in the bottom margin and starts the next.</summary>
    public PageSetter NewPage(string? footer)
    {
        if (footer is not null)
        {
            var size = 0.9 * _page.Em;
            var x = _page.Left + (_page.TextWidth - Width(footer, size)) / 2;
            var baseline = _page.Bottom / 2;
            foreach (var c in footer)
            {
                _pages[^1].Add(MakeLetter(c.ToString(), x, Advance(c, size), size, baseline));
                x += Advance(c, size);
            }
        }
        _pages.Add([]);
        _baseline = _page.Height - _page.Top - _page.Em;
        return this;
    }

    /// <summary>Moves down the page until one more line in <paramref name="size"/> fits and a second would not, so
    /// that a paragraph set next is cut by the page break after its first line.</summary>
    public PageSetter ToPageEnd(double size)
    {
        var step = _page.Pitch * Math.Max(1, size / _page.Em);
        while (_baseline - step - 0.12 * size >= _page.Bottom) _baseline -= _page.Pitch;
        return this;
    }

    public double Width(string text, double size) => text.Sum(c => Advance(c, size));

    private void BreakPageIfFull(double size)
    {
        if (_baseline - 0.12 * size < _page.Bottom) NewPage();
    }

    private void Place(IEnumerable<(double X, string Text)> runs, double size)
    {
        BreakPageIfFull(size);
        foreach (var (start, text) in runs)
        {
            var x = start;
            foreach (var c in text)
            {
                _pages[^1].Add(MakeLetter(c.ToString(), x, Advance(c, size), size));
                x += Advance(c, size);
            }
        }
        _baseline -= _page.Pitch * Math.Max(1, size / _page.Em);
    }

    /// <summary>Breaks text into lines of at most the widths given; Chinese text breaks between any two characters.</summary>
    private List<string> Wrap(string text, double firstWidth, double width, double size)
    {
        var lines = new List<string>();
        var current = "";
        var available = firstWidth;
        foreach (var c in text)
        {
            if (Width(current + c, size) > available + 0.01)
            {
                lines.Add(current);
                current = "";
                available = width;
            }
            current += c;
        }
        lines.Add(current);
        return lines;
    }

    private static double Advance(char c, double size) => c switch
    {
        ' ' => 0.25 * size,
        '·' or '.' => 0.3 * size,
        _ when char.IsAscii(c) => 0.5 * size,
        _ => size,
    };

    private Letter MakeLetter(string value, double x, double width, double size, double? baseline = null)
    {
        var y = baseline ?? _baseline;
        var box = new PdfRectangle(x, y - 0.12 * size, x + width, y + 0.88 * size);
        return new Letter(value, box, box, new PdfPoint(x, y), new PdfPoint(x + width, y), width, size, Font,
            TextRenderingMode.Fill, RGBColor.Black, RGBColor.Black, size, 0);
    }
}
