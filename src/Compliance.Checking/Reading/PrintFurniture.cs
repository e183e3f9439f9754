using System.Text.RegularExpressions;

namespace Compliance.Checking.Reading;

/// <summary>
/// Removes print furniture that belongs to no document: running headers and footers, page numbers, and joins
/// lines a page break cut. Shared by every format (text extracted from PDFs carries the same furniture).
/// </summary>
/// <remarks>
/// Pages come from the lines' <see cref="SourceLine.Page"/> or from form feeds in text. With pages, the first
/// and last lines of each page are furniture when they have a page number's shape or repeat on many pages.
/// Without pages only unmistakable page numbers (<c>— 12 —</c>, <c>第12页</c>) are removed, with the lines
/// next to them that repeat at most of them: repetition alone proves nothing, since every document repeats
/// its issuer as signature and in the colophon. Lines that look like document structure (organ names, marks
/// ending in 文件, document numbers, dates, titles) are never taken for a running header.
/// </remarks>
public static partial class PrintFurniture
{
    // A running header or footer repeats on at least this share of the pages (and on two pages at least).
    private const double RepeatedShare = 0.3;

    // Header plus page number: at most this many furniture lines at each edge of a page.
    private const int EdgeDepth = 2;

    public static SourceText Remove(SourceText text) => Remove(text, hints: null);

    /// <param name="text">The lines as read.</param>
    /// <param name="hints">Layout facts from the PDF reader; page breaks are joined only on this evidence for PDF
    /// input, and on the words (<see cref="LooksCut"/>) for other input.</param>
    internal static SourceText Remove(SourceText text, PageBreakHints? hints)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines;
        var pageOf = PagesOf(lines);

        bool[] furniture;
        bool[] breakBefore;
        if (pageOf is not null)
        {
            furniture = FindPagedFurniture(lines, pageOf);
            breakBefore = new bool[lines.Count];
            for (var i = 1; i < lines.Count; i++) breakBefore[i] = pageOf[i] != pageOf[i - 1];
        }
        else
        {
            (furniture, breakBefore) = FindUnpagedFurniture(lines);
        }

        if (!furniture.Contains(true) && !breakBefore.Contains(true) && !text.Lines.Any(l => l.Text.Contains('\f')))
        {
            return text;
        }

        Func<SourceLine, SourceLine, bool> continues = hints is not null
            ? hints.Continues
            : text.Format == "pdf"
                ? (_, _) => false // the PDF reader joined what the layout showed; words alone are weaker evidence
                : (previous, next) => LooksCut(previous.Text, next.Text);
        var endsWithSpace = hints?.EndsWithSpace ?? (_ => false);
        return text.WithLines(Assemble(lines, furniture, breakBefore, continues, endsWithSpace));
    }

    /// <summary>Drops furniture and joins a line cut by a page break to the line it continues (keeping the first number).</summary>
    private static List<SourceLine> Assemble(
        IReadOnlyList<SourceLine> lines, bool[] furniture, bool[] breakBefore, Func<SourceLine, SourceLine, bool> continues, Func<SourceLine, bool> endsWithSpace)
    {
        var result = new List<SourceLine>(lines.Count);
        var blanks = new List<SourceLine>();
        var lastContent = -1; // index in result
        SourceLine lastPiece = default; // the last line appended to result[lastContent], whose end decides a join
        var pageBreak = false;

        for (var i = 0; i < lines.Count; i++)
        {
            pageBreak |= breakBefore[i];
            if (furniture[i]) continue;

            var line = lines[i];
            if (line.Text.Contains('\f')) line = line with { Text = line.Text.Replace("\f", string.Empty, StringComparison.Ordinal) };
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                blanks.Add(line);
                continue;
            }

            if (pageBreak && lastContent >= 0 && continues(lastPiece, line))
            {
                var joined = result[lastContent];
                result[lastContent] = joined with { Text = JoinCut(joined.Text, line.Text, endsWithSpace(lastPiece)) };
                // Blank lines between the two pieces were the page's bottom margin and the next page's top one.
                blanks.Clear();
            }
            else
            {
                result.AddRange(blanks);
                blanks.Clear();
                result.Add(line);
                lastContent = result.Count - 1;
            }
            lastPiece = line;
            pageBreak = false;
        }
        result.AddRange(blanks);
        return result;
    }

    /// <param name="spaceAtBreak">The layout shows a space glyph where the first piece ends.</param>
    private static string JoinCut(string first, string second, bool spaceAtBreak)
    {
        var head = first.TrimEnd();
        var tail = second.TrimStart();
        // Between Latin words the break replaced a space. Chinese layout also breaks inside a number (20|19), so
        // between two digits only a space printed at the break (or left in extracted text) marks a gap.
        var space = head.Length > 0 && tail.Length > 0 && char.IsAsciiLetterOrDigit(head[^1]) && char.IsAsciiLetterOrDigit(tail[0])
            && (spaceAtBreak || head.Length < first.Length || !(char.IsAsciiDigit(head[^1]) && char.IsAsciiDigit(tail[0])));
        return space ? head + " " + tail : head + tail;
    }

    /// <summary>Page index of each line: from <see cref="SourceLine.Page"/>, else from form feeds; null when the text has no pages.</summary>
    private static int[]? PagesOf(IReadOnlyList<SourceLine> lines)
    {
        var pageOf = new int[lines.Count];
        if (lines.Any(l => l.Page is not null))
        {
            var page = 0;
            for (var i = 0; i < lines.Count; i++) pageOf[i] = page = lines[i].Page ?? page;
            return pageOf;
        }
        if (lines.Any(l => l.Text.Contains('\f')))
        {
            // pdftotext and similar tools start every page after the first with a form feed.
            var page = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Text.Contains('\f')) page++;
                pageOf[i] = page;
            }
            return pageOf;
        }
        return null;
    }

    private static bool[] FindPagedFurniture(IReadOnlyList<SourceLine> lines, int[] pageOf)
    {
        var furniture = new bool[lines.Count];
        var pages = Enumerable.Range(0, lines.Count)
            .Where(i => !string.IsNullOrWhiteSpace(Clean(lines[i].Text)))
            .GroupBy(i => pageOf[i])
            .Select(g => g.ToList())
            .ToList();
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * RepeatedShare));
        var bareNumberPages = pages.Count(p => IsBarePageNumber(Clean(lines[p[0]].Text)) || IsBarePageNumber(Clean(lines[p[^1]].Text)));

        foreach (var fromTop in new[] { true, false })
        {
            // Peel from the edge inwards: a line is a candidate only when every line between it and the edge is furniture.
            var peeling = pages.Select(p => (Lines: p, Depth: 0)).ToList();
            for (var depth = 0; depth < EdgeDepth && peeling.Count > 0; depth++)
            {
                var candidates = peeling
                    .Where(p => p.Lines.Count > depth)
                    .Select(p => p.Lines[fromTop ? depth : p.Lines.Count - 1 - depth])
                    .ToList();
                var repeats = candidates
                    .GroupBy(i => RepetitionKey(lines[i].Text))
                    .ToDictionary(g => g.Key, g => g.Select(i => pageOf[i]).Distinct().Count());

                var next = new List<(List<int> Lines, int Depth)>();
                foreach (var page in peeling.Where(p => p.Lines.Count > depth))
                {
                    var i = page.Lines[fromTop ? depth : page.Lines.Count - 1 - depth];
                    var line = Clean(lines[i].Text);
                    var isFurniture = IsPageNumber(line)
                        || (IsBarePageNumber(line) && bareNumberPages >= 2)
                        || (repeats[RepetitionKey(lines[i].Text)] >= threshold && CanBeRunningHeader(line));
                    if (!isFurniture) continue;
                    furniture[i] = true;
                    next.Add(page);
                }
                peeling = next;
            }
        }
        return furniture;
    }

    /// <summary>Text without page information: only unmistakable page numbers, and the repeated lines beside them.</summary>
    private static (bool[] Furniture, bool[] BreakBefore) FindUnpagedFurniture(IReadOnlyList<SourceLine> lines)
    {
        var furniture = new bool[lines.Count];
        var breakBefore = new bool[lines.Count];
        var numbers = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsPageNumber(Clean(lines[i].Text))) numbers.Add(i);
        }
        if (numbers.Count == 0) return (furniture, breakBefore);
        foreach (var i in numbers) furniture[i] = true;

        // The nearest non-blank line on each side of a page number may be a running header or footer.
        var neighbours = numbers
            .SelectMany(n => new[] { Neighbour(lines, n, -1), Neighbour(lines, n, +1) }.Where(i => i >= 0).Select(i => (Number: n, Line: i)))
            .Where(x => !furniture[x.Line])
            .ToList();
        var threshold = Math.Max(3, (int)Math.Ceiling(numbers.Count * RepeatedShare));
        foreach (var group in neighbours.GroupBy(x => RepetitionKey(lines[x.Line].Text)))
        {
            var sample = Clean(lines[group.First().Line].Text);
            if (group.Select(x => x.Number).Distinct().Count() < threshold || !CanBeRunningHeader(sample)) continue;
            foreach (var x in group) furniture[x.Line] = true;
        }

        // Each run of furniture stands where a page ended: the line after it may continue the line before it.
        for (var i = 1; i < lines.Count; i++)
        {
            if (furniture[i - 1] && !furniture[i]) breakBefore[i] = true;
        }
        return (furniture, breakBefore);
    }

    private static int Neighbour(IReadOnlyList<SourceLine> lines, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < lines.Count; i += step)
        {
            if (!string.IsNullOrWhiteSpace(lines[i].Text)) return i;
        }
        return -1;
    }

    /// <summary>Without layout: the line before a page break stops mid-sentence and the one after does not start a new paragraph.</summary>
    internal static bool LooksCut(string previous, string next)
    {
        var head = Clean(previous).TrimEnd();
        var tail = Clean(next);
        if (head.Length < 10 || tail.Length == 0 || char.IsWhiteSpace(tail[0])) return false; // short line or indented paragraph
        if (SentenceEnd.Contains(head[^1]) || head[^1] == '|' || head.Contains('\t')) return false; // a table's row ends where it ends
        tail = tail.Trim();
        // A title (…的指导意见) starts a document: the line before it ended whatever it was.
        var compactTail = Regex.Replace(tail, @"\s+", string.Empty);
        return !LooksLikeDocumentStructure(head) && !LooksLikeDocumentStructure(tail) && !ParagraphStart().IsMatch(tail)
               && !Extraction.DocumentKinds.EndsTitle(compactTail) && Analysis.PublicationMarker.TryParse(compactTail) is null;
    }

    /// <summary>A running header or footer is a short label: not a sentence, not part of a document's structure.</summary>
    private static bool CanBeRunningHeader(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxHeaderLength && !"。；！？，,".Contains(text[^1]) && !LooksLikeDocumentStructure(text);
    }

    private const int MaxHeaderLength = 40;

    private const string SentenceEnd = "。！？；：…）)」』”’》〕】.!?;:";

    // A page number is a short line with a digit: most lines are rejected before the pattern runs.
    internal static bool IsPageNumber(string line) => line.Length <= MaxPageNumberLength && line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && PageNumber().IsMatch(line);

    private const int MaxPageNumberLength = 40;

    private static bool IsBarePageNumber(string line) => BarePageNumber().IsMatch(line);

    /// <summary>Lines a document is made of, which may repeat at page tops without being a running header.</summary>
    internal static bool LooksLikeDocumentStructure(string line) =>
        DocumentStructure().IsMatch(Regex.Replace(line, @"\s+", string.Empty));

    private static string RepetitionKey(string line) => Digits().Replace(Regex.Replace(Clean(line), @"\s+", string.Empty), "#");

    private static string Clean(string line) => line.Replace("\f", string.Empty, StringComparison.Ordinal);

    // — 12 —, - 12 -, －12－, ～12～, 第12页, 第 12 页 共 40 页, 12/40, Page 12
    [GeneratedRegex(@"^\s*(?:[—–\-－―~～]{1,2}\s*\d{1,4}\s*[—–\-－―~～]{1,2}|第\s*\d{1,4}\s*页(?:\s*[，,、]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*\d{1,4}\s*$")]
    private static partial Regex BarePageNumber();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    // Issuing-organ mark, organ names (signature, colophon), document numbers, dates, titles, addressees.
    [GeneratedRegex(@"文件$|(?:政府|办公室|办公厅|委员会|常委会|局|厅|委|部|院|署|办|中心|公司|党组|支队|大队)$|[〔\[［【(（]\s*\d{2,4}\s*[〕\]］】)）]\s*\d+\s*号|(?:\d{2,4}|[〇○零一二三四五六七八九]{2,4})年.{1,3}月.{1,3}日|^关于|的(?:通知|意见|决定|办法|方案|规定|通报|批复|报告|请示|函|公告|通告|规划|细则)$|：$")]
    private static partial Regex DocumentStructure();

    // 一、 （一） (1) 1． 1. 1、 第一条 第二章 附件 抄送： 各…：
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[．.、]|第[一二三四五六七八九十百\d]+[条章节部分]|附件|附：|抄送|各)")]
    internal static partial Regex ParagraphStart();
}
