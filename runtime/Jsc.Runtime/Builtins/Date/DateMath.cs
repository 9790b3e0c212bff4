namespace Jsc.Runtime.Builtins;

/// <summary>
/// The time value arithmetic of https://tc39.es/ecma262/#sec-time-values-and-time-range:
/// days, years, months and times of day of a time value (ms since the epoch, UTC), and the
/// Make* operations that go back. Local time is <see cref="LocalTime"/>/<see cref="Utc"/>
/// over <see cref="DateTimeZone"/>.
/// </summary>
public static class DateMath
{
    public const double MsPerDay = 86400000;
    public const double MsPerHour = 3600000;
    public const double MsPerMinute = 60000;
    public const double MsPerSecond = 1000;
    /// <summary>The largest magnitude of a time value: 100,000,000 days.</summary>
    public const double MaxTime = 8.64e15;

    static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    static readonly int[] DaysBeforeMonthLeap = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

    /// <summary>https://tc39.es/ecma262/#sec-day</summary>
    public static double Day(double t) => Math.Floor(t / MsPerDay);

    /// <summary>https://tc39.es/ecma262/#sec-timewithinday</summary>
    public static double TimeWithinDay(double t) => Modulo(t, MsPerDay);

    static double Modulo(double a, double b)
    {
        double r = a % b;
        return r < 0 ? r + b : r;
    }

    /// <summary>https://tc39.es/ecma262/#sec-daysinyear</summary>
    public static int DaysInYear(double y) => IsLeapYear(y) ? 366 : 365;

    static bool IsLeapYear(double y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    /// <summary>https://tc39.es/ecma262/#sec-dayfromyear</summary>
    public static double DayFromYear(double y) =>
        365 * (y - 1970) + Math.Floor((y - 1969) / 4) - Math.Floor((y - 1901) / 100) + Math.Floor((y - 1601) / 400);

    /// <summary>https://tc39.es/ecma262/#sec-timefromyear</summary>
    public static double TimeFromYear(double y) => MsPerDay * DayFromYear(y);

    /// <summary>
    /// Year, month (1-12) and day of month of the day containing t, by the civil-from-days
    /// algorithm (H. Hinnant): one pass of integer arithmetic instead of the spec's searches.
    /// </summary>
    public static (long Year, int Month, int Day) YearMonthDay(double t)
    {
        long z = (long)Day(t) + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long dayOfEra = z - era * 146097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int)(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int)(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    /// <summary>https://tc39.es/ecma262/#sec-yearfromtime</summary>
    public static double YearFromTime(double t) => YearMonthDay(t).Year;

    /// <summary>https://tc39.es/ecma262/#sec-inleapyear</summary>
    public static bool InLeapYear(double t) => IsLeapYear(YearFromTime(t));

    /// <summary>https://tc39.es/ecma262/#sec-monthfromtime</summary>
    public static int MonthFromTime(double t) => YearMonthDay(t).Month - 1;

    /// <summary>https://tc39.es/ecma262/#sec-datefromtime</summary>
    public static int DateFromTime(double t) => YearMonthDay(t).Day;

    /// <summary>https://tc39.es/ecma262/#sec-weekday</summary>
    public static int WeekDay(double t) => (int)Modulo(Day(t) + 4, 7);

    /// <summary>https://tc39.es/ecma262/#sec-hourfromtime</summary>
    public static int HourFromTime(double t) => (int)Modulo(Math.Floor(t / MsPerHour), 24);

    /// <summary>https://tc39.es/ecma262/#sec-minfromtime</summary>
    public static int MinFromTime(double t) => (int)Modulo(Math.Floor(t / MsPerMinute), 60);

    /// <summary>https://tc39.es/ecma262/#sec-secfromtime</summary>
    public static int SecFromTime(double t) => (int)Modulo(Math.Floor(t / MsPerSecond), 60);

    /// <summary>https://tc39.es/ecma262/#sec-msfromtime</summary>
    public static int MsFromTime(double t) => (int)Modulo(t, MsPerSecond);

    /// <summary>https://tc39.es/ecma262/#sec-maketime</summary>
    public static double MakeTime(double hour, double min, double sec, double ms)
    {
        if (!double.IsFinite(hour) || !double.IsFinite(min) || !double.IsFinite(sec) || !double.IsFinite(ms)) return double.NaN;
        return Math.Truncate(hour) * MsPerHour + Math.Truncate(min) * MsPerMinute + Math.Truncate(sec) * MsPerSecond + Math.Truncate(ms);
    }

    /// <summary>https://tc39.es/ecma262/#sec-makeday — years and months far outside the time range give NaN, as in V8.</summary>
    public static double MakeDay(double year, double month, double date)
    {
        if (!double.IsFinite(year) || !double.IsFinite(month) || !double.IsFinite(date)) return double.NaN;
        double y = Math.Truncate(year), m = Math.Truncate(month), dt = Math.Truncate(date);
        if (Math.Abs(y) > 1e6 || Math.Abs(m) > 1e7) return double.NaN;
        double ym = y + Math.Floor(m / 12);
        int mn = (int)Modulo(m, 12);
        var table = IsLeapYear(ym) ? DaysBeforeMonthLeap : DaysBeforeMonth;
        return DayFromYear(ym) + table[mn] + dt - 1;
    }

    /// <summary>https://tc39.es/ecma262/#sec-makedate</summary>
    public static double MakeDate(double day, double time)
    {
        if (!double.IsFinite(day) || !double.IsFinite(time)) return double.NaN;
        double tv = day * MsPerDay + time;
        return double.IsFinite(tv) ? tv : double.NaN;
    }

    /// <summary>https://tc39.es/ecma262/#sec-makefullyear (Annex B and the Date constructor: 0-99 are 1900-1999)</summary>
    public static double MakeFullYear(double year)
    {
        if (double.IsNaN(year)) return double.NaN;
        double truncated = Math.Truncate(year);
        return truncated is >= 0 and <= 99 ? 1900 + truncated : truncated;
    }

    /// <summary>https://tc39.es/ecma262/#sec-timeclip</summary>
    public static double TimeClip(double time)
    {
        if (!double.IsFinite(time) || Math.Abs(time) > MaxTime) return double.NaN;
        return Math.Truncate(time) + 0.0;
    }

    /// <summary>https://tc39.es/ecma262/#sec-localtime</summary>
    public static double LocalTime(double t) => t + DateTimeZone.OffsetAtUtc(t);

    /// <summary>https://tc39.es/ecma262/#sec-utc-t</summary>
    public static double Utc(double t) => double.IsFinite(t) ? t - DateTimeZone.OffsetAtLocal(t) : double.NaN;
}
