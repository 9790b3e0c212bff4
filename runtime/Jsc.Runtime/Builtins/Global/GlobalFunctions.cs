using System.Globalization;
using System.Numerics;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-value-properties-of-the-global-object and #sec-function-properties-of-the-global-object</summary>
public static class GlobalFunctions
{
    public static void Install(Realm realm)
    {
        var global = realm.GlobalObject;
        global.DefineConstants(
            ("NaN", double.NaN),
            ("Infinity", double.PositiveInfinity),
            ("undefined", JsValue.Undefined));
        global.DefineMethods(realm,
            new("isFinite", 1, IsFinite),
            new("isNaN", 1, IsNaN),
            new("parseFloat", 1, ParseFloat),
            new("parseInt", 2, ParseInt));
    }

    /// <summary>https://tc39.es/ecma262/#sec-isfinite-number</summary>
    static JsValue IsFinite(JsValue thisValue, ReadOnlySpan<JsValue> args) => double.IsFinite(TypeConversion.ToNumber(args.Arg(0)));

    /// <summary>https://tc39.es/ecma262/#sec-isnan-number</summary>
    static JsValue IsNaN(JsValue thisValue, ReadOnlySpan<JsValue> args) => double.IsNaN(TypeConversion.ToNumber(args.Arg(0)));

    /// <summary>https://tc39.es/ecma262/#sec-parsefloat-string</summary>
    static JsValue ParseFloat(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = TrimStart(TypeConversion.ToString(args.Arg(0)));
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        var rest = s[i..];
        if (rest.StartsWith("Infinity", StringComparison.Ordinal)) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        // The longest prefix that is a StrUnsignedDecimalLiteral.
        int j = 0, digits = 0;
        while (j < rest.Length && IsDigit(rest[j])) { j++; digits++; }
        if (j < rest.Length && rest[j] == '.')
        {
            int k = j + 1;
            while (k < rest.Length && IsDigit(rest[k])) { k++; digits++; }
            if (digits > 0) j = k;
        }
        if (digits == 0) return double.NaN;
        if (j < rest.Length && (rest[j] | 0x20) == 'e')
        {
            int k = j + 1;
            if (k < rest.Length && (rest[k] == '+' || rest[k] == '-')) k++;
            int start = k;
            while (k < rest.Length && IsDigit(rest[k])) k++;
            if (k > start) j = k;
        }
        double value = double.Parse(rest[..j], NumberStyles.Float, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>https://tc39.es/ecma262/#sec-parseint-string-radix</summary>
    static JsValue ParseInt(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = TrimStart(TypeConversion.ToString(args.Arg(0)));
        int radix = TypeConversion.ToInt32(args.Arg(1));
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        bool stripPrefix = true;
        if (radix != 0)
        {
            if (radix < 2 || radix > 36) return double.NaN;
            if (radix != 16) stripPrefix = false;
        }
        else radix = 10;
        if (stripPrefix && i + 1 < s.Length && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
        {
            i += 2;
            radix = 16;
        }
        int end = i;
        while (end < s.Length && DigitValue(s[end]) < radix) end++;
        if (end == i) return double.NaN;
        double value = ParseDigits(s[i..end], radix);
        return negative ? -value : value;
    }

    /// <summary>
    /// The value of digits in a radix as V8 computes it: correctly rounded for radix 10 and
    /// powers of two; otherwise accumulated in 32-bit chunks, which the spec allows to be
    /// approximate beyond 20 digits.
    /// </summary>
    static double ParseDigits(ReadOnlySpan<char> digits, int radix)
    {
        if (radix == 10) return double.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if ((radix & (radix - 1)) == 0)
        {
            var exact = BigInteger.Zero;
            foreach (char c in digits) exact = exact * radix + DigitValue(c);
            return BigIntegerToDouble(exact);
        }
        // V8 skips leading zeros first, which decides where its 32-bit chunks start.
        digits = digits.TrimStart('0');
        double result = 0;
        int p = 0;
        while (p < digits.Length)
        {
            uint part = 0, multiplier = 1;
            while (p < digits.Length)
            {
                uint m = multiplier * (uint)radix;
                if (m > uint.MaxValue / 36) break;
                part = part * (uint)radix + (uint)DigitValue(digits[p]);
                multiplier = m;
                p++;
            }
            result = result * multiplier + part;
        }
        return result;
    }

    /// <summary>A non-negative BigInteger as the nearest double, ties to even (.NET's cast truncates).</summary>
    public static double BigIntegerToDouble(BigInteger value)
    {
        if (value.Sign < 0) return -BigIntegerToDouble(-value);
        long bits = (long)value.GetBitLength();
        if (bits <= 53) return (double)(ulong)value;
        int shift = (int)(bits - 53);
        var top = value >> shift;
        var rest = value - (top << shift);
        var half = BigInteger.One << (shift - 1);
        ulong mantissa = (ulong)top;
        if (rest > half || rest == half && (mantissa & 1) != 0) mantissa++;
        return shift > 2000 ? double.PositiveInfinity : Math.ScaleB(mantissa, shift);
    }

    static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    static int DigitValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;

    static ReadOnlySpan<char> TrimStart(string s)
    {
        int i = 0;
        while (i < s.Length && TypeConversion.IsJsWhitespace(s[i])) i++;
        return s.AsSpan(i);
    }
}
