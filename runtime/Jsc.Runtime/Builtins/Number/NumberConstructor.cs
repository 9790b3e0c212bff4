using System.Numerics;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-number-constructor</summary>
public static class NumberConstructor
{
    public static void Install(Realm realm)
    {
        var ctor = BuiltinTable.DefineConstructor(realm, "Number", 1, realm.NumberPrototype, Call, Construct);
        ctor.DefineMethods(realm,
            new("isFinite", 1, IsFinite),
            new("isInteger", 1, IsInteger),
            new("isNaN", 1, IsNaN),
            new("isSafeInteger", 1, IsSafeInteger));
        // https://tc39.es/ecma262/#sec-number.parsefloat — the very function objects of the globals.
        var global = realm.GlobalObject;
        ctor.FastAddProperty("parseFloat", global.Get("parseFloat"), PropertyFlags.Writable | PropertyFlags.Configurable);
        ctor.FastAddProperty("parseInt", global.Get("parseInt"), PropertyFlags.Writable | PropertyFlags.Configurable);
        ctor.DefineConstants(
            ("MAX_VALUE", double.MaxValue),
            ("MIN_VALUE", double.Epsilon),
            ("NaN", double.NaN),
            ("NEGATIVE_INFINITY", double.NegativeInfinity),
            ("POSITIVE_INFINITY", double.PositiveInfinity),
            ("MAX_SAFE_INTEGER", 9007199254740991.0),
            ("MIN_SAFE_INTEGER", -9007199254740991.0),
            ("EPSILON", Math.Pow(2, -52)));
    }

    /// <summary>https://tc39.es/ecma262/#sec-number-constructor-number-value: ToNumeric, with a BigInt converted.</summary>
    static double ToNumberValue(ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) return 0;
        var prim = TypeConversion.ToPrimitive(args[0], TypeConversion.Hint.Number);
        if (prim.Ref is BigInteger big) return GlobalFunctions.BigIntegerToDouble(big);
        return TypeConversion.ToNumber(prim);
    }

    static JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) => ToNumberValue(args);

    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        new JsPrimitiveWrapper(JsFunction.GetPrototypeFromConstructor(newTarget, Realm.Current.NumberPrototype), ToNumberValue(args));

    /// <summary>https://tc39.es/ecma262/#sec-number.isfinite</summary>
    static JsValue IsFinite(JsValue thisValue, ReadOnlySpan<JsValue> args) => args.Arg(0) is { IsNumber: true } v && double.IsFinite(v.Number);

    /// <summary>https://tc39.es/ecma262/#sec-number.isinteger</summary>
    static JsValue IsInteger(JsValue thisValue, ReadOnlySpan<JsValue> args) => args.Arg(0) is { IsNumber: true } v && IsIntegralNumber(v.Number);

    /// <summary>https://tc39.es/ecma262/#sec-number.isnan</summary>
    static JsValue IsNaN(JsValue thisValue, ReadOnlySpan<JsValue> args) => args.Arg(0) is { IsNumber: true } v && double.IsNaN(v.Number);

    /// <summary>https://tc39.es/ecma262/#sec-number.issafeinteger</summary>
    static JsValue IsSafeInteger(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.Arg(0) is { IsNumber: true } v && IsIntegralNumber(v.Number) && Math.Abs(v.Number) <= 9007199254740991.0;

    /// <summary>https://tc39.es/ecma262/#sec-isintegralnumber</summary>
    static bool IsIntegralNumber(double d) => double.IsFinite(d) && Math.Truncate(d) == d;
}
