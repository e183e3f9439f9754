using Compliance.Checking.Analysis;
using Compliance.Checking.Text;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// A document this one cites: by its title in book-title marks, with its number in brackets after it
/// (<c>《…的通知》（豫政办〔2019〕16号）</c>), by its title alone (a law: <c>《中华人民共和国环境保护法》</c>), or by its number
/// alone before 文件 (<c>按晋政办发〔2019〕37号文件要求</c>, <see cref="Bare"/>).
/// </summary>
/// <param name="Title">The cited title without spaces (inner 〈〉 kept); null for a bare number.</param>
/// <param name="Number">The cited number, parsed leniently (its faults are the citation rules' concern); null for a
/// title cited without one.</param>
/// <param name="Bare">True for a number cited without its title.</param>
/// <param name="Order">The citation's place in the document (line, then position): "already cited" means a lower one.</param>
internal sealed record Citation(string? Title, DocNumber? Number, bool Bare, int Line, int? Page, long Order);

/// <summary>
/// Reads the citations of a document's body, attachments included (not its head: a title that 转发 a document names it
/// in the title, not in a citation). A number is a citation's when it stands in brackets right after the title's 》,
/// or alone right before 文件; a number inside a cited title (<c>《…关于贯彻国发〔2014〕43号文件…的意见》</c>) is part of
/// that title. The organ code of a bare number is what stands before its bracket, less the words a sentence puts
/// before a number (按照, 根据, 贯彻, 未按…).
/// </summary>
internal sealed class CitationReader : IPartReader
{
    // Words that end a sentence's run-up to a bare number: the organ code starts after the last of them.
    private static readonly string[] LeadIns =
    [
        "按照", "依照", "参照", "遵照", "根据", "依据", "贯彻", "落实", "执行", "对照", "结合", "转发", "印发", "按", "据", "及", "和", "与", "或", "将",
        "把", "对", "经", "由", "的", "是", "在", "为", "于", "见", "即", "以",
    ];

    private const int MaxCodeLength = 12;

    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        List<Citation>? citations = null;
        // A title a print width wrapped: the previous line opened 《 and did not close it.
        var openFromBefore = false;
        for (var i = span.HeadEnd + 1; i <= span.End; i++)
        {
            ref readonly var line = ref span[i];
            if (line.Kind is LineKind.TableRow or LineKind.Contents or LineKind.Number)
            {
                openFromBefore = false;
                continue;
            }
            var text = line.Raw;
            // Most lines cite nothing: settled by one search for 《 and 件 (of 文件).
            var (hasTitle, hasFile) = Marks(text);
            var carried = openFromBefore;
            openFromBefore = false;
            if (!hasTitle && !hasFile && !carried) continue;
            var order = i * 1_000_000L;
            // Book-title spans of this line (and numbers cited after them): a number inside one is the title's.
            List<(int From, int To)>? titles = null;
            if (carried && text.IndexOf('》') is var end and >= 0) (titles ??= []).Add((0, end));
            if (hasTitle)
            {
                // The title and its number may go on over the next lines: read them as one text with this one.
                var joined = text;
                for (var open = text.IndexOf('《'); open >= 0 && open < text.Length; open = joined.IndexOf('《', open + 1))
                {
                    var close = joined.IndexOf('》', open + 1);
                    if ((close < 0 || close < text.Length && RunsOn(text, close + 1)) && ReferenceEquals(joined, text))
                    {
                        joined = Joined(span, i, text);
                        close = joined.IndexOf('》', open + 1);
                    }
                    if (close < 0) break;
                    if (close >= text.Length) openFromBefore = true;
                    var title = TextNormalizer.Compact(joined[(open + 1)..close]);
                    (titles ??= []).Add((open, Math.Min(close, text.Length - 1)));
                    var number = NumberAfter(joined, close + 1, out var numberEnd);
                    if (number is not null) titles.Add((close + 1, Math.Min(numberEnd, text.Length - 1)));
                    if (title.Length > 0) (citations ??= []).Add(new Citation(title, number, false, line.Number, line.Page, order + open));
                    open = close;
                }
                if (text.LastIndexOf('《') is var lastOpen and >= 0 && text.IndexOf('》', lastOpen) < 0) openFromBefore = true;
            }
            if (hasFile)
            {
                for (var file = text.IndexOf("文件", StringComparison.Ordinal); file >= 0; file = text.IndexOf("文件", file + 2, StringComparison.Ordinal))
                {
                    if (BareNumberBefore(text, file) is not { } bare || Inside(titles, bare.Start)) continue;
                    (citations ??= []).Add(new Citation(null, bare.Number, true, line.Number, line.Page, order + bare.Start));
                }
            }
        }
        if (citations is not null) document.Citations = citations;
    }

    private static readonly System.Buffers.SearchValues<char> TitleOrFile = System.Buffers.SearchValues.Create("《件");

    /// <summary>Whether the line opens a book title, and whether it holds 文件 — one vectorised pass over it.</summary>
    private static (bool Title, bool File) Marks(string text)
    {
        var (title, file) = (false, false);
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(TitleOrFile); at >= 0; )
        {
            if (span[at] == '《') title = true;
            else if (at > 0 && span[at - 1] == '文') file = true;
            if (title && file) break;
            var next = span[(at + 1)..].IndexOfAny(TitleOrFile);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return (title, file);
    }

    /// <summary>True when what follows a title's 》 may go on on the next line: nothing but spaces, or a bracket
    /// opened and not closed.</summary>
    private static bool RunsOn(string text, int at)
    {
        while (at < text.Length && TextNormalizer.IsWhiteSpace(text[at])) at++;
        if (at >= text.Length) return true;
        if (text[at] is not ('（' or '(')) return false;
        var depth = 0;
        for (var k = at; k < text.Length; k++)
        {
            if (text[k] is '（' or '(') depth++;
            else if (text[k] is '）' or ')' && --depth == 0) return false;
        }
        return true;
    }

    /// <summary>The line with the next few lines of the document after it (a title and its number wrapped at a print width).</summary>
    private static string Joined(DocumentSpan span, int index, string text)
    {
        var joined = new System.Text.StringBuilder(text);
        for (var k = index + 1; k <= span.End && k <= index + MaxWrappedLines; k++)
        {
            if (span[k].Kind is LineKind.TableRow or LineKind.Contents or LineKind.Number) break;
            joined.Append(span[k].Raw);
        }
        return joined.ToString();
    }

    private const int MaxWrappedLines = 3;

    private static bool Inside(List<(int From, int To)>? spans, int at)
    {
        if (spans is null) return false;
        foreach (var (from, to) in spans) if (at >= from && at <= to) return true;
        return false;
    }

    /// <summary>The number in brackets right after a title's 》 (spaces allowed between): （豫政办〔2019〕16号） or
    /// (豫政办[2019]16号). Null when the brackets hold something else (（试行）, （见附件1）, （以下简称…）).</summary>
    private static DocNumber? NumberAfter(string text, int at, out int end)
    {
        end = at;
        while (at < text.Length && TextNormalizer.IsWhiteSpace(text[at])) at++;
        if (at >= text.Length || text[at] is not ('（' or '(')) return null;
        // The matching close: the number's own brackets may be round ones too (豫政办（2019）16号).
        var depth = 0;
        for (var k = at; k < text.Length && k - at <= 40; k++)
        {
            if (text[k] is '（' or '(') depth++;
            else if (text[k] is '）' or ')' && --depth == 0)
            {
                end = k;
                return DocNumber.TryParse(TextNormalizer.Compact(text[(at + 1)..k]));
            }
        }
        return null;
    }

    /// <summary>A number that ends right before 文件 at <paramref name="file"/> (…〔2019〕37号文件), with the organ code
    /// before its bracket; null when none does.</summary>
    private static (DocNumber Number, int Start)? BareNumberBefore(string text, int file)
    {
        var at = file - 1;
        if (at < 0 || text[at] != '号') return null;
        at--;
        var serialEnd = at;
        while (at >= 0 && IsNumeral(text[at])) at--;
        if (at == serialEnd) return null;
        if (at >= 0 && text[at] == '第') at--;
        if (at < 0 || text[at] is not ('〕' or ']' or '］' or '）' or ')' or '】' or '〗')) return null;
        at--;
        var yearEnd = at;
        while (at >= 0 && IsNumeral(text[at])) at--;
        if (yearEnd - at is < 2 or > 4) return null;
        if (at < 0 || text[at] is not ('〔' or '[' or '［' or '（' or '(' or '【' or '〖')) return null;
        var bracket = at;
        var codeStart = bracket;
        while (codeStart > 0 && bracket - codeStart < MaxCodeLength && PunctuationHabit.IsHan(text[codeStart - 1])) codeStart--;
        // The organ code starts after the last word that leads up to it (按照豫政办… → 豫政办).
        var run = text.AsSpan(codeStart, bracket - codeStart);
        var cut = 0;
        foreach (var word in LeadIns)
        {
            var k = run.LastIndexOf(word, StringComparison.Ordinal);
            if (k >= 0) cut = Math.Max(cut, k + word.Length);
        }
        codeStart += cut;
        // A number without an organ code (〔2019〕37号文件) names no document this checker can find.
        if (codeStart == bracket) return null;
        return DocNumber.TryParse(TextNormalizer.Compact(text[codeStart..file])) is { } number ? (number, codeStart) : null;
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９' || ChineseNumerals.IsChineseDigit(c) || c == '十';
}
