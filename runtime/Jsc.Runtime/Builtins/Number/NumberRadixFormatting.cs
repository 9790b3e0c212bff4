using System.Globalization;
using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Number.prototype.toString(radix) for radixes other than 10, digit for digit as V8 prints
/// it. The spec leaves the digits implementation-defined; V8 writes fraction digits only
/// while they still carry information (half the gap to the next double, scaled along with
/// the fraction), rounds the last one half-to-even with carry into the digits already
/// written, and prints integer digits beyond double precision as zeros.
/// </summary>
public static class NumberRadixFormatting
{
    const string Chars = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>https://tc39.es/ecma262/#sec-numeric-types-number-tostring for finite x.</summary>
    public static string ToString(double value, int radix)
    {
        if (value == 0) return "0";
        bool negative = value < 0;
        if (negative) value = -value;
        if (value < 9007199254740992.0 && value == Math.Floor(value))
            return (negative ? "-" : "") + IntegerDigits((long)value, radix);

        double integer = Math.Floor(value);
        double fraction = value - integer;
        // Half the distance to the next double: digits below it are noise.
        double delta = Math.Max(0.5 * (Math.BitIncrement(value) - value), double.Epsilon);
        var fractionDigits = new StringBuilder();
        if (fraction >= delta)
        {
            do
            {
                fraction *= radix;
                delta *= radix;
                int digit = (int)fraction;
                fractionDigits.Append(Chars[digit]);
                fraction -= digit;
                if (fraction > 0.5 || fraction == 0.5 && (digit & 1) != 0)
                {
                    if (fraction + delta > 1)
                    {
                        // Round up, carrying through trailing maximal digits and possibly into the integer part.
                        while (true)
                        {
                            int last = fractionDigits.Length - 1;
                            if (last < 0) { integer += 1; break; }
                            int d = DigitValue(fractionDigits[last]);
                            fractionDigits.Length = last;
                            if (d + 1 < radix) { fractionDigits.Append(Chars[d + 1]); break; }
                        }
                        break;
                    }
                }
            } while (fraction >= delta);
        }

        // Integer digits: those below the double's precision are zeros.
        var integerDigits = new StringBuilder();
        int zeros = 0;
        while (Exponent(integer / radix) > 0)
        {
            integer /= radix;
            zeros++;
        }
        do
        {
            double remainder = integer % radix;
            integerDigits.Insert(0, Chars[(int)remainder]);
            integer = (integer - remainder) / radix;
        } while (integer > 0);
        integerDigits.Append('0', zeros);

        var result = new StringBuilder();
        if (negative) result.Append('-');
        result.Append(integerDigits);
        if (fractionDigits.Length > 0) result.Append('.').Append(fractionDigits);
        return result.ToString();
    }

    static string IntegerDigits(long value, int radix)
    {
        if (value == 0) return "0";
        Span<char> buffer = stackalloc char[64];
        int p = buffer.Length;
        while (value > 0)
        {
            buffer[--p] = Chars[(int)(value % radix)];
            value /= radix;
        }
        return new string(buffer[p..]);
    }

    static int DigitValue(char c) => c <= '9' ? c - '0' : c - 'a' + 10;

    /// <summary>The binary exponent of d as significand (53-bit integer) × 2^exponent.</summary>
    static int Exponent(double d)
    {
        int biased = (int)((BitConverter.DoubleToInt64Bits(d) >> 52) & 0x7FF);
        return biased == 0 ? -1074 : biased - 1075;
    }
}
