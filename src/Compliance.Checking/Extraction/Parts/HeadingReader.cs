using Compliance.Checking.Analysis;
using Compliance.Checking.Text;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// Reads the numbered headings of a document's body (<see cref="Heading"/>): every line after the head that starts
/// with a <see cref="HeadingMarker"/>, with the numbering scope it belongs to. The body is scope 0; the text after the
/// date (a plan the notice issues) starts scope 1, and each printed attachment (a line 附件, 附件2, 附 件： alone) the
/// next. Not headings: table and contents rows, rows of tab-separated cells, the numbered entries of the attachment
/// note (附件：1.… / 2.…), numbers of dates and amounts. A division line (第一阶段, 第二章, 第三条) is no heading of
/// the four levels, but the numbering under it is its own: the next heading is marked <see cref="Heading.Resync"/>.
/// The running text is kept as a view of the canonical lines (nothing copied or scanned) for heading.sequence, which looks
/// into it only where a number is missing.
/// One pass over the span; a line is tested by its first characters only.
/// </summary>
internal sealed class HeadingReader : IPartReader
{
    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        var headings = new PooledBuffer<Heading>();
        var scope = 0;
        var resync = false;
        var noteNext = 0;
        var pastDate = false;
        // The entries of the attachment notes the note reader found (附件： alone, then 1、… 2、… below it) number
        // attachments, not headings, in whatever form they are numbered.
        HashSet<int>? noteEntries = null;
        foreach (var note in document.AttachmentNotes)
        {
            foreach (var entry in note.Entries) (noteEntries ??= []).Add(entry.Line);
        }
        for (var i = span.HeadEnd + 1; i <= span.End; i++)
        {
            ref readonly var line = ref span[i];
            if (noteEntries is not null && noteEntries.Contains(line.Number)) continue;
            if (!pastDate && span.Date is { } date && i > date)
            {
                // Past the date: a plan the notice issues; it numbers its headings afresh.
                pastDate = true;
                scope++;
                resync = false;
                noteNext = 0;
            }
            var text = WithoutBullet(TextNormalizer.TrimStart(line.Raw));
            // Most lines are settled by their first character: no marker, division or attachment label starts so.
            if (text.IsEmpty || !MayStartPart(text[0]))
            {
                continue;
            }
            if (text[0] == '附' && IsAttachmentLabel(line))
            {
                // Each attachment numbers its headings afresh.
                scope++;
                resync = false;
                noteNext = 0;
                continue;
            }
            if (line.Kind is LineKind.TableRow or LineKind.Contents or LineKind.Date or LineKind.Marker or LineKind.Number)
            {
                noteNext = 0;
                continue;
            }
            if (IsDivision(text))
            {
                resync = true;
                noteNext = 0;
                continue;
            }
            if (StartsAttachmentNote(text))
            {
                noteNext = 2;
                continue;
            }
            if (HeadingMarker.TryParse(text) is not { } marker)
            {
                // The note's entries may be wrapped: only another numbered line ends it.
                continue;
            }
            if (noteNext > 0 && marker is { Level: 3, Chinese: false } && marker.Ordinal == noteNext)
            {
                noteNext++;
                continue;
            }
            noteNext = 0;
            // A row of tab-separated cells (a catalogue or a form) is no heading; nor is a piece of a sentence that a
            // print width cut after 第 or before 4）: the line before it leaves a quote or bracket open, or its own
            // text closes one it never opened, or starts with punctuation.
            if (IsRowOrPiece(text, marker.Length) || i > span.HeadEnd + 1 && LeavesOpen(span[i - 1].Raw)) continue;
            headings.Add(new Heading(marker.Level, marker.Ordinal, marker.Chinese, marker.Length, marker.Form, marker.Kind,
                scope, resync, line.Number, line.Page, line.Raw));
            resync = false;
        }
        document.Headings = headings.ToArrayAndReturn();
        document.RunningText = new SourceRange(span.Source, span[span.HeadEnd].Number + 1, span[span.End].Number);
    }

    /// <summary>A line without the bullet or emphasis a list item may carry before its number (<c>- （1）…</c>,
    /// <c>**- (五)…</c>, <c>• 1.…</c>) where the mark-up step left it (an indented Markdown item, a bullet of a web page).</summary>
    internal static ReadOnlySpan<char> WithoutBullet(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            if (c is ' ' or '\u3000' or '\t' or '*' or '•' or '·' or '>') at++;
            else if (c is '-' or '+' && at + 1 < text.Length && text[at + 1] is ' ' or '\u3000' or '\t') at += 2;
            else break;
        }
        return at == 0 ? text : text[at..];
    }

    /// <summary>
    /// A row of tab-separated cells (two tabs in the line), or a piece of a sentence: the text after the marker starts
    /// with punctuation, or closes a quote or book title before it opens one.
    /// </summary>
    /// <remarks>One search for tabs and quote marks together: a heading's line is its whole paragraph, and searching it
    /// once for tabs and once for quotes cost a pass over every heading's text each (measured with perf).</remarks>
    internal static bool IsRowOrPiece(ReadOnlySpan<char> text, int markerLength)
    {
        var rest = TextNormalizer.TrimStart(text[markerLength..]);
        if (rest.IsEmpty || rest[0] is '，' or ',' or '。' or '、' or '；' or ';' or '：' or ':' or '）' or ')' or '”' or '》' or '.' or '．') return true;
        var restStart = text.Length - rest.Length;
        var tabs = 0;
        for (var at = 0; at < text.Length;)
        {
            var found = text[at..].IndexOfAny(TabsAndQuoteMarks);
            if (found < 0) return false;
            var position = at + found;
            if (text[position] == '\t')
            {
                if (++tabs == 2) return true;
            }
            else if (position >= restStart)
            {
                // The first quote mark of the text settles the piece; the tabs are then all that is left to count.
                if (text[position] is '”' or '》') return true;
                var after = text[(position + 1)..];
                var tab = after.IndexOf('\t');
                return tab >= 0 && (tabs == 1 || after[(tab + 1)..].Contains('\t'));
            }
            at = position + 1;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> TabsAndQuoteMarks = System.Buffers.SearchValues.Create("\t“”《》");

    /// <summary>A line that leaves a quote, book title or bracket open: the next line goes on with it.</summary>
    private static bool LeavesOpen(string line)
    {
        var span = TextNormalizer.TrimEnd(line);
        // A line that ends a sentence (or a heading line that ends with a word) is settled by its end: no count needed.
        // A line that ends a sentence or a clause, or closes a quote or bracket, leaves nothing open for the next one.
        if (span.IsEmpty || span[^1] is '。' or '；' or '！' or '？' or '：' or ':' or '”' or '》' or '）' or ')') return false;
        // Nothing is left open before the first opening mark: one vectorised search settles most lines.
        var first = span.IndexOfAny('“', '《', '（');
        var round = span.IndexOf('(');
        if (first < 0 || round >= 0 && round < first) first = round;
        if (first < 0) return false;
        // One pass for the three balances (a search per mark cost more, measured).
        int quotes = 0, titles = 0, brackets = 0;
        foreach (var c in span[first..])
        {
            switch (c)
            {
                case '“': quotes++; break;
                case '”': quotes--; break;
                case '《': titles++; break;
                case '》': titles--; break;
                case '（' or '(': brackets++; break;
                case '）' or ')': brackets--; break;
            }
        }
        return quotes > 0 || titles > 0 || brackets > 0;
    }

    /// <summary>The first character of a marker (（ ( 一…十 0–9), a division (第) or an attachment label or note (附).</summary>
    private static bool MayStartPart(char c)
        => c is '（' or '(' or '第' or '附' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十'
           || char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    /// <summary>The heading as evidence: its first 30 characters.</summary>
    internal static string Evidence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return (text.Length > 30 ? text[..30] : text).ToString();
    }

    /// <summary>An attachment's label alone on its line: 附件, 附件2, 附件 2, 附 件：.</summary>
    internal static bool IsAttachmentLabel(in LineInfo line)
    {
        if (line.Compact is not { } c || !c.StartsWith("附件", StringComparison.Ordinal)) return false;
        var rest = c.AsSpan(2).TrimEnd("：:");
        foreach (var ch in rest)
        {
            if (!char.IsAsciiDigit(ch) && ch is not (>= '０' and <= '９')) return false;
        }
        return true;
    }

    /// <summary>The attachment note with its numbered first entry: 附件：1.某某表 (the next entries are lines 2.… 3.…).</summary>
    private static bool StartsAttachmentNote(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("附", StringComparison.Ordinal)) return false;
        var at = 1;
        while (at < text.Length && text[at] is ' ' or '\u3000') at++;
        if (at < text.Length && text[at] == '件') at++;
        while (at < text.Length && text[at] is ' ' or '\u3000') at++;
        if (at >= text.Length || text[at] is not ('：' or ':')) return false;
        return HeadingMarker.TryParse(text[(at + 1)..]) is { Level: 3, Chinese: false, Ordinal: 1 };
    }

    /// <summary>第一阶段, 第二章, 第三节, 第四部分, 第五条…: a division numbered apart from the four levels of headings.</summary>
    internal static bool IsDivision(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '第') return false;
        var at = 1;
        while (at < text.Length && (text[at] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '〇' or '零' || char.IsAsciiDigit(text[at]))) at++;
        if (at == 1 || at >= text.Length) return false;
        return text[at] is '章' or '节' or '条' or '篇' or '部' or '阶' or '款' or '编' or '卷';
    }
}
