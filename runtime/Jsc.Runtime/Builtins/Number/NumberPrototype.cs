using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-properties-of-the-number-prototype-object</summary>
public static class NumberPrototype
{
    public static void Install(Realm realm) =>
        realm.NumberPrototype.DefineMethods(realm,
            new("toExponential", 1, ToExponential),
            new("toFixed", 1, ToFixed),
            new("toPrecision", 1, ToPrecision),
            new("toString", 1, ToString),
            new("valueOf", 0, ValueOf),
            new("toLocaleString", 0, ToLocaleString));

    /// <summary>https://tc39.es/ecma262/#sec-thisnumbervalue</summary>
    static double ThisNumberValue(JsValue value, string method)
    {
        if (value.IsNumber) return value.Number;
        if (value.AsObject is JsPrimitiveWrapper { PrimitiveValue.IsNumber: true } wrapper) return wrapper.PrimitiveValue.Number;
        return Throw.TypeError<double>($"Number.prototype.{method} requires that 'this' be a Number");
    }

    /// <summary>https://tc39.es/ecma262/#sec-number.prototype.toexponential</summary>
    static JsValue ToExponential(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double x = ThisNumberValue(thisValue, "toExponential");
        double f = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (!double.IsFinite(x)) return TypeConversion.NumberToString(x);
        if (f < 0 || f > 100) Throw.RangeError("toExponential() argument must be between 0 and 100");
        string sign = x < 0 ? "-" : "";
        return sign + NumberFormatting.ToExponential(Math.Abs(x), args.Arg(0).IsUndefined ? null : (int)f);
    }

    /// <summary>https://tc39.es/ecma262/#sec-number.prototype.tofixed</summary>
    static JsValue ToFixed(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double x = ThisNumberValue(thisValue, "toFixed");
        double f = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (f < 0 || f > 100) Throw.RangeError("toFixed() digits argument must be between 0 and 100");
        if (!double.IsFinite(x) || Math.Abs(x) >= 1e21) return TypeConversion.NumberToString(x);
        string sign = x < 0 ? "-" : "";
        return sign + NumberFormatting.ToFixed(Math.Abs(x), (int)f);
    }

    /// <summary>https://tc39.es/ecma262/#sec-number.prototype.toprecision</summary>
    static JsValue ToPrecision(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double x = ThisNumberValue(thisValue, "toPrecision");
        if (args.Arg(0).IsUndefined) return TypeConversion.NumberToString(x);
        double p = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (!double.IsFinite(x)) return TypeConversion.NumberToString(x);
        if (p < 1 || p > 100) Throw.RangeError("toPrecision() argument must be between 1 and 100");
        string sign = x < 0 ? "-" : "";
        return sign + NumberFormatting.ToPrecision(Math.Abs(x), (int)p);
    }

    /// <summary>https://tc39.es/ecma262/#sec-number.prototype.tostring</summary>
    static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double x = ThisNumberValue(thisValue, "toString");
        double radix = args.Arg(0).IsUndefined ? 10 : TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (radix < 2 || radix > 36) Throw.RangeError("toString() radix argument must be between 2 and 36");
        if (radix == 10 || !double.IsFinite(x)) return TypeConversion.NumberToString(x);
        return NumberRadixFormatting.ToString(x, (int)radix);
    }

    /// <summary>https://tc39.es/ecma262/#sec-number.prototype.valueof</summary>
    static JsValue ValueOf(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisNumberValue(thisValue, "valueOf");

    /// <summary>https://tc39.es/ecma402/#sup-number.prototype.tolocalestring — always node's default locale, en-US.</summary>
    static JsValue ToLocaleString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double x = ThisNumberValue(thisValue, "toLocaleString");
        return NumberLocaleFormatting.ToLocaleString(x, NumberLocaleFormatting.ReadOptions(args.Arg(1)));
    }
}
