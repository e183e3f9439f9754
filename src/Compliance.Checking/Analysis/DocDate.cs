using System.Text.RegularExpressions;

namespace Compliance.Checking.Analysis;

/// <summary>A date line (成文日期) parsed leniently: Arabic or Chinese numerals, any year length, padding kept.</summary>
internal sealed partial record DocDate(string Text, string Year, string Month, string Day)
{
    [GeneratedRegex(@"^(?<y>[0-9０-９]{2,4}|[〇零○Ｏ一二三四五六七八九]{2,4})年(?<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex Pattern();

    /// <summary>Parses a whole line (already compacted). Null when the line is not just a date.</summary>
    public static DocDate? TryParse(string compact)
    {
        if (compact.Length is < 6 or > 14 || compact[^1] != '日') return null;
        var m = Pattern().Match(compact);
        return m.Success ? new DocDate(compact, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    public bool UsesChineseNumerals => (Year + Month + Day).Any(ChineseNumerals.IsChineseDigit) || (Month + Day).Contains('十');

    public int? YearValue => ChineseNumerals.ParseDigits(Year);

    public int? MonthValue => ChineseNumerals.ParseSmall(Month);

    public int? DayValue => ChineseNumerals.ParseSmall(Day);

    /// <summary>The calendar date, or null when it does not exist (2月30日) or the year is not written in full.</summary>
    public DateOnly? ToDate()
    {
        if (YearValue is not { } y || MonthValue is not { } m || DayValue is not { } d) return null;
        if (Year.Length != 4 || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }
}
