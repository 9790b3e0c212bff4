using System.Globalization;
using static Jsc.Runtime.Builtins.DateMath;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The strings Date methods produce, in V8's formats: toString and its date and time halves
/// (https://tc39.es/ecma262/#sec-todatestring), toUTCString and toISOString
/// (toLocale*String are in <see cref="DateLocaleFormat"/>).
/// </summary>
public static class DateFormat
{
    static readonly string[] WeekDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The interpolations below format straight into one buffer (no string per field).

    /// <summary>"Tue Mar 01 2022": a year as V8 prints it, at least four digits, or a sign and four digits when negative.</summary>
    public static string DatePart(double local)
    {
        var (year, month, day) = YearMonthDay(local);
        return year < 0
            ? string.Create(Invariant, $"{WeekDays[WeekDay(local)]} {Months[month - 1]} {day:00} -{-year:0000}")
            : string.Create(Invariant, $"{WeekDays[WeekDay(local)]} {Months[month - 1]} {day:00} {year:0000}");
    }

    /// <summary>"10:00:00 GMT+0100 (Central European Standard Time)"</summary>
    public static string TimePart(double tv, double local)
    {
        int offset = -DateTimeZone.OffsetMinutes(tv);
        return string.Create(Invariant, $"{HourFromTime(local):00}:{MinFromTime(local):00}:{SecFromTime(local):00} GMT{(offset < 0 ? '-' : '+')}{Math.Abs(offset) / 60:00}{Math.Abs(offset) % 60:00} ({DateTimeZone.Name(tv)})");
    }

    /// <summary>https://tc39.es/ecma262/#sec-todatestring</summary>
    public static string ToDateString(double tv)
    {
        if (double.IsNaN(tv)) return "Invalid Date";
        double local = LocalTime(tv);
        return DatePart(local) + " " + TimePart(tv, local);
    }

    /// <summary>"Tue, 01 Mar 2022 09:00:00 GMT"</summary>
    public static string ToUtcString(double tv)
    {
        if (double.IsNaN(tv)) return "Invalid Date";
        var (year, month, day) = YearMonthDay(tv);
        string sign = year < 0 ? "-" : "";
        return string.Create(Invariant, $"{WeekDays[WeekDay(tv)]}, {day:00} {Months[month - 1]} {sign}{Math.Abs(year):0000} {HourFromTime(tv):00}:{MinFromTime(tv):00}:{SecFromTime(tv):00} GMT");
    }

    /// <summary>"2022-03-01T09:00:00.000Z", with six-digit signed years outside 0-9999; tv must be finite.</summary>
    public static string ToIsoString(double tv)
    {
        var (year, month, day) = YearMonthDay(tv);
        string time = string.Create(Invariant, $"-{month:00}-{day:00}T{HourFromTime(tv):00}:{MinFromTime(tv):00}:{SecFromTime(tv):00}.{MsFromTime(tv):000}Z");
        return year is >= 0 and <= 9999
            ? string.Create(Invariant, $"{year:0000}{time}")
            : string.Create(Invariant, $"{(year < 0 ? '-' : '+')}{Math.Abs(year):000000}{time}");
    }
}
