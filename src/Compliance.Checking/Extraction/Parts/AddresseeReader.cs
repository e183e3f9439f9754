using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// The addressees (主送机关): the line the head ended with when it closes with a colon, or else the line under the title
/// (and number) when it is a list of organs (names separated by 、 or ，) closed by anything but a colon and
/// followed by running text — the misprinted form the rule reports. A document addressed to nobody (a public notice, a
/// decree, minutes) has none.
/// </summary>
internal sealed class AddresseeReader : IPartReader
{
    // The ends of the names an addressee list is made of: organs, and the collective 各… forms (各有关单位, 各乡镇).
    private static readonly string[] NameEnds =
    [
        "政府", "部门", "单位", "机关", "机构", "局", "委", "委员会", "办", "办公室", "办公厅", "办事处", "管委会", "街道",
        "中心", "公司", "企业", "集团", "团体", "组织", "协会", "学校", "院", "所", "厅", "部", "会", "队", "乡镇", "镇", "乡", "区", "县", "市",
    ];

    // Addressees wrap over two or three printed lines at most.
    private const int MaxLines = 3;

    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        var above = Math.Max(span.TitleEnd, span.Number ?? span.TitleEnd);
        if (span.NextNonBlank(above) is not { } first || first == span.Signature || first == span.Date) return;
        if (span[span.HeadEnd].Kind == LineKind.Addressee && span.HeadEnd >= first)
        {
            // Addressees closed by a colon, perhaps wrapped over lines: what the head ended with, if it lists organs
            // (a sentence that ends with a colon a few lines further down does not).
            var joined = string.Concat(Enumerable.Range(first, span.HeadEnd - first + 1).Select(i => span[i].Compact ?? Compact(span[i].Raw)));
            if (IsOrganList(joined[..^1], closed: true))
            {
                document.Addressees = span.At(span.HeadEnd, new Addressees(joined, joined[^1]));
                return;
            }
        }
        // Otherwise the list under the title, on one line or wrapped over a few (the longest reading first, so that a
        // wrapped list is not taken for its first line), closed by anything or nothing, and followed by the body: a
        // close other than the colon is the misprint the rule reports.
        Span<int> lines = stackalloc int[MaxLines];
        var count = 0;
        for (int? i = first; i is { } k && count < MaxLines; i = span.NextNonBlank(k))
        {
            if (span[k].Kind is not (LineKind.Body or LineKind.Short or LineKind.Organ or LineKind.Addressee)) break;
            lines[count++] = k;
        }
        for (var n = count; n >= 1; n--)
        {
            var text = "";
            for (var j = 0; j < n; j++) text += span[lines[j]].Compact ?? Compact(span[lines[j]].Raw);
            if (text.Length is < 3 or > 150) continue;
            var end = text[^1];
            var closed = end is '。' or '，' or ',' or '；' or ';' or '、' or '：' or ':';
            if (n > 1 && !closed) continue; // a wrapped list is read up to its close
            if (span.NextNonBlank(lines[n - 1]) is not { } after || span[after].Kind is not (LineKind.Body or LineKind.Short or LineKind.Addressee)) continue;
            if (!IsOrganList(closed ? text[..^1] : text, closed)) continue;
            document.Addressees = span.At(lines[n - 1], new Addressees(text, closed ? end : null));
            return;
        }
    }

    private static string Compact(string raw) => string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>One or more names separated by 、 or ，, every one ending like an organ (各有关单位, 各县（市、区）人民政府);
    /// a lone name without a closing mark only when it starts with 各 (a lone organ line is too like other lines).</summary>
    internal static bool IsOrganList(string text, bool closed)
    {
        if (text.Contains('。') || text.Contains("关于", StringComparison.Ordinal)) return false;
        var parts = 0;
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '、';
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '、' or '，' or ',')
            {
                var name = text.AsSpan(start, i - start);
                start = i + 1;
                if (name.Length == 0) continue;
                if (name.Length < 2 || !EndsLikeOrgan(name)) return false;
                parts++;
            }
        }
        return parts > 1 || parts == 1 && (closed || text.StartsWith('各'));
    }

    private static bool EndsLikeOrgan(ReadOnlySpan<char> name)
    {
        // Most names that are no organ's are settled by their last character.
        if (!NameLastCharacters.Contains(name[^1])) return false;
        foreach (var end in NameEnds)
        {
            if (name.EndsWith(end, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> NameLastCharacters = System.Buffers.SearchValues.Create(string.Concat(NameEnds.Select(e => e[^1])));
}

/// <summary>The addressees as printed (without spaces) and the mark that closes them (null for none).</summary>
internal sealed record Addressees(string Text, char? End);
