using System.Globalization;

namespace Compliance.Storage;

/// <summary>An ISO-8601 week (Monday to Sunday), e.g. 2026-W47. Weeks are reckoned in China Standard Time.</summary>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    /// <summary>China Standard Time (UTC+8, no daylight saving).</summary>
    public static readonly TimeZoneInfo ChinaStandardTime = FindChinaTimeZone();

    public static IsoWeek FromDate(DateOnly date) => new(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));

    /// <summary>The week in which <paramref name="instant"/> falls in China Standard Time.</summary>
    public static IsoWeek FromInstant(DateTimeOffset instant)
        => FromDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ChinaStandardTime).DateTime));

    /// <summary>The week before the one containing <paramref name="now"/>: the default for the weekly summary.</summary>
    public static IsoWeek PreviousWeek(DateTimeOffset now) => FromInstant(now).AddWeeks(-1);

    /// <summary>Monday of the week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>Sunday of the week.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>Start of the week (Monday 00:00 China Standard Time) as an instant.</summary>
    public DateTimeOffset StartsAt => new(Monday.ToDateTime(TimeOnly.MinValue), ChinaStandardTime.BaseUtcOffset);

    public IsoWeek AddWeeks(int weeks) => FromDate(Monday.AddDays(7 * weeks));

    public static IsoWeek Parse(string text)
        => TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week such as 2026-W47.");

    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().ToUpperInvariant().Split("-W");
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || year > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    /// <summary>Canonical form, e.g. <c>2026-W07</c>; sorts in time order as a string.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    private static TimeZoneInfo FindChinaTimeZone()
    {
        foreach (var id in new[] { "Asia/Shanghai", "China Standard Time" })
        {
            try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
            catch (TimeZoneNotFoundException) { }
            catch (InvalidTimeZoneException) { }
        }
        return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
    }
}
