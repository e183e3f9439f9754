namespace Compliance.Checking.Analysis;

/// <summary>Values of numbers written with Arabic digits (ASCII or full-width) or Chinese numerals.</summary>
internal static class ChineseNumerals
{
    public static bool IsChineseDigit(char c) => DigitValue(c) >= 0 && !char.IsAsciiDigit(c) && c is < '０' or > '９';

    /// <summary>Digit by digit (二〇一二 → 2012, 2019 → 2019).</summary>
    public static int? ParseDigits(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d < 0) return null;
            value = value * 10 + d;
        }
        return text.Length == 0 ? null : value;
    }

    /// <summary>A month or day: Arabic digits, or Chinese numerals with 十 (十二 → 12, 二十三 → 23, 三十一 → 31).</summary>
    public static int? ParseSmall(string text)
    {
        if (text.Length == 0) return null;
        var ten = text.IndexOf('十');
        if (ten < 0) return ParseDigits(text);
        var tens = ten == 0 ? 1 : ParseDigits(text[..ten]);
        var units = ten == text.Length - 1 ? 0 : ParseDigits(text[(ten + 1)..]);
        return tens is null || units is null ? null : tens * 10 + units;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        '〇' or '零' or '○' or 'Ｏ' or 'O' => 0,
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5,
        '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => -1,
    };
}
