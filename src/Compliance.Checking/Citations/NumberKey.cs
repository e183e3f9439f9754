using Compliance.Checking.Analysis;
using Compliance.Checking.Text;

namespace Compliance.Checking.Citations;

/// <summary>
/// What identifies the document a number names, whatever its form: organ code, full year and serial. 豫政办[2019]016号
/// and 豫政办〔2019〕16号 have one key.
/// </summary>
public readonly record struct NumberKey(string Code, int Year, int Serial)
{
    /// <summary>The key of a printed number, or null when it is not a number with a full year and a readable serial
    /// (a decree's 第N号, a year written 19).</summary>
    public static NumberKey? Parse(string? number)
    {
        if (string.IsNullOrEmpty(number)) return null;
        return DocNumber.TryParse(TextNormalizer.Compact(number))?.Key is { } key ? new NumberKey(key.Code, key.Year, key.Serial) : null;
    }

    /// <summary>The number in the standard's form: 豫政办〔2019〕16号.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Code}〔{Year}〕{Serial}号");
}
