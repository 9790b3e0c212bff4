using System.Globalization;

namespace Jsc.Runtime.Values;

/// <summary>Conversions between JavaScript Number values and strings.</summary>
public static class NumberConversions
{
    // Integers of smaller magnitude are exact doubles whose every digit is needed,
    // so their decimal form is what the spec's shortest-digits layout produces.
    // Above 2^53 it is not: String(2**60) is "1152921504606847000", not the exact value.
    const double MaxExactInteger = 9007199254740992.0; // 2^53

    /// <summary>
    /// Number::toString(x) with radix 10: exactly what JavaScript's String(x) prints.
    /// https://tc39.es/ecma262/#sec-numeric-types-number-tostring
    /// </summary>
    public static string ToString(double value)
    {
        // Fast path: most numbers a program prints are small integers (also covers -0 -> "0").
        if (Math.Abs(value) < MaxExactInteger && value == Math.Truncate(value))
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";

        // .NET Core 3.0+ "R" yields the shortest digits that round-trip, choosing the
        // closest such value, which is the spec's (s, k, n); only the layout differs.
        Span<char> formatted = stackalloc char[32];
        if (!value.TryFormat(formatted, out int length, "R", CultureInfo.InvariantCulture))
            throw new InvalidOperationException("double did not fit its format buffer");

        Span<char> digits = stackalloc char[24];
        Decompose(formatted[..length], digits, out bool negative, out int k, out int n);
        return Layout(negative, digits[..k], n);
    }

    /// <summary>
    /// Reads .NET's "R" text ("-1.2345E-07", "0.001", "123.5") into the spec's digits s
    /// (k of them, no leading or trailing zeros) and n, where the value is 0.s × 10^n.
    /// </summary>
    static void Decompose(ReadOnlySpan<char> text, Span<char> digits, out bool negative, out int k, out int n)
    {
        negative = text[0] == '-';
        int i = negative ? 1 : 0;
        int exponent = 0;
        int e = text.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        int integerDigits = 0;
        bool seenPoint = false;
        bool leading = true;
        k = 0;
        int leadingZeros = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.') { seenPoint = true; continue; }
            if (!seenPoint) integerDigits++;
            if (leading && c == '0') { leadingZeros++; continue; }
            leading = false;
            digits[k++] = c;
        }
        while (k > 1 && digits[k - 1] == '0') k--;
        n = integerDigits + exponent - leadingZeros;
    }

    /// <summary>Steps 6-10 of Number::toString: plain or exponential form by n and k.</summary>
    static string Layout(bool negative, ReadOnlySpan<char> s, int n)
    {
        int k = s.Length;
        // Longest output: sign, "0.", 5 zeros and 17 digits, or sign, 17 digits, ".", "e-324".
        Span<char> buffer = stackalloc char[40];
        int p = 0;
        if (negative) buffer[p++] = '-';

        if (k <= n && n <= 21)
        {
            s.CopyTo(buffer[p..]);
            p += k;
            buffer.Slice(p, n - k).Fill('0');
            p += n - k;
        }
        else if (0 < n && n <= 21)
        {
            s[..n].CopyTo(buffer[p..]);
            p += n;
            buffer[p++] = '.';
            s[n..].CopyTo(buffer[p..]);
            p += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            buffer[p++] = '0';
            buffer[p++] = '.';
            buffer.Slice(p, -n).Fill('0');
            p += -n;
            s.CopyTo(buffer[p..]);
            p += k;
        }
        else
        {
            buffer[p++] = s[0];
            if (k > 1)
            {
                buffer[p++] = '.';
                s[1..].CopyTo(buffer[p..]);
                p += k - 1;
            }
            buffer[p++] = 'e';
            int exponent = n - 1;
            buffer[p++] = exponent < 0 ? '-' : '+';
            Math.Abs(exponent).TryFormat(buffer[p..], out int written, default, CultureInfo.InvariantCulture);
            p += written;
        }
        return new string(buffer[..p]);
    }

    /// <summary>The exact integer that valid digits (0-9, a-z, either case) spell in <paramref name="radix"/>.</summary>
    public static System.Numerics.BigInteger ParseDigits(ReadOnlySpan<char> digits, int radix)
    {
        var value = System.Numerics.BigInteger.Zero;
        foreach (char c in digits) value = value * radix + DigitValue(c);
        return value;
    }

    /// <summary>The integer that valid digits spell, rounded once to the nearest double (ties to even), as
    /// numeric literals and StringToNumber need (https://tc39.es/ecma262/#sec-numericvalue).</summary>
    public static double IntegerFromDigits(ReadOnlySpan<char> digits, int radix)
    {
        ulong small = 0;
        foreach (char c in digits)
        {
            ulong d = (ulong)DigitValue(c);
            if (small > (ulong.MaxValue - d) / (ulong)radix) return RoundToDouble(ParseDigits(digits, radix));
            small = small * (ulong)radix + d;
        }
        return small;
    }

    /// <summary>A non-negative integer rounded to the nearest double, ties to even (.NET's conversion truncates large values).</summary>
    public static double RoundToDouble(System.Numerics.BigInteger value)
    {
        long bits = (long)value.GetBitLength();
        if (bits <= 64) return (ulong)value;
        int shift = (int)(bits - 53);
        var mantissa = value >> shift;
        var rest = value - (mantissa << shift);
        var half = System.Numerics.BigInteger.One << (shift - 1);
        if (rest > half || rest == half && !mantissa.IsEven) mantissa += 1;
        return Math.ScaleB((double)(ulong)mantissa, shift);
    }

    static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
