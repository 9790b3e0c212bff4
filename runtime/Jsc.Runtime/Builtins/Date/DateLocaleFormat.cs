using System.Globalization;
using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.DateMath;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// toLocaleString, toLocaleDateString and toLocaleTimeString
/// (https://tc39.es/ecma402/#sup-date.prototype.tolocalestring) in en-US, whatever the locale
/// argument, with the common Intl.DateTimeFormat options: weekday, year, month, day, hour,
/// minute, second, hour12/hourCycle, timeZone, timeZoneName, dateStyle and timeStyle. The
/// patterns are those ICU's en-US data gives node for each combination of fields.
/// </summary>
internal static class DateLocaleFormat
{
    public enum Kind { Any, Date, Time }

    static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    static readonly Dictionary<string, string> UsAbbreviations = new()
    {
        ["Eastern Standard Time"] = "EST", ["Eastern Daylight Time"] = "EDT", ["Central Standard Time"] = "CST",
        ["Central Daylight Time"] = "CDT", ["Mountain Standard Time"] = "MST", ["Mountain Daylight Time"] = "MDT",
        ["Pacific Standard Time"] = "PST", ["Pacific Daylight Time"] = "PDT", ["Coordinated Universal Time"] = "UTC",
    };

    sealed class Fields
    {
        public string? Weekday, Year, Month, Day, Hour, Minute, Second, TimeZoneName, DateStyle, TimeStyle, HourCycle;
    }

    public static string Format(double tv, JsValue options, Kind kind)
    {
        var f = new Fields();
        var zone = DateTimeZone.Current;
        if (!options.IsUndefined)
        {
            var o = TypeConversion.ToObject(options);
            string? Read(string name) => o.Get(name) is { IsUndefined: false } v ? TypeConversion.ToString(v) : null;
            var hour12 = o.Get("hour12");
            f.HourCycle = Read("hourCycle");
            if (!hour12.IsUndefined) f.HourCycle = TypeConversion.ToBoolean(hour12) ? "h12" : "h24";
            if (Read("timeZone") is { } id)
            {
                var found = DateTimeZone.Find(id);
                if (found == null) Throw.RangeError($"Invalid time zone specified: {id}");
                zone = found;
            }
            (f.Weekday, f.Year, f.Month, f.Day) = (Read("weekday"), Read("year"), Read("month"), Read("day"));
            (f.Hour, f.Minute, f.Second, f.TimeZoneName) = (Read("hour"), Read("minute"), Read("second"), Read("timeZoneName"));
            (f.DateStyle, f.TimeStyle) = (Read("dateStyle"), Read("timeStyle"));
            if (kind == Kind.Date && f.TimeStyle != null) Throw.TypeError("Invalid option : timeStyle");
            if (kind == Kind.Time && f.DateStyle != null) Throw.TypeError("Invalid option : dateStyle");
        }
        if (double.IsNaN(tv)) return "Invalid Date";
        ApplyDefaults(f, kind);
        double local = tv + DateTimeZone.OffsetAtUtc(zone, tv);
        string date = DatePart(f, local), time = TimePart(f, local, zone, tv);
        if (date.Length == 0 || time.Length == 0) return date + time;
        return date + Separator(f) + time;
    }

    /// <summary>https://tc39.es/ecma402/#sec-todatetimeoptions</summary>
    static void ApplyDefaults(Fields f, Kind kind)
    {
        bool needDefaults = f.DateStyle == null && f.TimeStyle == null;
        if (kind != Kind.Time && (f.Weekday ?? f.Year ?? f.Month ?? f.Day) != null) needDefaults = false;
        if (kind != Kind.Date && (f.Hour ?? f.Minute ?? f.Second) != null) needDefaults = false;
        if (!needDefaults) return;
        if (kind != Kind.Time) f.Year = f.Month = f.Day = "numeric";
        if (kind != Kind.Date) f.Hour = f.Minute = f.Second = "numeric";
    }

    static string Separator(Fields f)
    {
        if (f.DateStyle is "full" or "long" || f.DateStyle == null && f.Month == "long") return " at ";
        if (f.DateStyle == null && f.Weekday != null && (f.Year ?? f.Month ?? f.Day) == null) return " ";
        return ", ";
    }

    static string Pad(int n, string? style) => style == "2-digit" ? n.ToString("00", CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);

    static string Name(string[] names, int index, string style) => style switch
    {
        "long" => names[index],
        "narrow" => names[index][..1],
        _ => names[index][..3],
    };

    static string DatePart(Fields f, double t)
    {
        switch (f.DateStyle)
        {
            case "full": (f.Weekday, f.Month, f.Day, f.Year) = ("long", "long", "numeric", "numeric"); break;
            case "long": (f.Month, f.Day, f.Year) = ("long", "numeric", "numeric"); break;
            case "medium": (f.Month, f.Day, f.Year) = ("short", "numeric", "numeric"); break;
            case "short": (f.Month, f.Day, f.Year) = ("numeric", "numeric", "2-digit"); break;
        }
        double fullYear = YearFromTime(t);
        double eraYear = fullYear <= 0 ? 1 - fullYear : fullYear;
        string? year = f.Year == null ? null
            : f.Year == "2-digit" ? ((int)(eraYear % 100)).ToString("00", CultureInfo.InvariantCulture)
            : eraYear.ToString(CultureInfo.InvariantCulture);
        string? day = f.Day == null ? null : Pad(DateFromTime(t), f.Day);
        string? weekday = f.Weekday == null ? null : Name(DayNames, WeekDay(t), f.Weekday);
        if (f.Month is "long" or "short" or "narrow")
        {
            var sb = new StringBuilder(Name(MonthNames, MonthFromTime(t), f.Month));
            if (day != null) sb.Append(' ').Append(day);
            if (year != null) sb.Append(day != null ? ", " : " ").Append(year);
            if (weekday == null) return sb.ToString();
            return day != null ? weekday + ", " + sb : sb + " " + weekday;
        }
        string? month = f.Month == null ? null : Pad(MonthFromTime(t) + 1, f.Month);
        string numeric = string.Join("/", new[] { month, day, year }.Where(p => p != null));
        if (weekday == null) return numeric;
        return numeric.Length == 0 ? weekday : weekday + ", " + numeric;
    }

    static string TimePart(Fields f, double t, TimeZoneInfo zone, double tv)
    {
        switch (f.TimeStyle)
        {
            case "full": (f.Hour, f.Minute, f.Second, f.TimeZoneName) = ("numeric", "2-digit", "2-digit", "long"); break;
            case "long": (f.Hour, f.Minute, f.Second, f.TimeZoneName) = ("numeric", "2-digit", "2-digit", "short"); break;
            case "medium": (f.Hour, f.Minute, f.Second) = ("numeric", "2-digit", "2-digit"); break;
            case "short": (f.Hour, f.Minute) = ("numeric", "2-digit"); break;
        }
        var sb = new StringBuilder();
        int hour = HourFromTime(t);
        bool twelve = f.HourCycle is null or "h12" or "h11";
        if (f.Hour != null)
        {
            int shown = f.HourCycle switch
            {
                "h24" => hour == 0 ? 24 : hour,
                "h23" => hour,
                "h11" => hour % 12,
                _ => hour % 12 == 0 ? 12 : hour % 12,
            };
            sb.Append(Pad(shown, twelve ? f.Hour : "2-digit"));
        }
        bool minutePadded = f.Hour != null || f.Second != null;
        if (f.Minute != null) sb.Append(sb.Length > 0 ? ":" : "").Append(Pad(MinFromTime(t), minutePadded ? "2-digit" : "numeric"));
        if (f.Second != null) sb.Append(sb.Length > 0 ? ":" : "").Append(Pad(SecFromTime(t), sb.Length > 0 ? "2-digit" : "numeric"));
        if (f.Hour != null && twelve) sb.Append(hour < 12 ? " AM" : " PM");
        if (f.TimeZoneName != null) sb.Append(sb.Length > 0 ? " " : "").Append(ZoneName(zone, tv, f.TimeZoneName == "long"));
        return sb.ToString();
    }

    /// <summary>"Eastern Standard Time", or short: "EST" for the US zones and UTC, else "GMT+5:30".</summary>
    static string ZoneName(TimeZoneInfo zone, double tv, bool longName)
    {
        string name = DateTimeZone.Name(zone, tv);
        if (longName) return name;
        if (UsAbbreviations.TryGetValue(name, out var abbreviation)) return abbreviation;
        int minutes = (int)(DateTimeZone.OffsetAtUtc(zone, tv) / MsPerMinute);
        if (minutes == 0) return "GMT";
        string sign = minutes < 0 ? "-" : "+";
        minutes = Math.Abs(minutes);
        return "GMT" + sign + (minutes / 60) + (minutes % 60 == 0 ? "" : ":" + (minutes % 60).ToString("00", CultureInfo.InvariantCulture));
    }
}
