using System.Globalization;
using System.Runtime.CompilerServices;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>https://tc39.es/ecma262/#sec-type-conversion</summary>
public static class TypeConversion
{
    public enum Hint { Default, Number, String }

    /// <summary>https://tc39.es/ecma262/#sec-toprimitive</summary>
    public static JsValue ToPrimitive(JsValue input, Hint hint = Hint.Default)
    {
        if (input.Ref is not JsObject obj) return input;
        var exotic = obj.Get(JsSymbol.ToPrimitive);
        if (!exotic.IsNullOrUndefined)
        {
            if (exotic.AsObject is not JsFunction fn) return Throw.TypeError<JsValue>($"{NotCallableText(exotic)} is not a function");
            var hintName = hint == Hint.Default ? "default" : hint == Hint.Number ? "number" : "string";
            var result = fn.Call(input, new[] { JsValue.FromString(hintName) });
            if (result.IsObject) Throw.TypeError("Cannot convert object to primitive value");
            return result;
        }
        return OrdinaryToPrimitive(obj, hint == Hint.String ? Hint.String : Hint.Number);
    }

    // V8 names a non-callable @@toPrimitive by type, with the value for numbers, booleans and strings.
    static string NotCallableText(JsValue value) =>
        value.IsNumber || value.IsBoolean ? value.TypeOf() + " " + ToString(value)
        : value.IsString ? "string \"" + value.String + "\""
        : value.TypeOf();

    /// <summary>https://tc39.es/ecma262/#sec-ordinarytoprimitive</summary>
    public static JsValue OrdinaryToPrimitive(JsObject obj, Hint hint)
    {
        string first = hint == Hint.String ? "toString" : "valueOf";
        string second = hint == Hint.String ? "valueOf" : "toString";
        foreach (var name in new[] { first, second })
        {
            if (obj.Get(name).AsObject is JsFunction method)
            {
                var result = method.Call(JsValue.FromObject(obj), ReadOnlySpan<JsValue>.Empty);
                if (!result.IsObject) return result;
            }
        }
        return Throw.TypeError<JsValue>("Cannot convert object to primitive value");
    }

    /// <summary>https://tc39.es/ecma262/#sec-toboolean</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(JsValue value)
    {
        if (value.IsNumber) { double d = value.Number; return d != 0 && !double.IsNaN(d); }
        if (value.IsTrue) return true;
        return ToBooleanSlow(value);
    }

    static bool ToBooleanSlow(JsValue value) => value.Ref switch
    {
        null => false,
        string s => s.Length != 0,
        JsRope r => r.Length != 0,
        JsObject or JsSymbol => true,
        System.Numerics.BigInteger big => !big.IsZero,
        _ => false, // false, null
    };

    /// <summary>https://tc39.es/ecma262/#sec-tonumber</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToNumber(JsValue value) => value.IsNumber ? value.Number : ToNumberSlow(value);

    static double ToNumberSlow(JsValue value)
    {
        switch (value.Ref)
        {
            case null: return double.NaN;
            case string s: return StringToNumber(s);
            case JsRope r: return StringToNumber(r.Flatten());
            case JsSymbol: return Throw.TypeError<double>("Cannot convert a Symbol value to a number");
            case System.Numerics.BigInteger: return Throw.TypeError<double>("Cannot convert a BigInt value to a number");
            case JsObject: return ToNumber(ToPrimitive(value, Hint.Number));
        }
        if (value.IsNull) return 0;
        return value.IsTrue ? 1 : 0;
    }

    /// <summary>https://tc39.es/ecma262/#sec-stringtonumber</summary>
    public static double StringToNumber(string text)
    {
        var s = TrimJsWhitespace(text.AsSpan());
        if (s.Length == 0) return 0;
        if (s.Length > 2 && s[0] == '0')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0) return ParseRadixDigits(s[2..], radix);
        }
        int i = 0;
        bool negative = false;
        if (s[0] == '+' || s[0] == '-') { negative = s[0] == '-'; i = 1; }
        var rest = s[i..];
        if (rest.SequenceEqual("Infinity")) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        // StrUnsignedDecimalLiteral: digits [. digits] [e [+-] digits], at least one digit before the exponent.
        int j = 0, digits = 0;
        while (j < rest.Length && (uint)(rest[j] - '0') <= 9) { j++; digits++; }
        if (j < rest.Length && rest[j] == '.')
        {
            j++;
            while (j < rest.Length && (uint)(rest[j] - '0') <= 9) { j++; digits++; }
        }
        if (digits == 0) return double.NaN;
        if (j < rest.Length && (rest[j] | 0x20) == 'e')
        {
            j++;
            if (j < rest.Length && (rest[j] == '+' || rest[j] == '-')) j++;
            int expDigits = 0;
            while (j < rest.Length && (uint)(rest[j] - '0') <= 9) { j++; expDigits++; }
            if (expDigits == 0) return double.NaN;
        }
        if (j != rest.Length) return double.NaN;
        double value = double.Parse(rest, NumberStyles.Float, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    static double ParseRadixDigits(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.Length == 0) return double.NaN;
        foreach (char c in digits)
        {
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
            if (d >= radix) return double.NaN;
        }
        return NumberConversions.IntegerFromDigits(digits, radix);
    }

    /// <summary>WhiteSpace and LineTerminator, as String.prototype.trim and StringToNumber strip them.</summary>
    public static bool IsJsWhitespace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff'
        || c >= '\u2000' && c <= '\u200a';

    public static ReadOnlySpan<char> TrimJsWhitespace(ReadOnlySpan<char> s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsJsWhitespace(s[start])) start++;
        while (end > start && IsJsWhitespace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary>https://tc39.es/ecma262/#sec-tostring</summary>
    public static string ToString(JsValue value)
    {
        switch (value.Ref)
        {
            case string s: return s;
            case null: return "undefined";
            case JsRope r: return r.Flatten();
            case JsSymbol: return Throw.TypeError<string>("Cannot convert a Symbol value to a string");
            case System.Numerics.BigInteger big: return big.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case JsObject: return ToString(ToPrimitive(value, Hint.String));
        }
        if (value.IsNumber) return NumberToString(value.Number);
        if (value.IsNull) return "null";
        return value.IsTrue ? "true" : "false";
    }

    static readonly string[] SmallIntegers = Enumerable.Range(0, 256).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string NumberToString(double d)
    {
        if (d >= 0 && d < 256 && d == (int)d && !(d == 0 && double.IsNegative(d))) return SmallIntegers[(int)d];
        return NumberConversions.ToString(d);
    }

    /// <summary>A string value, or a rope left as a rope (for concatenation).</summary>
    public static JsValue ToStringValue(JsValue value) => value.IsString ? value : JsValue.FromString(ToString(value));

    /// <summary>https://tc39.es/ecma262/#sec-toobject</summary>
    public static JsObject ToObject(JsValue value)
    {
        if (value.Ref is JsObject o) return o;
        var realm = Realm.Current;
        if (value.IsNullOrUndefined) Throw.TypeError("Cannot convert undefined or null to object");
        if (value.IsString) return new JsPrimitiveWrapper(realm.StringPrototype, JsValue.FromString(value.String));
        if (value.IsNumber) return new JsPrimitiveWrapper(realm.NumberPrototype, value);
        if (value.IsBoolean) return new JsPrimitiveWrapper(realm.BooleanPrototype, value);
        if (value.IsSymbol) return new JsPrimitiveWrapper(realm.SymbolPrototype, value);
        return new JsPrimitiveWrapper(realm.BigIntPrototype, value);
    }

    /// <summary>https://tc39.es/ecma262/#sec-topropertykey</summary>
    public static PropertyKey ToPropertyKey(JsValue value)
    {
        switch (value.Ref)
        {
            case string s: return new PropertyKey(s);
            case JsSymbol sym: return new PropertyKey(sym);
        }
        if (value.IsNumber)
        {
            double d = value.Number;
            if (d >= 0 && d < uint.MaxValue && d == (uint)d) return PropertyKey.FromIndex((uint)d);
            return new PropertyKey(NumberConversions.ToString(d));
        }
        var primitive = ToPrimitive(value, Hint.String);
        return primitive.IsSymbol ? new PropertyKey(primitive.Symbol) : new PropertyKey(ToString(primitive));
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-toint32 — explicit modulo 2^32: since .NET 9, casting a
    /// double outside int's range saturates on x64, which would break `x | 0`.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInt32(double d)
    {
        if (d >= int.MinValue && d <= int.MaxValue) return (int)d; // NaN fails both tests
        return (int)ToUint32Slow(d);
    }

    public static int ToInt32(JsValue value) => ToInt32(ToNumber(value));

    /// <summary>ToInt32 of a double, under a name of its own for emitted code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInt32Double(double d) => ToInt32(d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ToUint32Double(double d) => ToUint32(d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ToUint32(double d)
    {
        if (d >= 0 && d <= uint.MaxValue) return (uint)d;
        return ToUint32Slow(d);
    }

    public static uint ToUint32(JsValue value) => ToUint32(ToNumber(value));

    static uint ToUint32Slow(double d)
    {
        // Below 2^63 in magnitude the cast to long truncates exactly, and keeping its low 32
        // bits is the modulo 2^32 the spec asks for; fmod is only needed beyond that.
        if (d > -9.2e18 && d < 9.2e18) return (uint)(long)d;
        if (double.IsNaN(d) || double.IsInfinity(d)) return 0;
        double m = Math.Truncate(d) % 4294967296.0;
        if (m < 0) m += 4294967296.0;
        return (uint)m;
    }

    /// <summary>https://tc39.es/ecma262/#sec-touint16</summary>
    public static ushort ToUint16(JsValue value) => (ushort)ToUint32(ToNumber(value));

    /// <summary>https://tc39.es/ecma262/#sec-tointegerorinfinity</summary>
    public static double ToIntegerOrInfinity(JsValue value)
    {
        double d = ToNumber(value);
        if (double.IsNaN(d) || d == 0) return 0;
        if (double.IsInfinity(d)) return d;
        return Math.Truncate(d);
    }

    /// <summary>https://tc39.es/ecma262/#sec-tolength</summary>
    public static double ToLength(JsValue value)
    {
        double len = ToIntegerOrInfinity(value);
        if (len <= 0) return 0;
        return Math.Min(len, 9007199254740991);
    }
}
