using System.Globalization;
using System.Numerics;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// The BigInt halves of the numeric operators (https://tc39.es/ecma262/#sec-numeric-types-bigint):
/// the operators' slow paths come here when an operand is not a number; mixing a BigInt with a
/// Number is V8's TypeError.
/// </summary>
public static class BigIntOperations
{
    public enum Op { Add, Subtract, Multiply, Divide, Modulo, Exponentiate, And, Or, Xor, LeftShift, RightShift, UnsignedRightShift }

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsValue> Literals = new();

    /// <summary>A BigInt literal's value from its decimal digits, parsed once per distinct literal.</summary>
    public static JsValue Literal(string digits) =>
        Literals.GetOrAdd(digits, d => JsValue.FromBigInt(BigInteger.Parse(d, CultureInfo.InvariantCulture)));

    /// <summary>https://tc39.es/ecma262/#sec-tonumeric: a number or a BigInt.</summary>
    public static JsValue ToNumeric(JsValue value)
    {
        if (value.IsNumber || value.IsBigInt) return value;
        var primitive = TypeConversion.ToPrimitive(value, TypeConversion.Hint.Number);
        return primitive.IsBigInt ? primitive : JsValue.FromNumber(TypeConversion.ToNumber(primitive));
    }

    /// <summary>ApplyStringOrNumericBinaryOperator's numeric part for operands that are not both numbers.</summary>
    public static JsValue Binary(JsValue a, JsValue b, Op op)
    {
        var x = ToNumeric(a);
        var y = ToNumeric(b);
        if (x.IsBigInt != y.IsBigInt) return Throw.TypeError<JsValue>("Cannot mix BigInt and other types, use explicit conversions");
        if (!x.IsBigInt) return JsValue.FromNumber(NumberOp(x.Number, y.Number, op));
        return JsValue.FromBigInt(BigIntOp(x.BigInt, y.BigInt, op));
    }

    static double NumberOp(double x, double y, Op op) => op switch
    {
        Op.Add => x + y,
        Op.Subtract => x - y,
        Op.Multiply => x * y,
        Op.Divide => x / y,
        Op.Modulo => Operators.Remainder(x, y),
        Op.Exponentiate => Operators.Power(x, y),
        Op.And => TypeConversion.ToInt32(x) & TypeConversion.ToInt32(y),
        Op.Or => TypeConversion.ToInt32(x) | TypeConversion.ToInt32(y),
        Op.Xor => TypeConversion.ToInt32(x) ^ TypeConversion.ToInt32(y),
        Op.LeftShift => TypeConversion.ToInt32(x) << (int)(TypeConversion.ToUint32(y) & 31),
        Op.RightShift => TypeConversion.ToInt32(x) >> (int)(TypeConversion.ToUint32(y) & 31),
        _ => TypeConversion.ToUint32(x) >> (int)(TypeConversion.ToUint32(y) & 31),
    };

    static BigInteger BigIntOp(BigInteger x, BigInteger y, Op op)
    {
        switch (op)
        {
            case Op.Add: return x + y;
            case Op.Subtract: return x - y;
            case Op.Multiply: return x * y;
            case Op.Divide:
                if (y.IsZero) Throw.RangeError("Division by zero");
                return BigInteger.Divide(x, y);
            case Op.Modulo:
                if (y.IsZero) Throw.RangeError("Division by zero");
                return BigInteger.Remainder(x, y);
            case Op.Exponentiate:
                if (y.Sign < 0) Throw.RangeError("undefined must be positive"); // V8's wording, verbatim
                if (y > int.MaxValue) Throw.RangeError("Maximum BigInt size exceeded");
                return BigInteger.Pow(x, (int)y);
            case Op.And: return x & y;
            case Op.Or: return x | y;
            case Op.Xor: return x ^ y;
            case Op.LeftShift: return Shift(x, y);
            case Op.RightShift: return Shift(x, -y);
            default: return Throw.TypeError<BigInteger>("BigInts have no unsigned right shift, use >> instead");
        }
    }

    /// <summary>x × 2^count, flooring for negative counts (https://tc39.es/ecma262/#sec-numeric-types-bigint-leftShift).</summary>
    static BigInteger Shift(BigInteger x, BigInteger count)
    {
        if (count > 1 << 30) Throw.RangeError("Maximum BigInt size exceeded");
        if (count < -(1 << 30)) return x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        int n = (int)count;
        return n >= 0 ? x << n : x >> -n;
    }

    public static JsValue Negate(JsValue a)
    {
        var x = ToNumeric(a);
        return x.IsBigInt ? JsValue.FromBigInt(-x.BigInt) : JsValue.FromNumber(-x.Number);
    }

    public static JsValue BitwiseNot(JsValue a)
    {
        var x = ToNumeric(a);
        return x.IsBigInt ? JsValue.FromBigInt(-x.BigInt - 1) : JsValue.FromNumber(~TypeConversion.ToInt32(x.Number));
    }

    /// <summary>++/-- on a value already converted by ToNumeric.</summary>
    public static JsValue Step(JsValue numeric, int delta) =>
        numeric.IsBigInt ? JsValue.FromBigInt(numeric.BigInt + delta) : JsValue.FromNumber(numeric.Number + delta);

    /// <summary>IsLessThan with a BigInt on either side (https://tc39.es/ecma262/#sec-islessthan steps 3-4); null for NaN.</summary>
    public static bool? IsLessThan(JsValue px, JsValue py)
    {
        if (px.IsBigInt && py.IsString)
            return StringToBigInt(py.String) is { } ny ? px.BigInt < ny : null;
        if (px.IsString && py.IsBigInt)
            return StringToBigInt(px.String) is { } nx ? nx < py.BigInt : null;
        var x = ToNumeric(px);
        var y = ToNumeric(py);
        if (x.IsBigInt && y.IsBigInt) return x.BigInt < y.BigInt;
        int c = x.IsBigInt ? CompareToNumber(x.BigInt, y.Number) : -CompareToNumber(y.BigInt, x.Number);
        return c == int.MinValue ? null : c < 0;
    }

    /// <summary>The sign of (big − number), exactly; int.MinValue when the number is NaN.</summary>
    public static int CompareToNumber(BigInteger big, double number)
    {
        if (double.IsNaN(number)) return int.MinValue;
        if (double.IsPositiveInfinity(number)) return -1;
        if (double.IsNegativeInfinity(number)) return 1;
        var floor = new BigInteger(Math.Floor(number));
        int c = big.CompareTo(floor);
        if (c != 0) return c;
        return number > Math.Floor(number) ? -1 : 0;
    }

    /// <summary>https://tc39.es/ecma262/#sec-stringtobigint: decimal, 0x/0o/0b, surrounding white space; null when invalid.</summary>
    public static BigInteger? StringToBigInt(string text)
    {
        var s = TypeConversion.TrimJsWhitespace(text).ToString();
        if (s.Length == 0) return BigInteger.Zero;
        int radix = 10;
        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            s = s[2..];
            foreach (char c in s) if (!IsDigit(c, radix)) return null;
            return NumberConversions.ParseDigits(s, radix);
        }
        bool negative = s[0] == '-';
        if (s[0] is '+' or '-') s = s[1..];
        if (s.Length == 0) return null;
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return null;
        var value = BigInteger.Parse(s, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    static bool IsDigit(char c, int radix)
    {
        int d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : 99;
        return d < radix;
    }

    /// <summary>BigInt::toString(x, radix), lower-case digits.</summary>
    public static string ToString(BigInteger value, int radix)
    {
        if (radix == 10) return value.ToString(CultureInfo.InvariantCulture);
        if (value.IsZero) return "0";
        bool negative = value.Sign < 0;
        var n = BigInteger.Abs(value);
        var digits = new System.Text.StringBuilder();
        while (!n.IsZero)
        {
            n = BigInteger.DivRem(n, radix, out var rem);
            int d = (int)rem;
            digits.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
        }
        if (negative) digits.Insert(0, '-');
        return digits.ToString();
    }
}
