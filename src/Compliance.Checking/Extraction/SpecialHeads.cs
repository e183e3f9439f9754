using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction;

/// <summary>
/// The heads of the special formats of GB/T 9704 §10 that have neither a title with 关于 nor addressees: a decree
/// (the organ's name with 令 or 命令, then 第N号) and minutes (XX纪要, then its number or date). Their mark opens the
/// document; <see cref="Parts.SpecialFormatReader"/> reads their parts. Letters (10.1) have an ordinary head.
/// </summary>
internal static class SpecialHeads
{
    /// <summary>A head found: its mark line, the line of an ordinary number under it (a Number line) and its last line.</summary>
    public readonly record struct Found(int Mark, int? Number, int End);

    private static readonly string[] DecreeEnds = ["命令", "令"];

    /// <summary>The organ of a decree's mark (江州市人民政府令 → 江州市人民政府) and the decree number printed on the
    /// same line, if any (江州市人民政府令第12号); null when the line is no decree mark.</summary>
    public static (string Organ, string Kind, SerialNumber? Serial)? DecreeMark(in LineInfo line)
    {
        if (line.Kind != LineKind.Short || line.Compact is not { Length: >= 4 and <= 40 } c) return null;
        SerialNumber? serial = null;
        if (c[^1] == '号' && c.LastIndexOf("令第", StringComparison.Ordinal) is var at and > 0)
        {
            serial = SerialNumber.TryParse(c[(at + 1)..]);
            if (serial is null) return null;
            c = c[..(at + 1)];
        }
        if (c[^1] != '令') return null;
        foreach (var end in DecreeEnds)
        {
            // The organ's full name (GB/T 9704 10.2): 市政府令 is a gazette's section head, not a mark.
            if (c.EndsWith(end, StringComparison.Ordinal) && OrganNames.IsOrganName(c[..^end.Length]) && !OrganNames.IsRelative(c[..^end.Length]))
                return (c[..^end.Length], end == "命令" ? "命令" : "令", serial);
        }
        return null;
    }

    private static readonly string[] MinutesOrganEnds = ["人民政府", "政府", "办公室", "办公厅", "委员会", "管委会", "局", "厅", "委", "部"];

    /// <summary>True for a minutes' mark: a short line ending with 纪要 that is no title (no 关于, no 的, no quoted name).</summary>
    public static bool IsMinutesMark(in LineInfo line)
        => line.Kind == LineKind.Short && line.Compact is { Length: >= 4 and <= 40 } c && c.EndsWith("纪要", StringComparison.Ordinal)
           && !c.Contains("关于", StringComparison.Ordinal) && !c.Contains('的') && !c.Contains('《');

    /// <summary>The organ that holds the meeting, from the minutes' mark (江州市人民政府常务会议纪要 → 江州市人民政府).</summary>
    public static string? MinutesOrgan(string mark)
    {
        for (var length = mark.Length - 2; length >= 3; length--)
        {
            var prefix = mark[..length];
            foreach (var end in MinutesOrganEnds)
            {
                if (prefix.EndsWith(end, StringComparison.Ordinal) && OrganNames.IsOrganName(prefix)) return prefix;
            }
        }
        return null;
    }

    /// <summary>A number in the ordinary form (江政纪〔2019〕5号) or without its agency code (〔2019〕5号), as minutes may
    /// carry and a decree should not.</summary>
    public static DocNumber? OrdinaryNumber(in LineInfo line)
        => line.DocNumber ?? (line.Compact is { Length: >= 5 } c && c[0] is '〔' or '[' or '［' or '【' or '(' or '（' && DocNumber.TryParse("纪" + c) is { } n
            ? n with { Text = c, AgencyCode = string.Empty }
            : null);

    /// <summary>Every decree and minutes head not already claimed, in line order.</summary>
    public static List<Found> Find(LineInfo[] lines, int count, bool[] claimed)
    {
        var found = new List<Found>();
        for (var i = 0; i < count; i++)
        {
            // Cheap test first: a mark ends with 令 (or …令第N号) or 纪要.
            if (claimed[i] || lines[i].Kind != LineKind.Short || lines[i].Compact is not { } c || c[^1] is not ('令' or '号' or '要')) continue;
            var next = i + 1 < count ? i + 1 : (int?)null;
            if (DecreeMark(lines[i]) is { } decree)
            {
                if (decree.Serial is not null)
                {
                    found.Add(new Found(i, null, i));
                }
                else if (next is { } n && !claimed[n] && OrdinaryNumber(lines[n]) is not null)
                {
                    found.Add(new Found(i, lines[n].Kind == LineKind.Number ? n : null, n)); // numbered like an ordinary document
                }
                else if (next is { } s && lines[s].Compact is { } sc && SerialNumber.TryParse(sc) is { Unit: '号' })
                {
                    found.Add(new Found(i, null, s));
                }
                else if (next is { } b && lines[b].Kind is LineKind.Body or LineKind.Short && !claimed[b])
                {
                    found.Add(new Found(i, null, i)); // a decree whose number is missing: its body follows
                }
            }
            else if (IsMinutesMark(lines[i]) && next is { } n && !claimed[n])
            {
                if (lines[n].Compact is { } nc && SerialNumber.TryParse(nc) is not null || OrdinaryNumber(lines[n]) is not null)
                {
                    found.Add(new Found(i, lines[n].Kind == LineKind.Number ? n : null, n));
                }
                else if (lines[n].Kind == LineKind.Date)
                {
                    found.Add(new Found(i, null, i));
                }
            }
        }
        return found;
    }
}
