using System.Globalization;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The local time zone of Date, as node picks it: the IANA zone named by the TZ environment
/// variable, else the system zone (/etc/localtime). Offsets come from .NET's TimeZoneInfo
/// (the tz database); the long names printed by toString come from a table generated from
/// node (DateZoneNames.cs), since ICU is not available in invariant globalization mode.
/// https://tc39.es/ecma262/#sec-local-time-zone-adjustment
/// </summary>
public static partial class DateTimeZone
{
    [ThreadStatic] static TimeZoneInfo? _override;
    static TimeZoneInfo? _fromEnvironment;
    static Dictionary<string, (string Standard, string Daylight)>? _names;

    /// <summary>A zone to use instead of TZ on this thread; for tests.</summary>
    public static TimeZoneInfo? Override
    {
        get => _override;
        set => _override = value;
    }

    public static TimeZoneInfo Current => _override ?? (_fromEnvironment ??= FromEnvironment());

    static TimeZoneInfo FromEnvironment()
    {
        var tz = Environment.GetEnvironmentVariable("TZ");
        if (string.IsNullOrEmpty(tz)) return TimeZoneInfo.Local;
        // An unknown zone is UTC in node (printed as "GMT+00:00").
        return TimeZoneInfo.TryFindSystemTimeZoneById(tz.TrimStart(':'), out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone(tz, TimeSpan.Zero, tz, tz);
    }

    /// <summary>The zone for an id, for tests and toLocaleString's timeZone option; null when unknown.</summary>
    public static TimeZoneInfo? Find(string id) =>
        id.Equals("UTC", StringComparison.OrdinalIgnoreCase) ? TimeZoneInfo.Utc
        : TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    static readonly long MinTicksMs = (long)(DateTime.MinValue - DateTime.UnixEpoch).TotalMilliseconds;
    static readonly long MaxTicksMs = (long)(DateTime.MaxValue - DateTime.UnixEpoch).TotalMilliseconds;
    const double MsPer400Years = 146097 * DateMath.MsPerDay;

    /// <summary>LocalTZA(t, true): the offset in ms of local time from UTC at the instant t.</summary>
    public static double OffsetAtUtc(double t) => OffsetAtUtc(Current, t);

    public static double OffsetAtUtc(TimeZoneInfo zone, double t)
    {
        if (double.IsNaN(t) || zone == TimeZoneInfo.Utc) return 0;
        if (TransitionsOf(zone)?.At(Math.Floor(t / 1000)) is { } known) return known.Offset * 1000.0;
        return zone.GetUtcOffset(ToDateTime(t)).TotalMilliseconds;
    }

    /// <summary>
    /// The UTC DateTime of t; past year 9999 the Gregorian calendar repeats every 400 years,
    /// and so do a zone's final rules.
    /// </summary>
    static DateTime ToDateTime(double t)
    {
        if (t < MinTicksMs) t = MinTicksMs;
        if (t > MaxTicksMs - DateMath.MsPerDay) t -= MsPer400Years * Math.Ceiling((t - (MaxTicksMs - DateMath.MsPerDay)) / MsPer400Years);
        return DateTime.UnixEpoch.AddMilliseconds(Math.Floor(t));
    }

    /// <summary>
    /// LocalTZA(t, false): the offset for a local time t. A time repeated by a backward
    /// transition takes the earlier instant; a time skipped by a forward one takes the offset
    /// from before the transition. https://tc39.es/ecma262/#sec-utc-t
    /// </summary>
    public static double OffsetAtLocal(double t) => OffsetAtLocal(Current, t);

    public static double OffsetAtLocal(TimeZoneInfo zone, double t)
    {
        if (zone == TimeZoneInfo.Utc) return 0;
        // The offsets a day before and after bracket at most one transition.
        double before = OffsetAtUtc(zone, t - DateMath.MsPerDay);
        double after = OffsetAtUtc(zone, t + DateMath.MsPerDay);
        bool beforeFits = OffsetAtUtc(zone, t - before) == before;
        bool afterFits = OffsetAtUtc(zone, t - after) == after;
        if (beforeFits && afterFits) return Math.Max(before, after);
        if (afterFits) return after;
        return before;
    }

    /// <summary>The whole minutes of local time behind UTC, as getTimezoneOffset and toString show them.</summary>
    public static int OffsetMinutes(double t) => (int)Math.Truncate(-OffsetAtUtc(t) / DateMath.MsPerMinute);

    /// <summary>The long name node prints in toString: "Central European Summer Time", or "GMT+05:45" for zones without one.</summary>
    public static string Name(double t) => Name(Current, t);

    public static string Name(TimeZoneInfo zone, double t)
    {
        if (ZoneNameTable().TryGetValue(zone.Id, out var names))
        {
            // As V8, daylight time outside 1970-2038 is judged in an equivalent recent year.
            double probe = t < 0 || t > 2147483647000 ? EquivalentTime(t) : t;
            return names.Standard == names.Daylight || !IsDaylight(zone, probe) ? names.Standard : names.Daylight;
        }
        int minutes = (int)Math.Truncate(OffsetAtUtc(zone, t) / DateMath.MsPerMinute);
        return "GMT" + (minutes < 0 ? "-" : "+") + (Math.Abs(minutes) / 60).ToString("00", CultureInfo.InvariantCulture)
            + ":" + (Math.Abs(minutes) % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The same month, day and time in a year of 2008-2035 that is a leap year alike and starts on the same weekday.</summary>
    static double EquivalentTime(double t)
    {
        double year = DateMath.YearFromTime(t);
        int weekDay = DateMath.WeekDay(DateMath.TimeFromYear(year));
        bool leap = DateMath.DaysInYear(year) == 366;
        int recent = (leap ? 1956 : 1967) + weekDay * 12 % 28;
        int equivalent = 2008 + (recent + 3 * 28 - 2008) % 28;
        double day = DateMath.MakeDay(equivalent, DateMath.MonthFromTime(t), DateMath.DateFromTime(t));
        return DateMath.MakeDate(day, DateMath.TimeWithinDay(t));
    }

    /// <summary>Whether t is in daylight saving time, by the zone's data.</summary>
    static bool IsDaylight(TimeZoneInfo zone, double t)
    {
        if (zone == TimeZoneInfo.Utc) return false;
        if (TransitionsOf(zone)?.At(Math.Floor(t / 1000)) is { } known) return known.Daylight;
        return zone.IsDaylightSavingTime(ToDateTime(t));
    }

    static Dictionary<string, (string Standard, string Daylight)> ZoneNameTable()
    {
        if (_names != null) return _names;
        var table = new Dictionary<string, (string Standard, string Daylight)>(StringComparer.Ordinal);
        foreach (var (names, zones) in ZoneNames)
        {
            int bar = names.IndexOf('|');
            var entry = bar < 0 ? (names, names) : (names[..bar], names[(bar + 1)..]);
            foreach (var zone in zones.Split(' ')) table[zone] = entry;
        }
        return _names = table;
    }
}
