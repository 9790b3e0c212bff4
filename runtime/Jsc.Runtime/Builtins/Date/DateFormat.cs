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

    static string D2(int n) => n.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>A year as V8 prints it: at least four digits, or a sign and four digits when negative.</summary>
    static string Year(double year) => year < 0
        ? "-" + (-year).ToString("0000", CultureInfo.InvariantCulture)
        : year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>"Tue Mar 01 2022"</summary>
    public static string DatePart(double local) =>
        $"{WeekDays[WeekDay(local)]} {Months[MonthFromTime(local)]} {D2(DateFromTime(local))} {Year(YearFromTime(local))}";

    /// <summary>"10:00:00 GMT+0100 (Central European Standard Time)"</summary>
    public static string TimePart(double tv, double local)
    {
        int offset = -DateTimeZone.OffsetMinutes(tv);
        return $"{D2(HourFromTime(local))}:{D2(MinFromTime(local))}:{D2(SecFromTime(local))} GMT{(offset < 0 ? '-' : '+')}"
            + $"{D2(Math.Abs(offset) / 60)}{D2(Math.Abs(offset) % 60)} ({DateTimeZone.Name(tv)})";
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
        return $"{WeekDays[WeekDay(tv)]}, {D2(DateFromTime(tv))} {Months[MonthFromTime(tv)]} {Year(YearFromTime(tv))} "
            + $"{D2(HourFromTime(tv))}:{D2(MinFromTime(tv))}:{D2(SecFromTime(tv))} GMT";
    }

    /// <summary>"2022-03-01T09:00:00.000Z", with six-digit signed years outside 0-9999; tv must be finite.</summary>
    public static string ToIsoString(double tv)
    {
        double year = YearFromTime(tv);
        string y = year is >= 0 and <= 9999
            ? year.ToString("0000", CultureInfo.InvariantCulture)
            : (year < 0 ? "-" : "+") + Math.Abs(year).ToString("000000", CultureInfo.InvariantCulture);
        return $"{y}-{D2(MonthFromTime(tv) + 1)}-{D2(DateFromTime(tv))}T{D2(HourFromTime(tv))}:{D2(MinFromTime(tv))}:{D2(SecFromTime(tv))}."
            + MsFromTime(tv).ToString("000", CultureInfo.InvariantCulture) + "Z";
    }
}
