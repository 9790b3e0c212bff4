using System.Globalization;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// Every Math function against node on generated arguments. The exactly rounded ones
/// (sqrt, floor, hypot, fround...) must match bit for bit. V8 computes the transcendental
/// ones with its fdlibm port and we with .NET's libm, so those may differ in the last bit:
/// the test allows <see cref="TranscendentalUlps"/> and fails beyond it.
/// </summary>
public class MathPrecisionTests : RealmTest
{
    const string Script = """
        const view = new DataView(new ArrayBuffer(8));
        const fromBits = h => { view.setBigUint64(0, BigInt('0x' + h)); return view.getFloat64(0); };
        module.exports = (line) => {
          const [name, ...bits] = line.split(' ');
          const result = Math[name](...bits.map(fromBits));
          return Object.is(result, -0) ? '-0' : String(result);
        };
        """;

    /// <summary>Functions that are not exactly rounded, and the largest difference from V8 allowed.</summary>
    static readonly Dictionary<string, int> TranscendentalUlps = new()
    {
        ["acos"] = 1, ["acosh"] = 1, ["asin"] = 1, ["asinh"] = 1, ["atan"] = 1, ["atanh"] = 1, ["atan2"] = 1, ["cbrt"] = 1,
        ["cos"] = 1, ["cosh"] = 1, ["exp"] = 1, ["expm1"] = 2, ["log"] = 1, ["log1p"] = 2, ["log10"] = 1, ["log2"] = 1,
        ["pow"] = 1, ["sin"] = 1, ["sinh"] = 2, ["tan"] = 1, ["tanh"] = 2,
    };

    static readonly string[] Unary = ["abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "exp", "expm1",
        "floor", "fround", "log", "log1p", "log10", "log2", "round", "sign", "sin", "sinh", "sqrt", "tan", "tanh", "trunc"];
    static readonly string[] Binary = ["atan2", "pow", "hypot", "max", "min", "imul"];

    [NodeFact]
    public void EveryFunctionMatchesNode()
    {
        var random = new Random(7);
        var lines = new List<string>();
        foreach (var name in Unary)
            for (int i = 0; i < 1500; i++) lines.Add(name + " " + Bits(Argument(random, name)));
        foreach (var name in Binary)
            for (int i = 0; i < 1500; i++) lines.Add(name + " " + Bits(Argument(random, name)) + " " + Bits(Argument(random, name)));
        var math = Realm.GlobalObject.Get("Math").Object;
        NodeOracle.AssertSameAsNode(Script, lines, line =>
        {
            var parts = line.Split(' ');
            var args = parts.Skip(1).Select(b => JsValue.FromNumber(BitConverter.UInt64BitsToDouble(ulong.Parse(b, NumberStyles.HexNumber)))).ToArray();
            return Show.Value(((JsFunction)math.Get(parts[0]).Object).Call(JsValue.Undefined, args));
        }, accept: (line, node, ours) =>
            TranscendentalUlps.TryGetValue(line.Split(' ')[0], out int allowed) && UlpDistance(Parse(node), Parse(ours)) <= allowed);
    }

    static double Parse(string shown) => double.Parse(shown, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>How many doubles apart two finite values of the same sign are.</summary>
    static long UlpDistance(double a, double b)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || Math.Sign(a) != Math.Sign(b)) return long.MaxValue;
        return Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));
    }

    static string Bits(double d) => BitConverter.DoubleToUInt64Bits(d).ToString("x16");

    /// <summary>Arguments in each function's interesting domain, plus a few specials.</summary>
    static double Argument(Random r, string name)
    {
        if (r.Next(40) == 0) return new[] { 0.0, -0.0, 1, -1, 0.5, -0.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue }[r.Next(11)];
        double sign = r.Next(2) == 0 ? 1 : -1;
        return name switch
        {
            "acos" or "asin" or "atanh" => sign * r.NextDouble(),
            "acosh" => 1 + r.NextDouble() * Math.Pow(10, r.Next(0, 6)),
            "exp" or "expm1" or "cosh" or "sinh" or "tanh" => sign * r.NextDouble() * Math.Pow(10, r.Next(-8, 3)),
            "log" or "log1p" or "log10" or "log2" or "sqrt" or "cbrt" => r.NextDouble() * Math.Pow(10, r.Next(-10, 12)),
            "pow" => sign * r.NextDouble() * Math.Pow(10, r.Next(-3, 3)),
            "imul" => sign * r.NextInt64(0, 1L << 40),
            _ => sign * r.NextDouble() * Math.Pow(10, r.Next(-10, 10)),
        };
    }
}
