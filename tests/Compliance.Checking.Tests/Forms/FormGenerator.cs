using System.Globalization;
using System.Net;
using System.Text;

namespace Compliance.Checking.Tests.Forms;

/// <summary>What a line is in its document, as the checker found it in the seed: transforms treat titles, signatures
/// and dates the way a layout or an export does (titles centred, signature and date pushed right, titles as headings).</summary>
internal enum FormRole
{
    Text,
    Mark,
    Title,
    Number,
    Signature,
    Date,
    Marker,
    TableRow,
}

internal sealed record FormLine(string Text, FormRole Role);

/// <summary>One transform with the parameters it drew: applied to the lines, described for a failure message.</summary>
internal sealed record FormTransform(string Description, Func<List<FormLine>, List<FormLine>> Apply);

/// <summary>
/// Writes a bulletin in the forms clerks have it in — copied out of a typeset PDF (lines cut at a print width, titles
/// centred, signature and date pushed right, page numbers and running headers between lines), copied from a web page
/// (zero-width and no-break spaces, HTML tags and entities), exported to Markdown, letter-spaced by justified
/// alignment, indented, with any kind of line ending — by composing transforms with random parameters. Each keeps the
/// bulletin's words, so the checker must see the same documents, fields and findings. Reproducible from its seed.
/// </summary>
internal sealed class FormGenerator(int seed)
{
    private static readonly string[] Invisible = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A\u202C", "\u2066\u2069"];
    private static readonly char[] OddSpaces = ['\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u205F', '\u2007'];
    private static readonly string[] Indents = ["　　", "  ", "    ", "\t", "　"];
    private static readonly string[] LineEndings = ["\n", "\r\n", "\r"];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>A random composition: each transform kind at most once, in the order tools apply them.</summary>
    public (IReadOnlyList<FormTransform> Transforms, string LineEnding) Compose()
    {
        var transforms = new List<FormTransform>();
        if (Chance(0.6)) transforms.Add(CutAtWidth());
        if (Chance(0.35)) transforms.Add(PageFurniture());
        if (Chance(0.35)) transforms.Add(LetterSpaced());
        if (Chance(0.3)) transforms.Add(Indented(everyLine: transforms.Count > 0 && transforms[0].Description.StartsWith("cut", StringComparison.Ordinal) || Chance(0.5)));
        // A web page's paragraphs are paragraphs: HTML never carries a PDF's printed lines.
        var cut = transforms.Count > 0 && transforms[0].Description.StartsWith("cut", StringComparison.Ordinal);
        // Markdown reads four spaces of indent as code: an export never indents its lines.
        var indented = transforms.Any(t => t.Description.Contains("indented with", StringComparison.Ordinal));
        var markup = _random.Next(4);
        if (markup == 0 && !indented) transforms.Add(Markdown());
        else if (markup == 1 && !cut) transforms.Add(Html());
        if (Chance(0.35)) transforms.Add(SpacesOfOtherKinds());
        if (Chance(0.5)) transforms.Add(InvisibleCharacters());
        if (transforms.Count == 0) transforms.Add(InvisibleCharacters());
        return (transforms, LineEndings[_random.Next(LineEndings.Length)]);
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>Lines longer than the width cut into printed lines, as text copied out of a PDF keeps them: by characters
    /// (an editor's wrap) or by columns (a typeset page: a CJK character is two, an ASCII one); in a typeset layout titles
    /// are centred in a larger face (fewer characters a line), signature and date pushed right, paragraphs indented.</summary>
    private FormTransform CutAtWidth()
    {
        var width = _random.Next(16, 61);
        var columns = Chance(0.5);
        var typeset = Chance(0.5);
        var kinsoku = Chance(0.5);
        var blankBetween = Chance(0.2);
        var titleWidth = Math.Max(14, width * 3 / 4);
        return new($"cut at {width} {(columns ? "columns/2" : "characters")}{(typeset ? ", typeset (titles centred at " + titleWidth + ", signature and date right, indented paragraphs)" : "")}{(kinsoku ? ", no line starts with closing punctuation" : "")}{(blankBetween ? ", blank line after every printed line" : "")}",
            lines =>
            {
                var result = new List<FormLine>(lines.Count * 3);
                foreach (var line in lines)
                {
                    var text = line.Text.Trim();
                    if (text.Length == 0 || line.Role == FormRole.TableRow || text.Contains('\t'))
                    {
                        result.Add(line);
                        continue;
                    }
                    var isTitle = line.Role is FormRole.Title or FormRole.Mark;
                    // A typesetter stacks a joint document's issuers a name or two to a line and never breaks a name.
                    var organsOnly = isTitle && !text.Contains("关于", StringComparison.Ordinal) && text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries).All(t => t.Length <= 14 && "局厅委办室府会心部院".Contains(t[^1]));
                    var pieceWidth = typeset && isTitle ? (organsOnly ? Math.Max(titleWidth, text.Length) : titleWidth) : width;
                    var indent = typeset && line.Role == FormRole.Text ? "　　" : "";
                    var pieces = Cut(indent + text, pieceWidth, columns, kinsoku);
                    foreach (var piece in pieces)
                    {
                        var printed = piece;
                        // Spaces (one column each) that centre the piece, or push it right with four characters to spare.
                        if (typeset && isTitle) printed = new string(' ', Math.Max(1, 2 * width - Columns(piece)) / 2) + piece;
                        else if (typeset && line.Role is FormRole.Signature or FormRole.Date) printed = new string(' ', Math.Max(2, 2 * width - Columns(piece) - 8)) + piece;
                        result.Add(line with { Text = printed });
                        if (blankBetween) result.Add(new FormLine("", FormRole.Text));
                    }
                }
                return result;
            });
    }

    private static int Columns(string text) => text.Sum(Cost);

    // A CJK character or CJK punctuation takes two columns, an ASCII one.
    private static int Cost(char c) => c < 0x2E80 && c != '“' && c != '”' && c != '—' ? 1 : 2;

    private static List<string> Cut(string text, int width, bool columns, bool kinsoku)
    {
        var limit = columns ? 2 * width : width;
        var pieces = new List<string>();
        var current = new StringBuilder();
        var used = 0;
        foreach (var c in text)
        {
            var cost = columns ? Cost(c) : 1;
            if (used + cost > limit && current.Length > 0)
            {
                // Chinese line breaking: closing punctuation never starts a line; the character before it moves down.
                if (kinsoku && "，。、；：）》”！？".Contains(c) && current.Length > 1)
                {
                    var moved = current[^1];
                    current.Length--;
                    pieces.Add(current.ToString());
                    current.Clear().Append(moved);
                    used = columns ? Cost(moved) : 1;
                }
                else
                {
                    pieces.Add(current.ToString());
                    current.Clear();
                    used = 0;
                }
            }
            current.Append(c);
            used += cost;
        }
        if (current.Length > 0) pieces.Add(current.ToString());
        return pieces;
    }

    /// <summary>Page numbers (<c>— N —</c>, <c>- N -</c>, <c>第N页</c>) and a running header every so many lines, with or
    /// without form feeds.</summary>
    private FormTransform PageFurniture()
    {
        var every = _random.Next(18, 45);
        var style = _random.Next(3);
        var header = Chance(0.5);
        var formFeeds = Chance(0.4);
        return new($"page numbers every {every} lines ({style}){(header ? " with a running header" : "")}{(formFeeds ? ", form feeds" : "")}", lines =>
        {
            var result = new List<FormLine>(lines.Count + lines.Count / every * 3);
            var page = 1;
            for (var i = 0; i < lines.Count; i++)
            {
                result.Add(lines[i]);
                if ((i + 1) % every != 0 || i + 1 == lines.Count) continue;
                var number = style switch { 0 => $"— {page} —", 1 => $"- {page} -", _ => $"第{page}页" };
                result.Add(new FormLine(number, FormRole.Text));
                page++;
                if (header) result.Add(new FormLine((formFeeds ? "\f" : "") + "江州市人民政府公报", FormRole.Text));
                else if (formFeeds) result.Add(new FormLine("\f", FormRole.Text));
            }
            return result;
        });
    }

    /// <summary>Short lines of CJK characters set letter-spaced, as justified or distributed alignment comes out of a PDF:
    /// one space between characters, a wider gap between the organs of one line.</summary>
    private FormTransform LetterSpaced()
    {
        var maxLength = _random.Next(6, 21);
        var gap = Chance(0.5) ? "　　" : "   ";
        return new($"letter-spaced CJK lines of up to {maxLength} characters", lines => lines.Select(line =>
        {
            var text = line.Text.Trim();
            if (text.Length is < 2 || text.Length > maxLength || text.Any(c => c < 0x2E80 && !char.IsWhiteSpace(c))) return line;
            var tokens = text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            var lead = line.Text[..(line.Text.Length - line.Text.TrimStart().Length)]; // alignment stays
            return line with { Text = lead + string.Join(gap, tokens.Select(t => string.Join(' ', t.ToCharArray()))) };
        }).ToList());
    }

    /// <summary>Lines indented: every line (the page margin that a layout-keeping extraction leaves) or some of them (each
    /// a paragraph of its own: a printed line cut from its paragraph is never indented alone).</summary>
    private FormTransform Indented(bool everyLine)
    {
        var indent = Indents[_random.Next(Indents.Length)];
        var share = everyLine ? 100 : _random.Next(20, 101);
        var seed = _random.Next();
        return new($"{share}% of the lines indented with {Escape(indent)}", lines =>
        {
            var random = new Random(seed);
            return lines.Select(l => l.Text.Trim().Length > 0 && random.Next(100) < share ? l with { Text = indent + l.Text } : l).ToList();
        });
    }

    /// <summary>An export to Markdown: titles as headings, bold lines, escaped signs, block quotes and list markers,
    /// hard line breaks, blank lines between paragraphs.</summary>
    private FormTransform Markdown()
    {
        var level = _random.Next(1, 4);
        var seed = _random.Next();
        return new($"Markdown (titles as level-{level} headings)", lines =>
        {
            var random = new Random(seed);
            var hashes = new string('#', level) + " ";
            var result = new List<FormLine>(lines.Count * 2);
            foreach (var line in lines)
            {
                var text = line.Text;
                var trimmed = text.Trim();
                if (trimmed.Length == 0 || line.Role == FormRole.TableRow || line.Text.Contains('\f'))
                {
                    result.Add(line);
                    continue;
                }
                if (line.Role is FormRole.Title or FormRole.Mark) text = hashes + trimmed;
                else if (line.Role == FormRole.Text)
                {
                    // An exporter escapes what Markdown would read as mark-up: an ordered list's number, a leading sign.
                    if (trimmed.Length > 1 && char.IsAsciiDigit(trimmed[0]) && trimmed.IndexOf('.') is var dot and > 0 && trimmed[..dot].All(char.IsAsciiDigit))
                        text = trimmed[..dot] + "\\" + trimmed[dot..];
                    var roll = random.Next(10);
                    if (roll == 0 && trimmed.Length < 40) text = "**" + trimmed + "**";
                    else if (roll == 1) text = "> " + text.TrimStart();
                    else if (roll == 2 && trimmed[0] is '（' or '(') text = "- " + text.TrimStart();
                    else if (roll == 3) text += "  ";
                }
                else if (random.Next(4) == 0) text = "**" + trimmed + "**";
                result.Add(line with { Text = text });
                result.Add(new FormLine("", FormRole.Text));
            }
            return result;
        });
    }

    /// <summary>A web page's source: paragraphs in tags, titles as headings, entities for spaces and some characters,
    /// inline spans; sometimes several paragraphs on one physical line.</summary>
    private FormTransform Html()
    {
        var perLine = Chance(0.4) ? _random.Next(2, 5) : 1;
        var seed = _random.Next();
        return new($"HTML ({perLine} paragraph(s) a line)", lines =>
        {
            var random = new Random(seed);
            var result = new List<FormLine> { new("<html><head><meta charset=\"utf-8\"><title>公报</title></head><body>", FormRole.Text) };
            var pending = new StringBuilder();
            var inLine = 0;
            foreach (var line in lines)
            {
                var trimmed = line.Text.Trim();
                if (trimmed.Length == 0) continue;
                if (line.Role == FormRole.TableRow || line.Text.Contains('\f') || trimmed.Contains('\t'))
                {
                    // Rows and pages stay lines of their own: flush what is pending first.
                    if (pending.Length > 0) result.Add(new FormLine(pending.ToString(), FormRole.Text));
                    pending.Clear();
                    inLine = 0;
                    result.Add(line);
                    continue;
                }
                var body = Entities(trimmed, random);
                if (random.Next(5) == 0 && body.Length > 4) body = "<span style=\"font-family:仿宋_GB2312\">" + body[..2] + "</span>" + body[2..];
                var tag = line.Role is FormRole.Title or FormRole.Mark ? "h2" : "p";
                var align = line.Role is FormRole.Signature or FormRole.Date ? " style=\"text-align:right\"" : "";
                pending.Append('<').Append(tag).Append(align).Append('>').Append(body).Append("</").Append(tag).Append('>');
                if (++inLine >= perLine)
                {
                    result.Add(line with { Text = pending.ToString() });
                    pending.Clear();
                    inLine = 0;
                }
            }
            if (pending.Length > 0) result.Add(new FormLine(pending.ToString(), FormRole.Text));
            result.Add(new FormLine("</body></html>", FormRole.Text));
            return result;
        });
    }

    private static string Entities(string text, Random random)
    {
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == ' ') encoded.Append(random.Next(2) == 0 ? "&nbsp;" : " ");
            else if (c is '<' or '>' or '&' or '"') encoded.Append(WebUtility.HtmlEncode(c.ToString()));
            else if (c >= 0x4E00 && random.Next(40) == 0) encoded.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            else encoded.Append(c);
        }
        return encoded.ToString();
    }

    private FormTransform SpacesOfOtherKinds()
    {
        var seed = _random.Next();
        return new("spaces of other kinds (no-break, en, em, thin, figure)", lines =>
        {
            var random = new Random(seed);
            return lines.Select(l => l.Text.Contains(' ')
                ? l with { Text = new string(l.Text.Select(c => c == ' ' && random.Next(2) == 0 ? OddSpaces[random.Next(OddSpaces.Length)] : c).ToArray()) }
                : l).ToList();
        });
    }

    /// <summary>Format characters anywhere: at line ends (as web copy leaves them) and inside words, numbers and dates.</summary>
    private FormTransform InvisibleCharacters()
    {
        var perLine = _random.NextDouble() * 0.8 + 0.1;
        var seed = _random.Next();
        return new($"invisible characters ({perLine:0.00} a line)", lines =>
        {
            var random = new Random(seed);
            return lines.Select(l =>
            {
                if (l.Text.Length == 0) return l;
                var text = l.Text;
                if (random.NextDouble() < perLine) text += Invisible[random.Next(Invisible.Length)];
                if (random.NextDouble() < perLine)
                {
                    var at = random.Next(text.Length + 1);
                    if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at])) at--;
                    text = text.Insert(at, Invisible[random.Next(Invisible.Length)]);
                }
                return l with { Text = text };
            }).ToList();
        });
    }

    private static string Escape(string s) => s.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\u3000", "U+3000", StringComparison.Ordinal);
}
