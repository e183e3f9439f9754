using System.Text;
using Compliance.Checking.Analysis;
using Compliance.Checking.Extraction;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Canonical;

/// <summary>
/// Joins back the printed lines of a paragraph that was cut at a print width (<see cref="PrintWidth"/>): a line that
/// fills the width and stops mid-sentence goes on in the next line, and a title cut over several lines becomes one.
/// What is separate stays separate: a line never joins one that is a signature, a date, a document number, a marker,
/// an issuing-organ mark, a table row or a section head, nor one that starts a paragraph (indented, or a list item or
/// heading number); a contents entry that ends with its page number, addressees ending with their colon and a title
/// ending with its kind end where they end.
/// </summary>
internal static class ParagraphJoining
{
    // Punctuation that closes a sentence, a clause list item (；) or an introduction (：): the paragraph may end there.
    private const string SentenceEnd = "。！？；：!?;:";
    private const string Closing = "”’\"'」』》）)〕】";

    public static IReadOnlyList<SourceLine> Join(IReadOnlyList<SourceLine> lines)
    {
        if (PrintWidth.Detect(lines) is not { } width) return lines;
        var margin = Margin(lines);

        // Blank lines carry nothing (a wrap may leave one between every two printed lines): only the others count.
        var printed = new List<LineInfo>(lines.Count);
        foreach (var line in lines)
        {
            if (!string.IsNullOrWhiteSpace(line.Text)) printed.Add(LineClassifier.Classify(line));
        }

        var result = new List<SourceLine>(printed.Count);
        var open = -1; // the index in result of the line the next one may continue
        LineInfo last = default; // the last printed piece of that line
        StringBuilder? joined = null;
        for (var i = 0; i < printed.Count; i++)
        {
            var info = printed[i];
            if (CentredTitleEnd(printed, i, width, margin) is { } end)
            {
                // A title centred over several printed lines (a larger face wraps sooner than the body): one line.
                var title = new StringBuilder(info.Raw.Trim());
                for (var k = i + 1; k <= end; k++)
                {
                    // Joint issuers stand one or two to a line: where a line ended on an organ's whole name, keep them apart.
                    if (OrganNames.IsOrganName(LastToken(title))) title.Append('\u3000');
                    Append(title, printed[k].Raw.Trim());
                }
                info = LineClassifier.Classify(info.Source with { Text = title.ToString() });
                i = end;
            }
            if (open >= 0 && Continues(last, continued: joined is not null, info, i + 1 < printed.Count ? printed[i + 1].Kind : null, width, margin))
            {
                joined ??= new StringBuilder(result[open].Text.TrimEnd());
                Append(joined, info.Raw.Trim());
                last = info;
                continue;
            }
            Flush();
            result.Add(info.Source);
            open = result.Count - 1;
            last = info;
        }
        Flush();
        return result;

        void Flush()
        {
            if (joined is null) return;
            result[open] = result[open] with { Text = joined.ToString() };
            joined = null;
        }
    }

    private static bool HoldsTitleWord(string compact)
        => compact.Contains("关于", StringComparison.Ordinal) || compact.Contains("印发", StringComparison.Ordinal)
           || compact.Contains("转发", StringComparison.Ordinal) || compact.Contains("批转", StringComparison.Ordinal);

    private static string LastToken(StringBuilder text)
    {
        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text.ToString(start, text.Length - start);
    }

    // A title takes at most this many printed lines, however narrow the column.
    private const int MaxTitleLines = 8;

    /// <summary>The last line of a title centred over several printed lines that starts at <paramref name="start"/>:
    /// centred lines, none but the last ending with the document's kind (文种), the last one ending with it. Null when
    /// no such title starts there.</summary>
    private static int? CentredTitleEnd(List<LineInfo> printed, int start, PrintWidth width, int margin)
    {
        // Organ lines above a title (a joint document's issuers, one or two a line) stay lines of their own: the
        // extractor confirms each against the signature.
        if (printed[start].Kind != LineKind.Short || printed[start].Compact is not { } first) return null;
        // A title starts with its issuer's name or with 关于: the line holds the word, or is the start of a name (Chinese
        // characters only) that the next line continues up to it.
        if (!HoldsTitleWord(first) && !(first.All(c => c >= '\u4E00' && c <= '\u9FFF') && start + 1 < printed.Count
                                         && printed[start + 1].Compact is { } second && HoldsTitleWord(first + second))) return null;
        int? end = null;
        var title = new StringBuilder();
        for (var k = start; k < printed.Count && k < start + MaxTitleLines; k++)
        {
            var line = printed[k];
            if (line.Kind is not (LineKind.Short or LineKind.Organ) || line.Compact is not { } compact || line.Raw.AsSpan().Trim().Contains('\t')) break;
            if (!width.IsCentred(line.Raw.AsSpan().Trim(), Indent(line.Raw) - margin)) break;
            if (k > start && end is not null && HoldsTitleWord(compact)) break; // the next title
            // A kind inside the title (…重大执法决定 / 法制审核制度实施方案的通知): the title ends at the last one. The
            // kind itself may be cut (…的通 / 知).
            title.Append(compact);
            if (k > start && DocumentKinds.EndsTitle(title.ToString())) end = k;
        }
        return end;
    }

    /// <param name="previous">The last printed line.</param>
    /// <param name="continued">That line continued the one before it: a piece of a paragraph, whatever it looks like
    /// alone (自然资 / 办函〔2019〕343 / 号文和…: the middle piece looks like a document number).</param>
    /// <param name="next">The line that may continue it.</param>
    /// <param name="afterNext">What the line after that is.</param>
    private static bool Continues(LineInfo previous, bool continued, LineInfo next, LineKind? afterNext, PrintWidth width, int margin)
    {
        var head = previous.Raw.AsSpan().Trim();
        var indent = Math.Max(0, Indent(previous.Raw) - margin);
        if (!width.IsFull(head, indent) || EndsSentence(head)) return false;
        // Cells of a row copied from a table are separated by tabs: a row is never a wrapped paragraph.
        if (head.Contains('\t') || next.Raw.AsSpan().Trim().Contains('\t')) return false;
        if (!continued && previous.Kind is not (LineKind.Body or LineKind.Short)) return false;
        // A title ends with its kind; a sentence that ends with one (…提出如下意见 / ：) goes on. A title holds no comma.
        if (previous.Compact is { } title && DocumentKinds.EndsTitle(title) && title.AsSpan().IndexOfAny("，,；;：:") < 0) return false;
        // A paragraph's next printed line starts at the margin; an indented line starts a paragraph (or is centred).
        if (next.Raw.Length == 0 || Indent(next.Raw) > margin) return false;
        // A date or a number may be a piece of a sentence cut around it; a marker or a mark never is one (a marker a
        // layout moved into a sentence). A name is a signature, or an issuer above a title, unless running text or a
        // marker follows it (…已 / 经市政府 / （此件公开发布） / 同意，…).
        if (next.Kind is LineKind.Marker or LineKind.OrganMark or LineKind.TableRow or LineKind.SectionHead) return false;
        // A whole number (…号) or date (…日) on its line is a head or a tail part; a cut sentence leaves a piece of one.
        // Inside a citation the line before opened (《山东省人民 / 政府关于贯彻国发〔2014〕43号 / 文件…》) it is a piece.
        if ((next.Kind == LineKind.Number && next.Compact!.EndsWith('号') || next.Kind == LineKind.Date && next.Compact!.EndsWith('日')) && !Unclosed(head)) return false;
        if (next.Kind == LineKind.Organ && (afterNext is not (LineKind.Marker or LineKind.Body) || !width.Reaches(head, indent))) return false;
        if (PrintFurniture.ParagraphStart().IsMatch(next.Raw.AsSpan().TrimStart().ToString())) return false;
        // A title (an organ's name followed by 关于 or 印发) starts a document: what stood before it ended there.
        // Unless the line before left a citation open (根据《山东 / 省人民政府关于…的通知》).
        return next.Compact is not { } c || DocumentExtractor.TitleIssuerPrefix(c) is not { Length: > 0 } || Unclosed(head);
    }

    /// <summary>The indent of the margin: text laid out with its page margin (pdftotext -layout) starts every line
    /// with it, and only what is indented beyond it starts a paragraph.</summary>
    private static int Margin(IReadOnlyList<SourceLine> lines)
    {
        Span<int> counts = stackalloc int[17];
        var total = 0;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0 || string.IsNullOrWhiteSpace(line.Text)) continue;
            counts[Math.Min(Indent(line.Text), counts.Length - 1)]++;
            total++;
        }
        // The smallest indent a good share of the lines have: paragraphs' first lines and centred lines are indented
        // further, a stray line less.
        for (var i = 0; i < counts.Length - 1; i++) if (counts[i] * 5 >= total) return i;
        return 0;
    }

    /// <summary>Leading white space in columns: an ideographic space is two, a tab four.</summary>
    private static int Indent(string text)
    {
        var columns = 0;
        foreach (var c in text)
        {
            if (c == ' ') columns++;
            else if (c == '\u3000') columns += 2;
            else if (c == '\t') columns += 4;
            else break;
        }
        return columns;
    }

    /// <summary>The line ends inside a book title or a quotation it opened.</summary>
    private static bool Unclosed(ReadOnlySpan<char> text) => text.LastIndexOf('《') > text.LastIndexOf('》') || text.LastIndexOf('“') > text.LastIndexOf('”');

    /// <summary>The line ends a sentence, or is a whole note in brackets: （责任单位：…）.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd(Closing);
        return end.Length == 0 || SentenceEnd.Contains(end[^1])
               || text[0] is '（' or '(' && text[^1] is '）' or ')' && text.Count('（') + text.Count('(') == text.Count('）') + text.Count(')');
    }

    private static void Append(StringBuilder joined, string tail)
    {
        // Between two Latin words a wrap replaced a space; between Chinese characters, and inside a number, nothing.
        if (joined.Length > 0 && tail.Length > 0 && char.IsAsciiLetter(joined[^1]) && char.IsAsciiLetter(tail[0])) joined.Append(' ');
        joined.Append(tail);
    }
}
