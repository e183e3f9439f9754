using Compliance.Checking.Reading;
using Compliance.Checking.Text;

namespace Compliance.Checking.Analysis;

/// <summary>Tells what each line of a bulletin looks like.</summary>
internal static class LineClassifier
{
    private static readonly string[] NotAddressees = ["附件", "主办", "督办", "抄送", "联系", "牵头", "配合", "责任", "协作", "邮箱", "电话", "组长", "成员", "主任", "副"];
    private static readonly string[] AddresseeWords = ["人民政府", "政府", "部门", "单位", "局", "委", "办事处", "管委会", "企业", "机关", "街道", "中心", "公司"];

    /// <summary>The lines that are not blank, classified. Nothing in a bulletin's structure depends on blank lines
    /// (the layout tests check it with every blank line doubled or removed), so they take no room here.</summary>
    public static LineInfo[] Classify(IReadOnlyList<SourceLine> lines)
    {
        var result = new LineInfo[lines.Count];
        var count = Classify(lines, result);
        return count == result.Length ? result : result[..count];
    }

    /// <summary>Classifies into <paramref name="into"/> (at least as long as <paramref name="lines"/>); returns how many
    /// lines are not blank.</summary>
    public static int Classify(IReadOnlyList<SourceLine> lines, LineInfo[] into)
    {
        var count = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var info = Classify(lines[i]);
            if (!info.IsBlank) into[count++] = info;
        }
        return count;
    }

    public static LineInfo Classify(SourceLine line)
    {
        var raw = line.Text;
        if (raw.Length > LineInfo.MaxAnalysedLength) return new LineInfo(line, LineKind.Body);
        Span<char> buffer = stackalloc char[LineInfo.MaxAnalysedLength];
        var compactSpan = TextNormalizer.Compact(raw, buffer);
        if (compactSpan.IsEmpty) return new LineInfo(line, LineKind.Blank, string.Empty);
        var first = compactSpan[0];
        var last = compactSpan[^1];
        // A sentence is running text: no date, number, marker, addressee or organ line ends like one or holds a 。.
        // It is never compacted (see LineInfo.Compact).
        if (first != '|' && last != '|' && (last is '。' or '！' or '？' or '，' or ',' or '、' || compactSpan.Contains('。')))
        {
            return new LineInfo(line, LineKind.Body);
        }
        var compact = compactSpan.Length == raw.Length ? raw : compactSpan.ToString();
        if (first == '|' || last == '|') return new LineInfo(line, LineKind.TableRow, compact);
        if (IsContentsEntry(raw, compact)) return new LineInfo(line, LineKind.Contents, compact);
        if (IsSectionHead(compact)) return new LineInfo(line, LineKind.SectionHead, compact);
        if ((DocDate.TryParse(compact) ?? DocDate.TryParseCombined(raw, compact)) is { } date) return new LineInfo(line, LineKind.Date, compact, date);
        if ((DocNumber.TryParse(compact) ?? NumberWithSigner(compact) ?? NumberInParentheses(compact)) is { } number)
            return new LineInfo(line, LineKind.Number, compact, number);
        if (PublicationMarker.TryParse(compact) is { } marker) return new LineInfo(line, LineKind.Marker, compact, marker);
        // Addressees end with a colon; a semicolon in its place is a misprint of the same line (各镇人民政府，…；).
        if ((last is '：' or ':' || last is '；' or ';' && compact.StartsWith('各')) && IsAddressee(compact)) return new LineInfo(line, LineKind.Addressee, compact);
        if (compact.EndsWith("文件", StringComparison.Ordinal) && OrganNames.IsOrganName(compact[..^2]))
            return new LineInfo(line, LineKind.OrganMark, compact, new[] { compact[..^2] });
        if (OrganNames.SplitOrgans(raw, compact) is { } organs) return new LineInfo(line, LineKind.Organ, compact, organs);
        if (last is '。' or '；' or ';' or '！' or '？' or '：' or ':' or '，' or ',' or '、' || compact.Contains('。') || compact.Length > 90)
            return new LineInfo(line, LineKind.Body, compact);
        return new LineInfo(line, LineKind.Short, compact);
    }

    /// <summary>The number of a document to a higher organ, with its signer on the same line: 乳政发〔2018〕1号 签发人：张三.</summary>
    private static DocNumber? NumberWithSigner(string compact)
    {
        var at = compact.IndexOf("签发人", StringComparison.Ordinal);
        return at > 4 && at + 4 < compact.Length && compact.Length - at <= 16 ? DocNumber.TryParse(compact[..at]) : null;
    }

    /// <summary>The number as many gazettes print it under the title, in round brackets: （江政发〔2024〕3号）.</summary>
    private static DocNumber? NumberInParentheses(string compact)
        => compact.Length > 6 && compact[0] is '（' or '(' && compact[^1] is '）' or ')' && (compact[^2] == '号' || char.IsDigit(compact[^2]))
            ? DocNumber.TryParse(compact[1..^1])
            : null;

    /// <summary>
    /// 【部门文件】 (a short bracketed line), or a name with 文件 that no organ would head a document with: an administrative
    /// level instead of a place (市政府办公室文件) or a generic word (部门文件).
    /// </summary>
    internal static bool IsSectionHead(string compact)
    {
        if (compact.Length is < 3 or > 24) return false;
        // 【此件公开发布】 is a publication marker in the wrong brackets (publication.brackets), not a section of the gazette.
        if (compact[0] is '【' or '〖' && compact[^1] is '】' or '〗')
            return !compact.Contains('〔') && DocNumber.TryParse(compact) is null && PublicationMarker.TryParse(compact) is null;
        if (compact.Length > 12 || !compact.EndsWith("文件", StringComparison.Ordinal)) return false;
        var name = compact[..^2];
        if (OrganNames.IsOrganName(name)) return OrganNames.IsRelative(name);
        return name.Length is > 0 and <= 4 && !name.Contains("关于", StringComparison.Ordinal) && !name.Contains('的');
    }

    // "关于…的通知·····	12", or a catalogue row "1	洛政办〔2019〕35号	关于…	12页".
    private static bool IsContentsEntry(string raw, string compact)
        => char.IsAsciiDigit(compact[^1]) || compact.EndsWith('页')
            ? compact.Contains("···", StringComparison.Ordinal) || compact.Contains("…", StringComparison.Ordinal)
              || compact.Contains("...", StringComparison.Ordinal) || compact.Contains("．．．", StringComparison.Ordinal)
              || raw.AsSpan().Count('\t') >= 2
            : false;

    private static bool IsAddressee(string compact)
    {
        if (compact.Length > 150 || compact.Contains('。')) return false;
        foreach (var prefix in NotAddressees)
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal)) return false;
        }
        if (compact.StartsWith('各')) return true;
        foreach (var word in AddresseeWords)
        {
            if (compact.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
