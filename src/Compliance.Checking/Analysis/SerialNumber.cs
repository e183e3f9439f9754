namespace Compliance.Checking.Analysis;

/// <summary>
/// A number that counts without a year: a decree's 第N号 (GB/T 9704 10.2) or the minutes' 第N期. Parsed leniently
/// (Chinese numerals, zero padding) so that the number rules can report the faults.
/// </summary>
internal sealed record SerialNumber(string Text, string Sequence, char Unit)
{
    public bool SequenceIsArabic => char.IsAsciiDigit(Sequence[0]) || Sequence[0] is >= '０' and <= '９';

    /// <summary>第12号, 第５期, 第十二号 (a line compacted); null for anything else.</summary>
    public static SerialNumber? TryParse(string compact)
    {
        if (compact.Length is < 3 or > 9 || compact[0] != '第' || compact[^1] is not ('号' or '期')) return null;
        var sequence = compact[1..^1];
        foreach (var c in sequence)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= '０' and <= '９') && "〇零○一二三四五六七八九十百千".IndexOf(c) < 0) return null;
        }
        return new SerialNumber(compact, sequence, compact[^1]);
    }
}

/// <summary>The person who signs a decree: an office and a name (市长　张三, 代市长 李四, 自治区主席 王五).</summary>
internal sealed record Signatory(string Office, string Name)
{
    // The heads of governments and departments that sign decrees (GB/T 9704 10.2: 签发人职务 + 姓名).
    private static readonly string[] Offices = ["主席", "主任", "总理", "省长", "市长", "县长", "区长", "州长", "旗长", "盟长", "乡长", "镇长", "部长", "局长", "署长", "行长"];

    // What may stand before the office: acting or deputy, a level of autonomy (自治区主席, 自治州州长).
    private const string OfficePrefixChars = "代副常务自治区州县旗";

    public override string ToString() => Office + "　" + Name;

    /// <summary>The office and name of a line compacted (市长张三); null when the line is not one.</summary>
    public static Signatory? TryParse(string compact)
    {
        if (compact.Length is < 4 or > 12) return null;
        foreach (var office in Offices)
        {
            var at = compact.IndexOf(office, StringComparison.Ordinal);
            if (at < 0 || at > 3) continue;
            for (var i = 0; i < at; i++)
            {
                if (OfficePrefixChars.IndexOf(compact[i]) < 0) return null;
            }
            var name = compact[(at + office.Length)..];
            if (name.Length is < 2 or > 4) return null;
            foreach (var c in name)
            {
                if (c is < '\u4e00' or > '\u9fff') return null;
            }
            return new Signatory(compact[..(at + office.Length)], name);
        }
        return null;
    }
}
