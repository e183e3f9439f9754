using Compliance.Checking.Extraction;

namespace Compliance.Checking.Analysis;

/// <summary>
/// The marker a body heading starts with (层次序数, GB/T 9704 7.3.3): 一、 （一） 1. （1） and their misprinted kin
/// (一. 一， （一）、 (一) 1、 1， 1) …). A cheap test of a line's first characters: no regular expression.
/// Not a marker: a number of a date or an amount (1.5亿元, 2019.6, 1、2月), a list of numerals (一、二级), a number
/// over 99, or a marker with nothing after it. <see cref="Length"/> is the marker's length in the text without its
/// leading white space: the marker as printed is made a string only where a finding quotes it.
/// </summary>
internal readonly record struct HeadingMarker(int Level, int Ordinal, bool Chinese, int Length, string Form, HeadingFormKind Kind)
{
    public const int MaxOrdinal = 99;

    /// <summary>The marker as printed at the start of <paramref name="text"/> (the text it was parsed from).</summary>
    public string PrintedIn(ReadOnlySpan<char> text) => Text.TextNormalizer.TrimStart(text)[..Length].ToString();

    public static HeadingMarker? TryParse(ReadOnlySpan<char> text)
    {
        text = Text.TextNormalizer.TrimStart(text);
        if (text.IsEmpty) return null;
        var at = 0;
        char? open = null;
        if (text[0] is '（' or '(')
        {
            open = text[0];
            at = 1;
            at = SkipSpaces(text, at);
        }
        var numberStart = at;
        var chinese = at < text.Length && IsChineseNumeral(text[at]);
        while (at < text.Length && (chinese ? IsChineseNumeral(text[at]) : IsDigit(text[at]))) at++;
        if (at == numberStart) return null;
        var number = text[numberStart..at];
        var ordinal = chinese ? ParseChinese(number) : ParseArabic(number);
        if (ordinal is not { } value || value is < 1 or > MaxOrdinal) return null;

        char? close = null;
        if (open is not null)
        {
            at = SkipSpaces(text, at);
            if (at >= text.Length || text[at] is not ('）' or ')')) return null;
            close = text[at++];
        }
        char? mark = null;
        if (at < text.Length && text[at] is '、' or '.' or '．' or '，' or ',' or ')' or '）')
        {
            // 一) or （一)) are no forms of any level.
            if (text[at] is ')' or '）' && (close is not null || chinese)) return null;
            mark = text[at++];
        }
        if (open is null && mark is null) return null;
        var markerEnd = at;
        at = SkipSpaces(text, at);
        if (at >= text.Length) return null;
        // A number of an amount or a date (1.5亿元, 2019.6, 1、2月, 1，2号楼) or a list of numerals (一、二级, 一、二类);
        // but a heading may start with a year or a month: （1）2019年底前…, 1.2020年12月底前…, 2.12月底前….
        if (open is null && (chinese && IsNumeralList(text[at..]) || IsDigit(text[at]) && !StartsWithYearOrMonth(text[at..], mark is '.' or '．'))) return null;

        var form = FormOf(open, chinese, close, mark);
        int level;
        HeadingFormKind kind;
        if (open is not null)
        {
            level = chinese ? 2 : 4;
            kind = mark is not null ? HeadingFormKind.Deviant
                : open == '（' && close == '）' ? HeadingFormKind.Canonical
                : HeadingFormKind.HalfWidthBrackets;
        }
        else if (chinese)
        {
            level = 1;
            kind = mark == '、' ? HeadingFormKind.Canonical : HeadingFormKind.Deviant;
        }
        else if (mark is ')' or '）')
        {
            // 1) is （1） with its opening bracket dropped.
            level = 4;
            kind = HeadingFormKind.Deviant;
        }
        else
        {
            level = 3;
            kind = mark is '.' or '．' ? HeadingFormKind.Canonical : mark == '、' ? HeadingFormKind.Common : HeadingFormKind.Deviant;
        }
        return new HeadingMarker(level, value, chinese, markerEnd, form, kind);
    }

    /// <summary>一、二级…, 二、三产业…, 一、二、三类…: numerals that count kinds, not a heading (三、一般… is one).</summary>
    private static bool IsNumeralList(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length && IsChineseNumeral(text[at])) at++;
        return at > 0 && at < text.Length && text[at] is '、' or '，' or '级' or '类' or '等' or '档' or '批' or '期' or '产' or '星';
    }

    /// <summary>2020年… (a year in full), or with a full stop before it 12月… (a month): the start of a heading's text.</summary>
    private static bool StartsWithYearOrMonth(ReadOnlySpan<char> text, bool afterFullStop)
    {
        var digits = 0;
        while (digits < text.Length && IsDigit(text[digits])) digits++;
        if (digits >= text.Length) return false;
        return digits == 4 && text[digits] == '年' || afterFullStop && digits <= 2 && text[digits] == '月';
    }

    private const string Marks = "、.．，,)）";

    // The forms met so far, by their marks: a heading costs no string for its form.
    private static readonly string?[] Forms = new string?[3 * 3 * (Marks.Length + 1) * 2];

    private static string FormOf(char? open, bool chinese, char? close, char? mark)
    {
        var key = (((open switch { null => 0, '（' => 1, _ => 2 }) * 3 + (close switch { null => 0, '）' => 1, _ => 2 })) * (Marks.Length + 1)
                   + (mark is { } m ? Marks.IndexOf(m) + 1 : 0)) * 2 + (chinese ? 1 : 0);
        // A race writes equal strings: harmless.
        return Forms[key] ??= (open is null ? "" : open.ToString()) + (chinese ? "一" : "1") + (close is null ? "" : close.ToString()) + (mark is null ? "" : mark.ToString());
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '\u3000' || text[at] == '\t')) at++;
        return at;
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    private static int DigitOf(char c) => c switch
    {
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };

    /// <summary>1–99 in Chinese numerals as headings write them: 七, 十, 十九, 二十, 二十三.</summary>
    internal static int? ParseChinese(ReadOnlySpan<char> text)
    {
        switch (text.Length)
        {
            case 1: return text[0] == '十' ? 10 : DigitOf(text[0]);
            case 2 when text[0] == '十' && DigitOf(text[1]) > 0: return 10 + DigitOf(text[1]);
            case 2 when text[1] == '十' && DigitOf(text[0]) > 1: return DigitOf(text[0]) * 10;
            case 3 when text[1] == '十' && DigitOf(text[0]) > 1 && DigitOf(text[2]) > 0: return DigitOf(text[0]) * 10 + DigitOf(text[2]);
            default: return null;
        }
    }

    private static int? ParseArabic(ReadOnlySpan<char> text)
    {
        if (text.Length > 2) return null;
        var value = 0;
        foreach (var c in text) value = value * 10 + (char.IsAsciiDigit(c) ? c - '0' : c - '０');
        return value;
    }

    /// <summary>A number as a heading of this form writes it: 23 → 二十三 (Chinese) or 23.</summary>
    public static string Numeral(int value, bool chinese)
    {
        if (!chinese) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string digits = "〇一二三四五六七八九";
        if (value < 10) return digits[value].ToString();
        var tens = value / 10;
        var units = value % 10;
        return (tens > 1 ? digits[tens].ToString() : "") + "十" + (units > 0 ? digits[units].ToString() : "");
    }

    /// <summary>A form (written with 一 or 1) with another number: (（一）, 12) → （十二）.</summary>
    public static string WithNumber(string form, int value, bool chinese)
        => form.Replace(chinese ? "一" : "1", Numeral(value, chinese), StringComparison.Ordinal);
}
