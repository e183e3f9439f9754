using System.Text.RegularExpressions;

namespace Compliance.Checking.Analysis;

/// <summary>A date line (成文日期) parsed leniently: Arabic or Chinese numerals, any year length, padding kept.</summary>
internal sealed partial record DocDate(string Text, string Year, string Month, string Day)
{
    private const string DatePattern = @"(?<y>[0-9０-９]{2,4}|[〇零○Ｏ一二三四五六七八九]{2,4})年(?<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日";

    [GeneratedRegex("^" + DatePattern + "$")]
    private static partial Regex Pattern();

    [GeneratedRegex(DatePattern)]
    private static partial Regex Anywhere();

    [GeneratedRegex(DatePattern + "$")]
    private static partial Regex AtEnd();

    /// <summary>Signature organs printed on the date's own line, before the date (PDF extraction of a right-aligned
    /// block can put them there); empty when the signature stands above.</summary>
    public IReadOnlyList<string> InlineSignature { get; init; } = [];

    /// <summary>A publication marker printed on the date's own line, after the date.</summary>
    public PublicationMarker? InlineMarker { get; init; }

    /// <summary>
    /// A line holding a date together with the signature before it and/or the marker after it, e.g.
    /// <c>洛阳市人民政府办公室  2019年6月25日</c> or <c>2019年6月25日（此件公开发布）</c>. Null for anything else,
    /// in particular for a colophon's <c>2019年6月25日印发</c>.
    /// </summary>
    public static DocDate? TryParseCombined(string raw, string compact)
    {
        if (compact.Length > 60 || !compact.Contains('年') || !compact.Contains('日')) return null;
        var m = Anywhere().Match(compact);
        if (!m.Success) return null;
        var prefix = compact[..m.Index];
        var suffix = compact[(m.Index + m.Length)..];
        if (prefix.Length == 0 && suffix.Length == 0) return null;

        PublicationMarker? marker = null;
        if (suffix.Length > 0 && (marker = PublicationMarker.TryParse(suffix)) is null) return null;
        IReadOnlyList<string> organs = [];
        if (prefix.Length > 0)
        {
            // The organs as printed, separated by spaces: the tokens before the one where the date starts.
            var tokens = Compliance.Checking.Text.TextNormalizer.Tokens(raw);
            var joined = "";
            var names = new List<string>();
            foreach (var token in tokens)
            {
                if (joined.Length >= prefix.Length) break;
                joined += token;
                names.Add(token);
            }
            if (joined != prefix || !names.All(OrganNames.IsOrganName))
            {
                if (!OrganNames.IsOrganName(prefix)) return null;
                names = [prefix];
            }
            organs = names;
        }
        return new DocDate(m.Value, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value)
        {
            InlineSignature = organs,
            InlineMarker = marker,
        };
    }

    /// <summary>Parses a whole line (already compacted). Null when the line is not just a date.</summary>
    public static DocDate? TryParse(string compact)
    {
        if (compact.Length is < 6 or > 14 || compact[^1] != '日') return null;
        var m = Pattern().Match(compact);
        return m.Success ? new DocDate(compact, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>The date that ends a line (already compacted), e.g. the imprint's <c>洛阳市人民政府办公室2019年6月25日</c>
    /// once its <c>印发</c> is cut off; <paramref name="prefix"/> is what stands before it. Null when no date ends it.</summary>
    public static DocDate? TryParseEnding(string compact, out string prefix)
    {
        prefix = "";
        if (compact.Length < 6 || compact[^1] != '日') return null;
        var m = AtEnd().Match(compact);
        if (!m.Success) return null;
        prefix = compact[..m.Index];
        return new DocDate(m.Value, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
    }

    /// <summary>True when the month or the day is padded with a zero (06月, 05日).</summary>
    public bool IsZeroPadded => Padded(Month) || Padded(Day);

    private static bool Padded(string part) => part.Length == 2 && part[0] is '0' or '０';

    public bool UsesChineseNumerals => (Year + Month + Day).Any(ChineseNumerals.IsChineseDigit) || (Month + Day).Contains('十');

    public int? YearValue => ChineseNumerals.ParseDigits(Year);

    public int? MonthValue => ChineseNumerals.ParseSmall(Month);

    public int? DayValue => ChineseNumerals.ParseSmall(Day);

    /// <summary>The date as the standard writes it (Arabic numerals, the year in full, no zero padding: 2019年6月5日),
    /// when it is a real calendar date; null otherwise (no correction is determinate).</summary>
    public string? Correction
        => ToDate() is { } date ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日") : null;

    /// <summary>The calendar date, or null when it does not exist (2月30日) or the year is not written in full.</summary>
    public DateOnly? ToDate()
    {
        if (YearValue is not { } y || MonthValue is not { } m || DayValue is not { } d) return null;
        if (Year.Length != 4 || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }
}
