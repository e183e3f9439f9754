using System.Buffers;
using System.Text.RegularExpressions;

namespace Compliance.Checking.Analysis;

/// <summary>
/// A document number (发文字号) parsed leniently, so that malformed numbers are still recognised and their faults
/// reported: agency code, the brackets round the year, the year, an optional 第, the sequence and 号.
/// </summary>
internal sealed partial record DocNumber(
    string Text,
    string AgencyCode,
    string OpenBracket,
    string Year,
    string CloseBracket,
    bool HasOrdinalPrefix,
    string Sequence,
    bool HasSuffix)
{
    public const string Brackets = "〔〕";

    private static readonly SearchValues<char> OpenBrackets = SearchValues.Create("〔[［【（(〖{");
    private static readonly SearchValues<char> SequenceEnds = SearchValues.Create("号0123456789０１２３４５６７８９〇零○一二三四五六七八九十百");

    // Year: 2–4 Arabic digits (ASCII or full-width) or Chinese numerals; sequence likewise.
    [GeneratedRegex(@"^(?<code>[\p{IsCJKUnifiedIdeographs}]{1,12}?)(?<open>[〔\[［【（(〖{]?)(?<year>[0-9０-９]{2,4}|[〇零○Ｏ一二三四五六七八九]{2,4})(?<close>[〕\]］】）)〗}]?)(?<ordinal>第?)(?<seq>[0-9０-９]{1,5}|[〇零○一二三四五六七八九十百]{1,6})(?<suffix>号?)$")]
    private static partial Regex Pattern();

    /// <summary>Parses a whole line (already compacted). Null when the line is not a document number.</summary>
    public static DocNumber? TryParse(string compact)
    {
        if (compact.Length is < 5 or > 24) return null;
        // Cheap pre-checks: a number ends with 号 or its sequence, and has either brackets or 号.
        if (!SequenceEnds.Contains(compact[^1])) return null;
        if (compact[^1] != '号' && compact.AsSpan().IndexOfAny(OpenBrackets) < 0) return null;
        var m = Pattern().Match(compact);
        if (!m.Success) return null;
        var open = m.Groups["open"].Value;
        var close = m.Groups["close"].Value;
        var suffix = m.Groups["suffix"].Value.Length > 0;
        // Without brackets and without 号 it is more likely a heading or a code than a document number.
        if (open.Length == 0 && close.Length == 0 && !suffix) return null;
        var code = m.Groups["code"].Value;
        if (code.EndsWith('第') || code.Contains('年') || code.Contains('月')) return null;
        return new DocNumber(compact, code, open, m.Groups["year"].Value, close, m.Groups["ordinal"].Value.Length > 0,
            m.Groups["seq"].Value, suffix);
    }

    public bool YearIsArabic => char.IsAsciiDigit(Year[0]) || Year[0] is >= '０' and <= '９';

    public bool SequenceIsArabic => char.IsAsciiDigit(Sequence[0]) || Sequence[0] is >= '０' and <= '９';

    public int? YearValue => YearIsArabic && Year.Length == 4 ? ChineseNumerals.ParseDigits(Year) : null;

    // The form the number rules ask for (7.2.5), one property each: the number rules report a document's own number by
    // them, and the citation rules a cited number.

    /// <summary>The year in six-cornered brackets 〔〕 (number.brackets).</summary>
    public bool HasStandardBrackets => OpenBracket + CloseBracket == Brackets;

    /// <summary>An Arabic year written in full, four digits (number.year-format; a year in Chinese numerals is
    /// number.arabic-numerals' concern).</summary>
    public bool HasFullYear => !YearIsArabic || Year.Length == 4;

    /// <summary>The serial padded with a zero: 01号 (number.zero-padding).</summary>
    public bool IsZeroPadded => IsPadded(Sequence);

    /// <summary>Year and serial in Arabic numerals (number.arabic-numerals).</summary>
    public bool UsesArabicNumerals => YearIsArabic && SequenceIsArabic;

    /// <summary>Every part as the number rules ask: 〔〕, a four-digit Arabic year, no 第, an Arabic serial without
    /// padding, 号 at the end.</summary>
    public bool IsStandardForm => HasStandardBrackets && HasFullYear && UsesArabicNumerals && !HasOrdinalPrefix && !IsZeroPadded && HasSuffix;

    /// <summary>A serial padded with a zero (01, ０１, 〇一).</summary>
    public static bool IsPadded(string sequence) => sequence.Length > 1 && sequence[0] is '0' or '０' or '〇' or '零';

    /// <summary>The serial's value, in whatever numerals it is written; null when it cannot be read.</summary>
    public int? SequenceValue => SequenceIsArabic ? ChineseNumerals.ParseDigits(Sequence) : ChineseNumerals.ParseSmall(Sequence) ?? ChineseNumerals.ParseDigits(Sequence);

    /// <summary>The year's value when it is written in full (four digits, Arabic or Chinese: 二〇一九); null otherwise.</summary>
    public int? FullYearValue => Year.Length == 4 ? ChineseNumerals.ParseDigits(Year) : null;

    /// <summary>The number as the standard writes it: 豫政办〔2019〕16号. A year not written in full stays as written
    /// (no century is guessed); null when the serial cannot be read.</summary>
    public string? StandardText
        => SequenceValue is { } serial
            ? $"{AgencyCode}〔{(FullYearValue is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : Year)}〕{serial.ToString(System.Globalization.CultureInfo.InvariantCulture)}号"
            : null;

    /// <summary>The number to write instead, when it is determinate: <see cref="StandardText"/> for a number whose year
    /// is written in full (a year of two digits has no century to guess).</summary>
    public string? Correction => FullYearValue is not null ? StandardText : null;

    /// <summary>What identifies the document a number names: agency code, full year and serial; null when the year or
    /// serial cannot be read.</summary>
    public (string Code, int Year, int Serial)? Key
        => FullYearValue is { } year && SequenceValue is { } serial ? (AgencyCode, year, serial) : null;
}
