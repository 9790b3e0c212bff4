using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.DateMath;

namespace Jsc.Runtime.Builtins;

/// <summary>The Date constructor: https://tc39.es/ecma262/#sec-date-constructor</summary>
public static class DateConstructor
{
    internal static void Install(Realm realm)
    {
        var ctor = BuiltinTable.DefineConstructor(realm, "Date", 7, realm.DatePrototype,
            (_, _) => DateFormat.ToDateString(Now()),
            (args, newTarget) => Construct(args, newTarget));
        ctor.DefineMethods(realm,
            new BuiltinMethod("now", 0, (_, _) => Now()),
            new BuiltinMethod("parse", 1, (_, args) => DateParser.Parse(TypeConversion.ToString(args.Arg(0)))),
            new BuiltinMethod("UTC", 7, Utc));
    }

    /// <summary>The current time value, in whole milliseconds.</summary>
    public static double Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>A Date with the given time value, with %Date.prototype% as its prototype.</summary>
    public static JsDate Create(double timeValue) => new(Realm.Current.DatePrototype, TimeClip(timeValue));

    /// <summary>https://tc39.es/ecma262/#sec-date (steps 3-6)</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        double tv;
        if (args.Length == 0) tv = Now();
        else if (args.Length == 1)
        {
            var value = args[0];
            if (value.Ref is JsDate date) tv = date.TimeValue;
            else
            {
                var v = TypeConversion.ToPrimitive(value);
                tv = v.IsString ? DateParser.Parse(v.String) : TypeConversion.ToNumber(v);
            }
            tv = TimeClip(tv);
        }
        else tv = TimeClip(DateMath.Utc(FromComponents(args)));
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, Realm.Current.DatePrototype);
        return new JsDate(proto, tv);
    }

    /// <summary>MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli)) from (year, month[, date, hours, minutes, seconds, ms]).</summary>
    static double FromComponents(ReadOnlySpan<JsValue> args)
    {
        double y = TypeConversion.ToNumber(args[0]);
        double m = args.Length > 1 ? TypeConversion.ToNumber(args[1]) : 0;
        double dt = args.Length > 2 ? TypeConversion.ToNumber(args[2]) : 1;
        double h = args.Length > 3 ? TypeConversion.ToNumber(args[3]) : 0;
        double min = args.Length > 4 ? TypeConversion.ToNumber(args[4]) : 0;
        double s = args.Length > 5 ? TypeConversion.ToNumber(args[5]) : 0;
        double milli = args.Length > 6 ? TypeConversion.ToNumber(args[6]) : 0;
        return MakeDate(MakeDay(MakeFullYear(y), m, dt), MakeTime(h, min, s, milli));
    }

    /// <summary>https://tc39.es/ecma262/#sec-date.utc</summary>
    static JsValue Utc(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        TimeClip(FromComponents(args.Length == 0 ? [JsValue.Undefined] : args));
}
