using Compliance.Checking.Reading;
using Compliance.Checking.Text;

namespace Compliance.Checking.Analysis;

/// <summary>Tells what each line of a bulletin looks like.</summary>
internal static class LineClassifier
{
    private static readonly string[] NotAddressees = ["附件", "主办", "督办", "抄送", "联系", "牵头", "配合", "责任", "协作", "邮箱", "电话", "组长", "成员", "主任", "副"];
    private static readonly string[] AddresseeWords = ["人民政府", "政府", "部门", "单位", "局", "委", "办事处", "管委会", "企业", "机关", "街道", "中心", "公司"];

    public static LineInfo[] Classify(IReadOnlyList<SourceLine> lines)
    {
        var result = new LineInfo[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = Classify(lines[i]);
        }
        return result;
    }

    public static LineInfo Classify(SourceLine line)
    {
        var info = new LineInfo(line);
        var raw = line.Text;
        if (raw.Length > LineInfo.MaxAnalysedLength)
        {
            info.Kind = LineKind.Body;
            return info;
        }
        var compact = TextNormalizer.Compact(raw);
        info.Compact = compact;
        if (compact.Length == 0)
        {
            info.Kind = LineKind.Blank;
            return info;
        }
        var last = compact[^1];
        if (IsContentsEntry(raw, compact)) info.Kind = LineKind.Contents;
        else if ((info.Date = DocDate.TryParse(compact)) is not null) info.Kind = LineKind.Date;
        else if ((info.DocNumber = DocNumber.TryParse(compact)) is not null) info.Kind = LineKind.Number;
        else if ((info.Marker = PublicationMarker.TryParse(compact)) is not null) info.Kind = LineKind.Marker;
        else if (last is '：' or ':' && IsAddressee(compact)) info.Kind = LineKind.Addressee;
        else if (compact.EndsWith("文件", StringComparison.Ordinal) && OrganNames.IsOrganName(compact[..^2]))
        {
            info.Kind = LineKind.OrganMark;
            info.Organs = [compact[..^2]];
        }
        else if ((info.Organs = OrganNames.SplitOrgans(raw, compact)) is not null) info.Kind = LineKind.Organ;
        else if (last is '。' or '；' or ';' or '！' or '？' or '：' or ':' or '，' or ',' or '、' || compact.Contains('。') || compact.Length > 90)
            info.Kind = LineKind.Body;
        else info.Kind = LineKind.Short;
        return info;
    }

    // "关于…的通知·····	12", or a catalogue row "1	洛政办〔2019〕35号	关于…	12页".
    private static bool IsContentsEntry(string raw, string compact)
        => char.IsAsciiDigit(compact[^1]) || compact.EndsWith('页')
            ? compact.Contains("···", StringComparison.Ordinal) || compact.Contains("…", StringComparison.Ordinal)
              || compact.Contains("...", StringComparison.Ordinal) || compact.Contains("．．．", StringComparison.Ordinal)
              || raw.Count(c => c == '\t') >= 2
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
