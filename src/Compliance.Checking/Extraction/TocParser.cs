using Compliance.Checking.Analysis;
using Compliance.Checking.Text;

namespace Compliance.Checking.Extraction;

/// <summary>
/// Reads the table of contents that precedes the documents. Two layouts occur: a catalogue table
/// (<c>序号 ⇥ 文号 ⇥ 题目 ⇥ 备注</c>), and a gazette contents page (title, dotted leaders, page number).
/// </summary>
internal static class TocParser
{
    private const string Leaders = "·.．…。⋯-—_ ";

    public static IReadOnlyList<TocEntry> Parse(ReadOnlySpan<LineInfo> lines)
    {
        var entries = new List<TocEntry>();
        string? pending = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (line.Raw.Contains('\t') && FromTableRow(line) is { } row)
            {
                entries.Add(row);
                pending = null;
                continue;
            }
            if (line.Compact is not { } c) continue;
            if (TitleBeforeLeaders(c) is { } title)
            {
                entries.Add(new TocEntry((pending ?? "") + title, null, line.Number, line.Source.Page));
                pending = null;
            }
            else
            {
                // A title wrapped before its leaders continues on the next line.
                pending = c.Contains("关于", StringComparison.Ordinal) || c.StartsWith("印发", StringComparison.Ordinal) ? c : null;
            }
        }
        return entries;
    }

    private static TocEntry? FromTableRow(LineInfo line)
    {
        var cells = line.Raw.Split('\t').Select(TextNormalizer.Compact).ToArray();
        for (var i = 0; i + 1 < cells.Length; i++)
        {
            if (DocNumber.TryParse(cells[i]) is { } number && cells[i + 1].Length > 2)
            {
                return new TocEntry(cells[i + 1], number.Text, line.Number, line.Source.Page);
            }
        }
        return null;
    }

    // "关于…的通知·····	12" → "关于…的通知"
    private static string? TitleBeforeLeaders(string compact)
    {
        var end = compact.Length;
        while (end > 0 && char.IsAsciiDigit(compact[end - 1])) end--;
        if (end == compact.Length) return null;
        var leadersEnd = end;
        while (end > 0 && Leaders.Contains(compact[end - 1])) end--;
        if (leadersEnd - end < 3 || end < 4) return null;
        return compact[..end];
    }
}
