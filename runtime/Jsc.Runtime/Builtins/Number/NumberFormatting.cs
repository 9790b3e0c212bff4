using System.Globalization;
using System.Numerics;
using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The digit generation behind toFixed, toExponential, toPrecision and toLocaleString.
/// Digits come from the exact value of the double (m × 2^e as a BigInteger fraction),
/// rounded half up as V8's bignum dtoa does, so (1.005).toFixed(2) is "1.00" because the
/// double is just below 1.005, and (2.5).toFixed(0) is "3". Arguments are finite and the
/// sign has been taken off.
/// </summary>
public static class NumberFormatting
{
    /// <summary>Number.prototype.toFixed for 0 ≤ x &lt; 1e21. https://tc39.es/ecma262/#sec-number.prototype.tofixed steps 10-11</summary>
    public static string ToFixed(double x, int fractionDigits)
    {
        var (num, den) = Exact(x);
        var n = RoundHalfUp(num * Pow10(fractionDigits), den);
        string m = n.IsZero ? "0" : n.ToString(CultureInfo.InvariantCulture);
        if (fractionDigits == 0) return m;
        if (m.Length <= fractionDigits) m = new string('0', fractionDigits + 1 - m.Length) + m;
        int k = m.Length;
        return string.Concat(m.AsSpan(0, k - fractionDigits), ".", m.AsSpan(k - fractionDigits));
    }

    /// <summary>Number.prototype.toExponential; fractionDigits null means as many digits as needed. https://tc39.es/ecma262/#sec-number.prototype.toexponential</summary>
    public static string ToExponential(double x, int? fractionDigits)
    {
        string digits;
        int e;
        if (x == 0) { digits = new string('0', (fractionDigits ?? 0) + 1); e = 0; }
        else if (fractionDigits is int f) digits = Digits(x, f + 1, out e);
        else digits = ShortestDigits(x, out e);
        var sb = new StringBuilder(digits.Length + 8);
        sb.Append(digits[0]);
        if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
        AppendExponent(sb, e);
        return sb.ToString();
    }

    /// <summary>Number.prototype.toPrecision. https://tc39.es/ecma262/#sec-number.prototype.toprecision steps 8-13</summary>
    public static string ToPrecision(double x, int precision)
    {
        string m;
        int e;
        if (x == 0) { m = new string('0', precision); e = 0; }
        else
        {
            m = Digits(x, precision, out e);
            if (e < -6 || e >= precision)
            {
                var sb = new StringBuilder(precision + 8);
                sb.Append(m[0]);
                if (precision > 1) sb.Append('.').Append(m, 1, m.Length - 1);
                AppendExponent(sb, e);
                return sb.ToString();
            }
        }
        if (e == precision - 1) return m;
        if (e >= 0) return string.Concat(m.AsSpan(0, e + 1), ".", m.AsSpan(e + 1));
        return "0." + new string('0', -(e + 1)) + m;
    }

    static void AppendExponent(StringBuilder sb, int e) =>
        sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The first <paramref name="count"/> significant digits of x > 0, rounded half up on the
    /// exact value, with x ≈ d.ddd × 10^exponent.
    /// </summary>
    public static string Digits(double x, int count, out int exponent)
    {
        var (num, den) = Exact(x);
        // Estimate floor(log10 x), then correct it exactly: 10^k ≤ x < 10^(k+1).
        int k = (int)Math.Floor(Math.Log10(x));
        while (CompareWithPowerOfTen(num, den, k) < 0) k--;
        while (CompareWithPowerOfTen(num, den, k + 1) >= 0) k++;
        int scale = count - 1 - k;
        var n = scale >= 0 ? RoundHalfUp(num * Pow10(scale), den) : RoundHalfUp(num, den * Pow10(-scale));
        if (n == Pow10(count)) { n /= 10; k++; }
        exponent = k;
        return n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The shortest digits that round-trip (the ones String(x) prints) for x > 0, with
    /// x ≈ d.ddd × 10^exponent. .NET's "R" format picks the same digits as V8.
    /// </summary>
    public static string ShortestDigits(double x, out int exponent)
    {
        string text = x.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E');
        int power = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text.AsSpan() : text.AsSpan(0, e);
        int point = mantissa.IndexOf('.');
        int integerDigits = point < 0 ? mantissa.Length : point;
        var sb = new StringBuilder(20);
        foreach (char c in mantissa) if (c != '.') sb.Append(c);
        string all = sb.ToString();
        int leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0') leadingZeros++;
        exponent = integerDigits - 1 + power - leadingZeros;
        return all[leadingZeros..].TrimEnd('0') is { Length: > 0 } digits ? digits : "0";
    }

    /// <summary>x = num / den exactly, for finite x ≥ 0.</summary>
    public static (BigInteger Num, BigInteger Den) Exact(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
        int biased = (int)(bits >> 52);
        long mantissa = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) e = -1074;
        else { mantissa |= 1L << 52; e = biased - 1075; }
        if (e >= 0) return (new BigInteger(mantissa) << e, BigInteger.One);
        return (new BigInteger(mantissa), BigInteger.One << -e);
    }

    static BigInteger RoundHalfUp(BigInteger num, BigInteger den)
    {
        var q = BigInteger.DivRem(num, den, out var r);
        if (r * 2 >= den) q += 1;
        return q;
    }

    /// <summary>Sign of num/den − 10^k.</summary>
    static int CompareWithPowerOfTen(BigInteger num, BigInteger den, int k) =>
        k >= 0 ? num.CompareTo(den * Pow10(k)) : (num * Pow10(-k)).CompareTo(den);

    static readonly BigInteger[] SmallPowers = Enumerable.Range(0, 64).Select(i => BigInteger.Pow(10, i)).ToArray();

    static BigInteger Pow10(int n) => n < SmallPowers.Length ? SmallPowers[n] : BigInteger.Pow(10, n);
}
