using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>https://tc39.es/ecma262/#sec-testing-and-comparison-operations</summary>
public static class Comparison
{
    /// <summary>https://tc39.es/ecma262/#sec-samevalue</summary>
    public static bool SameValue(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
        {
            double a = x.Number, b = y.Number;
            if (double.IsNaN(a)) return double.IsNaN(b);
            return a == b && double.IsNegative(a) == double.IsNegative(b);
        }
        return StrictEquals(x, y);
    }

    /// <summary>https://tc39.es/ecma262/#sec-samevaluezero</summary>
    public static bool SameValueZero(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber && double.IsNaN(x.Number)) return double.IsNaN(y.Number);
        return StrictEquals(x, y);
    }

    /// <summary>https://tc39.es/ecma262/#sec-isstrictlyequal</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StrictEquals(JsValue x, JsValue y)
    {
        if (x.IsNumber) return y.IsNumber && x.Number == y.Number;
        return StrictEqualsSlow(x, y);
    }

    static bool StrictEqualsSlow(JsValue x, JsValue y)
    {
        var a = x.Ref;
        var b = y.Ref;
        if (ReferenceEquals(a, b)) return true;
        if (a is string || a is JsRope)
            return (b is string || b is JsRope) && string.Equals(x.String, y.String, StringComparison.Ordinal);
        if (a is System.Numerics.BigInteger ba) return b is System.Numerics.BigInteger bb && ba == bb;
        return false;
    }

    /// <summary>https://tc39.es/ecma262/#sec-islooselyequal</summary>
    public static bool LooseEquals(JsValue x, JsValue y)
    {
        while (true)
        {
            if (x.IsNumber && y.IsNumber) return x.Number == y.Number;
            if (SameType(x, y)) return StrictEquals(x, y);
            if (x.IsNullOrUndefined && y.IsNullOrUndefined) return true;
            if (x.IsNullOrUndefined || y.IsNullOrUndefined) return false;
            if (x.IsNumber && y.IsString) return x.Number == TypeConversion.StringToNumber(y.String);
            if (x.IsString && y.IsNumber) return TypeConversion.StringToNumber(x.String) == y.Number;
            if (x.IsBigInt && y.IsString) return BigIntOperations.StringToBigInt(y.String) is { } yb && x.BigInt == yb;
            if (x.IsString && y.IsBigInt) { (x, y) = (y, x); continue; }
            if (x.IsBigInt && y.IsNumber) return BigIntOperations.CompareToNumber(x.BigInt, y.Number) == 0;
            if (x.IsNumber && y.IsBigInt) return BigIntOperations.CompareToNumber(y.BigInt, x.Number) == 0;
            if (x.IsBoolean) { x = x.IsTrue ? 1 : 0; continue; }
            if (y.IsBoolean) { y = y.IsTrue ? 1 : 0; continue; }
            if ((x.IsNumber || x.IsString || x.IsSymbol || x.IsBigInt) && y.IsObject) { y = TypeConversion.ToPrimitive(y); continue; }
            if (x.IsObject && (y.IsNumber || y.IsString || y.IsSymbol || y.IsBigInt)) { x = TypeConversion.ToPrimitive(x); continue; }
            return false;
        }
    }

    static bool SameType(JsValue x, JsValue y)
    {
        if (x.IsString) return y.IsString;
        if (x.IsNumber) return y.IsNumber;
        if (x.IsBoolean) return y.IsBoolean;
        if (x.IsObject) return y.IsObject;
        if (x.IsUndefined) return y.IsUndefined;
        if (x.IsNull) return y.IsNull;
        if (x.IsSymbol) return y.IsSymbol;
        return x.Ref?.GetType() == y.Ref?.GetType();
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-islessthan — returns true, false, or null for undefined
    /// (a NaN was involved). Both operands are already primitives, in the order the
    /// caller's LeftFirst flag required.
    /// </summary>
    public static bool? IsLessThan(JsValue px, JsValue py)
    {
        if (px.IsString && py.IsString) return string.CompareOrdinal(px.String, py.String) < 0;
        if (px.IsBigInt || py.IsBigInt) return BigIntOperations.IsLessThan(px, py);
        double nx = TypeConversion.ToNumber(px), ny = TypeConversion.ToNumber(py);
        if (double.IsNaN(nx) || double.IsNaN(ny)) return null;
        return nx < ny;
    }
}
