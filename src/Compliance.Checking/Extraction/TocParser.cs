using System.Text;
using Compliance.Checking.Analysis;
using Compliance.Checking.Text;

namespace Compliance.Checking.Extraction;

/// <summary>
/// Reads the contents page (目录) in the front matter before the first document, in the layouts gazettes use:
/// <list type="bullet">
/// <item>catalogue rows with tabs (<c>序号 ⇥ 文号 ⇥ 题目 ⇥ 备注</c>) or pipes (<c>| 1 | 洛政办〔2019〕35号 | 关于… | 12 |</c>),
/// with or without a header row;</item>
/// <item>title, leaders (<c>……</c> <c>···</c> <c>．．．</c>) and page number;</item>
/// <item>page number before the title, or after it without leaders;</item>
/// <item>titles wrapped over several lines (or table rows) with the page number on the last;</item>
/// <item>section heads (【部门文件】, 市政府办公室文件) between entries, and a contents page split into parts by an
/// editorial block or a cover in another language.</item>
/// </list>
/// Layouts that only a contents page makes meaningful (a page number after a plain title, wrapped titles) are read
/// once the page has started: after its heading (目录, 目 录, …文件目录), a table's header or separator, or an entry
/// with leaders.
/// </summary>
internal static class TocParser
{
    private const string Leaders = "·.．…。⋯‥-—_•・";
    private const int MaxTitleLength = 200;

    public static IReadOnlyList<TocEntry> Parse(ReadOnlySpan<LineInfo> lines)
    {
        var reader = new Reader();
        foreach (var line in lines)
        {
            if (!line.IsBlank) reader.Add(line);
        }
        reader.Close();
        return reader.Entries;
    }

    private sealed class Reader
    {
        private readonly StringBuilder _pending = new();
        private LineInfo _pendingLine;
        private string? _pendingNumber;
        private bool _pendingHasPage; // the page number is printed already (before the title, or in a table row)
        private bool _pendingIsEntry; // a numbered catalogue row: an entry even if no page follows
        private bool _started;
        private bool _lastOpen; // the last entry came from a table row: a cell wrapped below it may continue its title

        public List<TocEntry> Entries { get; } = [];

        public void Add(LineInfo line)
        {
            var raw = line.Raw;
            var compact = line.Compact ?? TextNormalizer.Compact(raw);
            if (compact.Length == 0) return;
            if (IsHeading(compact))
            {
                Close();
                _started = true;
                return;
            }
            if (line.Kind == LineKind.TableRow)
            {
                AddTableRow(line);
                return;
            }
            var tokens = TextNormalizer.Tokens(raw);
            if (tokens.Length >= 2 && tokens.All(IsHeaderCell))
            {
                Close();
                _started = true; // 序号 文号 题目 备注
                return;
            }
            if (CatalogueRow(tokens) is { } row)
            {
                Close();
                _started = true;
                Emit(row.Title, row.Number, line, open: false);
                return;
            }
            if (line.Kind == LineKind.SectionHead)
            {
                Close();
                return;
            }
            if (TitleBeforeLeaders(compact) is { } led)
            {
                _started = true;
                CompleteWith(StripSerial(led), line, open: false);
                return;
            }
            if (!_started) return;
            if (PageFirst(raw) is { } pageFirst)
            {
                Close();
                Start(pageFirst, line, hasPage: true, isEntry: true, number: null);
                return;
            }
            if (PlainPageAfter(raw) is { } plain)
            {
                CompleteWith(StripSerial(plain), line, open: false);
                return;
            }
            if (IsBarePage(compact))
            {
                // A page number on a line of its own under a complete title.
                if (_pending.Length > 0 && DocumentKinds.EndsTitle(_pending.ToString())) _pendingIsEntry = true;
                Close();
                return;
            }
            if (!IsTitlePiece(compact))
            {
                Close();
                return;
            }
            AddPiece(compact, line);
        }

        /// <summary>Ends what is pending: an entry whose page number came first, or a numbered row, is complete; a title
        /// that never got its page number is dropped.</summary>
        public void Close()
        {
            if (_pending.Length > 0 && (_pendingHasPage || _pendingIsEntry)) Emit(_pending.ToString(), _pendingNumber, _pendingLine, open: false);
            Reset();
            _lastOpen = false;
        }

        private void AddTableRow(LineInfo line)
        {
            var cells = line.Raw.Trim().Trim('|').Split('|').Select(TextNormalizer.Compact).ToArray();
            _started = true;
            if (cells.All(c => c.Trim(':', '-', '—', '：').Length == 0) || cells.Where(c => c.Length > 0).All(IsHeaderCell))
            {
                Close(); // a table's separator or header row
                return;
            }
            var number = cells.Select(DocNumber.TryParse).FirstOrDefault(n => n is not null);
            var last = Array.FindLastIndex(cells, c => c.Length > 0);
            var page = last > 0 && IsPage(cells[last]) ? last : -1;
            var serial = cells.Length > 2 && IsSerial(cells[0]) && page != 0 ? 0 : -1;
            var title = -1;
            for (var i = 0; i < cells.Length; i++)
            {
                if (i == page || i == serial || cells[i].Length == 0 || DocNumber.TryParse(cells[i]) is not null) continue;
                if (title < 0 || cells[i].Length > cells[title].Length) title = i;
            }
            var text = title >= 0 ? cells[title] : "";
            if (LineClassifier.IsSectionHead(text))
            {
                Close();
                return;
            }
            if (serial >= 0 || number is not null)
            {
                // A row of a numbered catalogue starts an entry; the rows below without a number continue it.
                Close();
                if (text.Length > 0) Start(text, line, hasPage: page >= 0, isEntry: true, number?.Text);
                return;
            }
            if (_pendingIsEntry)
            {
                Append(text);
                _pendingHasPage |= page >= 0;
                return;
            }
            if (text.Length == 0)
            {
                if (page >= 0 && _pending.Length > 0) Emit(_pending.ToString(), _pendingNumber, _pendingLine, open: true);
                if (page >= 0) Reset();
                return;
            }
            if (page >= 0)
            {
                CompleteWith(text, line, open: true);
                return;
            }
            if (_pending.Length == 0 && _lastOpen && !LooksLikeTitleStart(text))
            {
                AppendToLast(text); // a title cell wrapped below the row with its page number
                return;
            }
            AddPiece(text, line);
        }

        private void AddPiece(string piece, LineInfo line)
        {
            if (_pending.Length == 0 || !_pendingHasPage && DocumentKinds.EndsTitle(_pending.ToString()))
            {
                Reset();
                if (LooksLikeTitleStart(piece)) Start(piece, line, hasPage: false, isEntry: false, number: null);
                return;
            }
            Append(piece);
        }

        private void Start(string piece, LineInfo line, bool hasPage, bool isEntry, string? number)
        {
            Reset();
            _pending.Append(piece);
            _pendingLine = line;
            _pendingHasPage = hasPage;
            _pendingIsEntry = isEntry;
            _pendingNumber = number;
        }

        private void Append(string piece)
        {
            if (_pending.Length + piece.Length <= MaxTitleLength) _pending.Append(piece);
        }

        /// <summary>A title with its page number after it: the end of the pending title, or a whole one.</summary>
        private void CompleteWith(string title, LineInfo line, bool open)
        {
            if (DocNumber.TryParse(title) is { } number)
            {
                // The document number on a line of its own under the title, with the leaders and page number.
                if (_pending.Length > 0 && !_pendingHasPage) Emit(_pending.ToString(), number.Text, _pendingLine, open);
                Reset();
                return;
            }
            if (_pendingHasPage || _pendingIsEntry) Close();
            var first = _pending.Length > 0 ? _pendingLine : line;
            Append(title);
            Emit(_pending.ToString(), _pendingNumber, first, open);
            Reset();
        }

        private void Emit(string title, string? number, LineInfo line, bool open)
        {
            if (number is null && NumberInBrackets(title) is { } bracketed) (title, number) = bracketed;
            if (title.Length > 2) Entries.Add(new TocEntry(title, number, line.Number, line.Page));
            _lastOpen = open;
        }

        private void AppendToLast(string text)
        {
            var last = Entries[^1];
            if (last.Title.Length + text.Length <= MaxTitleLength) Entries[^1] = last with { Title = last.Title + text };
        }

        private void Reset()
        {
            _pending.Clear();
            _pendingNumber = null;
            _pendingHasPage = false;
            _pendingIsEntry = false;
        }
    }

    /// <summary>"关于…的通知（洛政办〔2019〕35号）": the title and the number printed in brackets after it.</summary>
    private static (string Title, string Number)? NumberInBrackets(string title)
    {
        if (title.Length < 8 || title[^1] is not ('）' or ')')) return null;
        var open = title.LastIndexOfAny(['（', '(']);
        if (open <= 0 || DocNumber.TryParse(title[(open + 1)..^1]) is not { } number) return null;
        return (title[..open], number.Text);
    }

    private static readonly string[] HeaderWords = ["序号", "文号", "发文字号", "标题", "题目", "文件名称", "名称", "页码", "页次", "页", "备注", "发文机关", "成文日期", "日期"];

    private static bool IsHeaderCell(string cell) => HeaderWords.Contains(TextNormalizer.Compact(cell), StringComparer.Ordinal);

    /// <summary>目录, 目 录, 目　　录, 2019年3季度…文件目录, 发文目录, CONTENTS.</summary>
    private static bool IsHeading(string compact)
        => compact.Length <= 40 && (compact.EndsWith("目录", StringComparison.Ordinal) || compact.Equals("目次", StringComparison.Ordinal)
            || compact.Equals("CONTENTS", StringComparison.OrdinalIgnoreCase))
           && !compact.Contains("关于", StringComparison.Ordinal) && !compact.Contains('的');

    /// <summary>
    /// A catalogue row: serial, document number, title and page (or remarks) separated by tabs or spaces, as
    /// <c>1 ⇥ 洛政办〔2019〕35号 ⇥ 关于… ⇥ 12页</c>. PDF extraction may put spaces inside the number as well.
    /// </summary>
    private static (string Title, string Number)? CatalogueRow(string[] tokens)
    {
        if (tokens.Length < 2) return null;
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var n = 1; n <= 3 && i + n <= tokens.Length; n++)
            {
                if (DocNumber.TryParse(string.Concat(tokens.AsSpan(i, n))) is not { } number) continue;
                var after = tokens.AsSpan(i + n);
                if (after.Length > 0 && IsPage(after[^1])) after = after[..^1];
                var before = tokens.AsSpan(0, i);
                if (before.Length > 0 && IsSerial(before[0])) before = before[1..];
                var title = after.Length > 0 ? string.Concat(after) : string.Concat(before);
                return title.Length > 2 && IsTitlePiece(title) ? (title, number.Text) : null;
            }
        }
        return null;
    }

    private static bool IsPage(string cell)
    {
        var c = cell.AsSpan();
        if (c.StartsWith("第")) c = c[1..];
        if (c.EndsWith("页")) c = c[..^1];
        return c.Length is > 0 and <= 4 && AllDigits(c);
    }

    private static bool IsSerial(string cell) => cell.Length is > 0 and <= 4 && AllDigits(cell.TrimEnd('.', '．', '、'));

    private static bool IsBarePage(string compact) => compact.Length <= 4 && AllDigits(compact);

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var c in text) if (!char.IsAsciiDigit(c) && c is < '０' or > '９') return false;
        return true;
    }

    /// <summary>"关于…的通知·····	12" → "关于…的通知"</summary>
    private static string? TitleBeforeLeaders(string compact)
    {
        var end = compact.Length;
        if (end > 0 && compact[end - 1] == '页') end--;
        var digitsEnd = end;
        while (end > 0 && char.IsAsciiDigit(compact[end - 1])) end--;
        if (end == digitsEnd) return null;
        var leadersEnd = end;
        while (end > 0 && Leaders.Contains(compact[end - 1])) end--;
        // Three leader dots at least; an ellipsis character (…) prints three.
        var dots = 0;
        for (var i = end; i < leadersEnd; i++) dots += compact[i] is '…' or '⋯' ? 3 : 1;
        if (dots < 3 || end == 0) return null;
        return compact[..end];
    }

    /// <summary>"12　关于…的通知": the page number, white space, then a title.</summary>
    private static string? PageFirst(string raw)
    {
        var text = raw.TrimStart();
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i is 0 or > 4 || i == text.Length || !char.IsWhiteSpace(text[i])) return null;
        var title = TextNormalizer.Compact(text[i..]);
        return IsTitlePiece(title) && LooksLikeTitleStart(title) ? title : null;
    }

    /// <summary>"关于…的通知 12": a title, white space, then the page number.</summary>
    private static string? PlainPageAfter(string raw)
    {
        var text = raw.TrimEnd();
        var i = text.Length;
        while (i > 0 && char.IsAsciiDigit(text[i - 1])) i--;
        if (i == text.Length || text.Length - i > 4 || i == 0 || !char.IsWhiteSpace(text[i - 1])) return null;
        var title = TextNormalizer.Compact(text[..i]);
        return IsTitlePiece(title) ? title : null;
    }

    /// <summary>Drops a serial number printed before a title: "1．", "2、", "(3)".</summary>
    private static string StripSerial(string title)
    {
        var i = 0;
        while (i < title.Length && char.IsAsciiDigit(title[i])) i++;
        if (i is > 0 and <= 3 && i < title.Length && title[i] is '.' or '．' or '、') return title[(i + 1)..];
        return title;
    }

    /// <summary>Text that can be (part of) a title: Chinese (with digits and brackets), not a sentence, not a labelled
    /// field of an editorial block, not a line in another language.</summary>
    private static bool IsTitlePiece(string compact)
    {
        if (compact.Length is 0 or > 120) return false;
        if (compact.IndexOfAny(['：', ':', '。', '；', '@']) >= 0) return false;
        var cjk = 0;
        var latin = 0;
        foreach (var c in compact)
        {
            if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return cjk > 0 && latin * 2 < compact.Length;
    }

    private static bool LooksLikeTitleStart(string compact)
        => compact.Contains("关于", StringComparison.Ordinal) || compact.StartsWith("印发", StringComparison.Ordinal)
           || compact.StartsWith("转发", StringComparison.Ordinal) || compact.StartsWith("批转", StringComparison.Ordinal)
           || DocumentExtractor.TitleIssuerPrefix(compact) is not null;
}
