using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.DateMath;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Date.prototype: https://tc39.es/ecma262/#sec-properties-of-the-date-prototype-object
/// The getters and setters come in local/UTC pairs over seven fields (year, month, date,
/// hours, minutes, seconds, ms), so they are made from one table: a getter reads a field of
/// the (local) time value, a setter replaces a run of fields and rebuilds the time value.
/// </summary>
public static class DatePrototype
{
    enum Field { Year, Month, Date, Hours, Minutes, Seconds, Ms, WeekDay }

    internal static void Install(Realm realm)
    {
        var proto = realm.DatePrototype;
        var toUtcString = new JsNativeFunction(realm, "toUTCString", 0, (t, _) => DateFormat.ToUtcString(ThisTimeValue(t, "toUTCString")));
        proto.DefineMethods(realm,
            new BuiltinMethod("toString", 0, (t, _) => DateFormat.ToDateString(ThisTimeValue(t, "toString"))),
            new BuiltinMethod("toDateString", 0, (t, _) => Format(ThisTimeValue(t, "toDateString"), local => DateFormat.DatePart(local))),
            new BuiltinMethod("toTimeString", 0, (t, _) => Format(ThisTimeValue(t, "toTimeString"), local => DateFormat.TimePart(ThisTimeValue(t), local))),
            new BuiltinMethod("toISOString", 0, ToIsoString));
        proto.FastAddProperty("toUTCString", toUtcString, PropertyFlags.Writable | PropertyFlags.Configurable);
        // Annex B: toGMTString is the same function object as toUTCString.
        proto.FastAddProperty("toGMTString", toUtcString, PropertyFlags.Writable | PropertyFlags.Configurable);
        foreach (var (name, field, count, local) in Accessors)
        {
            if (count == 0) proto.DefineMethods(realm, new BuiltinMethod(name, 0, Getter(field, local)));
            else proto.DefineMethods(realm, new BuiltinMethod(name, count, Setter(name, field, count, local)));
            if (name == "setSeconds")
            {
                proto.DefineMethods(realm,
                    new BuiltinMethod("getTime", 0, (t, _) => ThisTimeValue(t)),
                    new BuiltinMethod("setTime", 1, SetTime),
                    new BuiltinMethod("getTimezoneOffset", 0, GetTimezoneOffset));
            }
        }
        proto.DefineMethods(realm,
            new BuiltinMethod("valueOf", 0, (t, _) => ThisTimeValue(t)),
            new BuiltinMethod("getYear", 0, GetYear),
            new BuiltinMethod("setYear", 1, SetYear),
            new BuiltinMethod("toJSON", 1, ToJson),
            new BuiltinMethod("toLocaleString", 0, (t, args) => DateLocaleFormat.Format(ThisTimeValue(t, "toLocaleString"), args.Arg(1), DateLocaleFormat.Kind.Any)),
            new BuiltinMethod("toLocaleDateString", 0, (t, args) => DateLocaleFormat.Format(ThisTimeValue(t, "toLocaleDateString"), args.Arg(1), DateLocaleFormat.Kind.Date)),
            new BuiltinMethod("toLocaleTimeString", 0, (t, args) => DateLocaleFormat.Format(ThisTimeValue(t, "toLocaleTimeString"), args.Arg(1), DateLocaleFormat.Kind.Time)));
        proto.DefineSymbolMethod(realm, JsSymbol.ToPrimitive, 1, ToPrimitive, PropertyFlags.Configurable);
    }

    /// <summary>Getters (count 0) and setters (count = how many fields from `field` they take), in V8's property order.</summary>
    static readonly (string Name, Field Field, int Count, bool Local)[] Accessors =
    [
        ("getDate", Field.Date, 0, true), ("setDate", Field.Date, 1, true), ("getDay", Field.WeekDay, 0, true),
        ("getFullYear", Field.Year, 0, true), ("setFullYear", Field.Year, 3, true),
        ("getHours", Field.Hours, 0, true), ("setHours", Field.Hours, 4, true),
        ("getMilliseconds", Field.Ms, 0, true), ("setMilliseconds", Field.Ms, 1, true),
        ("getMinutes", Field.Minutes, 0, true), ("setMinutes", Field.Minutes, 3, true),
        ("getMonth", Field.Month, 0, true), ("setMonth", Field.Month, 2, true),
        ("getSeconds", Field.Seconds, 0, true), ("setSeconds", Field.Seconds, 2, true),
        ("getUTCDate", Field.Date, 0, false), ("setUTCDate", Field.Date, 1, false), ("getUTCDay", Field.WeekDay, 0, false),
        ("getUTCFullYear", Field.Year, 0, false), ("setUTCFullYear", Field.Year, 3, false),
        ("getUTCHours", Field.Hours, 0, false), ("setUTCHours", Field.Hours, 4, false),
        ("getUTCMilliseconds", Field.Ms, 0, false), ("setUTCMilliseconds", Field.Ms, 1, false),
        ("getUTCMinutes", Field.Minutes, 0, false), ("setUTCMinutes", Field.Minutes, 3, false),
        ("getUTCMonth", Field.Month, 0, false), ("setUTCMonth", Field.Month, 2, false),
        ("getUTCSeconds", Field.Seconds, 0, false), ("setUTCSeconds", Field.Seconds, 2, false),
    ];

    /// <summary>https://tc39.es/ecma262/#sec-thistimevalue</summary>
    static double ThisTimeValue(JsValue thisValue) =>
        thisValue.Ref is JsDate date ? date.TimeValue : Throw.TypeError<double>("this is not a Date object.");

    /// <summary>thisTimeValue for the methods V8 implements in C++, whose message names the method.</summary>
    static double ThisTimeValue(JsValue thisValue, string method) => ThisDate(thisValue, method).TimeValue;

    static JsDate ThisDate(JsValue thisValue, string method) =>
        thisValue.Ref as JsDate
        ?? Throw.TypeError<JsDate>($"Method Date.prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    static JsValue Format(double tv, Func<double, string> format) =>
        double.IsNaN(tv) ? "Invalid Date" : format(LocalTime(tv));

    static double Read(double t, Field field) => field switch
    {
        Field.Year => YearFromTime(t),
        Field.Month => MonthFromTime(t),
        Field.Date => DateFromTime(t),
        Field.Hours => HourFromTime(t),
        Field.Minutes => MinFromTime(t),
        Field.Seconds => SecFromTime(t),
        Field.Ms => MsFromTime(t),
        _ => WeekDay(t),
    };

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.getdate and the other field getters.</summary>
    static NativeCode Getter(Field field, bool local) => (thisValue, _) =>
    {
        double t = ThisTimeValue(thisValue);
        if (double.IsNaN(t)) return double.NaN;
        return Read(local ? LocalTime(t) : t, field);
    };

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.sethours and the other field setters.</summary>
    static NativeCode Setter(string name, Field first, int count, bool local) => (thisValue, args) =>
    {
        var date = ThisDate(thisValue, name);
        double t = date.TimeValue;
        // The first argument is always converted; the others only when present. On an
        // invalid date V8 converts only the first (the spec converts all), except in
        // setFullYear, which starts from +0.
        Span<double> given = stackalloc double[count];
        int present = Math.Max(1, Math.Min(args.Length, count));
        if (double.IsNaN(t) && first != Field.Year) present = 1;
        for (int i = 0; i < present; i++) given[i] = TypeConversion.ToNumber(args.Arg(i));
        if (double.IsNaN(t))
        {
            if (first != Field.Year) return double.NaN;
            t = 0;
        }
        else if (local) t = LocalTime(t);
        Span<double> fields = stackalloc double[7];
        for (int f = 0; f < 7; f++)
        {
            int i = f - (int)first;
            fields[f] = i >= 0 && i < present ? given[i] : Read(t, (Field)f);
        }
        double newDate = MakeDate(MakeDay(fields[0], fields[1], fields[2]), MakeTime(fields[3], fields[4], fields[5], fields[6]));
        return date.TimeValue = TimeClip(local ? DateMath.Utc(newDate) : newDate);
    };

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.settime</summary>
    static JsValue SetTime(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var date = ThisDate(thisValue, "setTime");
        return date.TimeValue = TimeClip(TypeConversion.ToNumber(args.Arg(0)));
    }

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.gettimezoneoffset</summary>
    static JsValue GetTimezoneOffset(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double t = ThisTimeValue(thisValue);
        return double.IsNaN(t) ? double.NaN : DateTimeZone.OffsetMinutes(t);
    }

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.getyear</summary>
    static JsValue GetYear(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double t = ThisTimeValue(thisValue, "getYear");
        return double.IsNaN(t) ? double.NaN : YearFromTime(LocalTime(t)) - 1900;
    }

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.setyear</summary>
    static JsValue SetYear(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var date = ThisDate(thisValue, "setYear");
        double y = TypeConversion.ToNumber(args.Arg(0));
        double t = double.IsNaN(date.TimeValue) ? 0 : LocalTime(date.TimeValue);
        double year = MakeFullYear(y);
        if (double.IsNaN(year)) return date.TimeValue = double.NaN;
        double d = MakeDay(year, MonthFromTime(t), DateFromTime(t));
        return date.TimeValue = TimeClip(DateMath.Utc(MakeDate(d, TimeWithinDay(t))));
    }

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.toisostring</summary>
    static JsValue ToIsoString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double t = ThisTimeValue(thisValue, "toISOString");
        if (double.IsNaN(t)) Throw.RangeError("Invalid time value");
        return DateFormat.ToIsoString(t);
    }

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype.tojson</summary>
    static JsValue ToJson(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = TypeConversion.ToObject(thisValue);
        var tv = TypeConversion.ToPrimitive(o, TypeConversion.Hint.Number);
        if (tv.IsNumber && !double.IsFinite(tv.Number)) return JsValue.Null;
        var toIso = o.Get("toISOString");
        if (toIso.Ref is not JsFunction f) return Throw.TypeError<JsValue>("toISOString is not a function");
        return f.Call(o, ReadOnlySpan<JsValue>.Empty);
    }

    /// <summary>https://tc39.es/ecma262/#sec-date.prototype-@@toprimitive</summary>
    static JsValue ToPrimitive(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not JsObject o)
            return Throw.TypeError<JsValue>($"Method Date.prototype [ @@toPrimitive ] called on incompatible receiver {Inspect.Brief(thisValue)}");
        var hint = args.Arg(0);
        var kind = hint.IsString ? hint.String switch
        {
            "string" or "default" => TypeConversion.Hint.String,
            "number" => TypeConversion.Hint.Number,
            _ => (TypeConversion.Hint?)null,
        } : null;
        if (kind == null) return Throw.TypeError<JsValue>($"Invalid hint: {Inspect.Brief(hint)}");
        return TypeConversion.OrdinaryToPrimitive(o, kind.Value);
    }
}
