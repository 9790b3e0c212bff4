using System.Numerics;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The BigInt function and BigInt.prototype (https://tc39.es/ecma262/#sec-bigint-objects). BigInt is not a constructor.</summary>
public static class BigIntConstructor
{
    public static void Install(Realm realm)
    {
        var proto = realm.BigIntPrototype;
        var ctor = new JsNativeFunction(realm, "BigInt", 1, (_, args) => ToBigIntValue(args.Arg(0)));
        ctor.FastAddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.None);
        ctor.DefineMethods(realm,
            new("asUintN", 2, (_, args) => AsN(args, unsigned: true)),
            new("asIntN", 2, (_, args) => AsN(args, unsigned: false)));
        proto.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.DefineMethods(realm,
            new("toLocaleString", 0, (thisValue, _) => Grouped(ThisBigInt(thisValue, "toLocaleString"))),
            new("toString", 0, ToString),
            new("valueOf", 0, (thisValue, _) => JsValue.FromBigInt(ThisBigInt(thisValue, "valueOf"))));
        proto.DefineToStringTag("BigInt");
        realm.DefineGlobal("BigInt", ctor);
    }

    /// <summary>https://tc39.es/ecma262/#sec-bigint-constructor-number-value</summary>
    static JsValue ToBigIntValue(JsValue value)
    {
        var prim = TypeConversion.ToPrimitive(value, TypeConversion.Hint.Number);
        if (prim.IsNumber)
        {
            double d = prim.Number;
            if (!double.IsFinite(d) || Math.Floor(d) != d)
                return Throw.RangeError<JsValue>($"The number {TypeConversion.NumberToString(d)} cannot be converted to a BigInt because it is not an integer");
            return JsValue.FromBigInt(new BigInteger(d));
        }
        return JsValue.FromBigInt(ToBigInt(prim));
    }

    /// <summary>https://tc39.es/ecma262/#sec-tobigint</summary>
    public static BigInteger ToBigInt(JsValue value)
    {
        var prim = TypeConversion.ToPrimitive(value, TypeConversion.Hint.Number);
        switch (prim.Ref)
        {
            case BigInteger big: return big;
            case string or JsRope:
                return BigIntOperations.StringToBigInt(prim.String) ?? Throw.SyntaxError<BigInteger>($"Cannot convert {prim.String} to a BigInt");
        }
        if (prim.IsBoolean) return prim.IsTrue ? BigInteger.One : BigInteger.Zero;
        return Throw.TypeError<BigInteger>($"Cannot convert {(prim.IsSymbol ? prim.Symbol.ToString() : TypeConversion.ToString(prim))} to a BigInt");
    }

    static BigInteger ThisBigInt(JsValue thisValue, string method) => thisValue.Ref switch
    {
        BigInteger big => big,
        JsPrimitiveWrapper { PrimitiveValue.Ref: BigInteger big } => big,
        _ => Throw.TypeError<BigInteger>($"BigInt.prototype.{method} requires that 'this' be a BigInt"),
    };

    /// <summary>https://tc39.es/ecma262/#sec-bigint.prototype.tostring</summary>
    static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var x = ThisBigInt(thisValue, "toString");
        double radix = args.Arg(0).IsUndefined ? 10 : TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (radix < 2 || radix > 36) Throw.RangeError("toString() radix argument must be between 2 and 36");
        return BigIntOperations.ToString(x, (int)radix);
    }

    /// <summary>toLocaleString in node's en-US: digits grouped by threes.</summary>
    static JsValue Grouped(BigInteger x)
    {
        var digits = BigInteger.Abs(x).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new System.Text.StringBuilder();
        if (x.Sign < 0) sb.Append('-');
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append(',');
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    /// <summary>https://tc39.es/ecma262/#sec-bigint.asintn and asuintn.</summary>
    static JsValue AsN(ReadOnlySpan<JsValue> args, bool unsigned)
    {
        double bits = ArrayBufferConstructor.ToIndex(args.Arg(0), "Invalid value: not (convertible to) a safe integer");
        var value = ToBigInt(args.Arg(1));
        if (bits > int.MaxValue) Throw.RangeError("Maximum BigInt size exceeded");
        var modulus = BigInteger.One << (int)bits;
        var mod = BigInteger.Remainder(value, modulus);
        if (mod.Sign < 0) mod += modulus;
        if (!unsigned && bits > 0 && mod >= modulus >> 1) mod -= modulus;
        return JsValue.FromBigInt(mod);
    }
}
