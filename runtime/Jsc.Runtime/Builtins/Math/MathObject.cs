using System.Numerics;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The Math object. https://tc39.es/ecma262/#sec-math-object</summary>
public static class MathObject
{
    [ThreadStatic] static Random? _random;

    public static void Install(Realm realm)
    {
        var math = new JsObject(realm.ObjectPrototype);
        // V8's order.
        math.DefineMethods(realm,
            Unary("abs", Math.Abs),
            Unary("acos", Math.Acos),
            Unary("acosh", Math.Acosh),
            Unary("asin", Math.Asin),
            Unary("asinh", Math.Asinh),
            Unary("atan", Math.Atan),
            Unary("atanh", Math.Atanh),
            new("atan2", 2, (_, args) => Math.Atan2(TypeConversion.ToNumber(args.Arg(0)), TypeConversion.ToNumber(args.Arg(1)))),
            Unary("ceil", Math.Ceiling),
            Unary("cbrt", MathFunctions.Cbrt),
            Unary("expm1", MathFunctions.Expm1),
            new("clz32", 1, (_, args) => (double)BitOperations.LeadingZeroCount(TypeConversion.ToUint32(args.Arg(0)))),
            Unary("cos", Math.Cos),
            Unary("cosh", Math.Cosh),
            Unary("exp", Math.Exp),
            Unary("floor", Math.Floor),
            Unary("fround", x => (double)(float)x),
            new("hypot", 2, Hypot),
            new("imul", 2, (_, args) => (double)unchecked(TypeConversion.ToInt32(args.Arg(0)) * TypeConversion.ToInt32(args.Arg(1)))),
            Unary("log", Math.Log),
            Unary("log1p", MathFunctions.Log1p),
            Unary("log2", Math.Log2),
            Unary("log10", Math.Log10),
            new("max", 2, (_, args) => MinMax(args, max: true)),
            new("min", 2, (_, args) => MinMax(args, max: false)),
            new("pow", 2, (_, args) => Operators.Power(TypeConversion.ToNumber(args.Arg(0)), TypeConversion.ToNumber(args.Arg(1)))),
            new("random", 0, (_, _) => (_random ??= new Random()).NextDouble()),
            Unary("round", Round),
            Unary("sign", x => double.IsNaN(x) || x == 0 ? x : Math.Sign(x)),
            Unary("sin", Math.Sin),
            Unary("sinh", Math.Sinh),
            Unary("sqrt", Math.Sqrt),
            Unary("tan", Math.Tan),
            Unary("tanh", Math.Tanh),
            Unary("trunc", Math.Truncate));
        math.DefineConstants(
            ("E", Math.E),
            ("LN10", 2.302585092994046),
            ("LN2", 0.6931471805599453),
            ("LOG10E", 0.4342944819032518),
            ("LOG2E", 1.4426950408889634),
            ("PI", Math.PI),
            ("SQRT1_2", 0.7071067811865476),
            ("SQRT2", 1.4142135623730951));
        math.DefineToStringTag("Math");
        realm.DefineGlobal("Math", math);
    }

    /// <summary>A method of one Number argument: https://tc39.es/ecma262/#sec-function-properties-of-the-math-object</summary>
    static BuiltinMethod Unary(string name, Func<double, double> f) =>
        new(name, 1, (_, args) => f(TypeConversion.ToNumber(args.Arg(0))));

    /// <summary>https://tc39.es/ecma262/#sec-math.round — halves round up, and -0.5 ≤ x &lt; 0 gives -0.</summary>
    static double Round(double x)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        if (x > 0 && x < 0.5) return 0;
        if (x < 0 && x >= -0.5) return -0.0;
        double floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>https://tc39.es/ecma262/#sec-math.max and #sec-math.min — every argument is converted first.</summary>
    static JsValue MinMax(ReadOnlySpan<JsValue> args, bool max)
    {
        double result = max ? double.NegativeInfinity : double.PositiveInfinity;
        bool nan = false;
        foreach (var arg in args)
        {
            double x = TypeConversion.ToNumber(arg);
            if (double.IsNaN(x)) { nan = true; continue; }
            if (max ? x > result || x == 0 && result == 0 && !double.IsNegative(x) : x < result || x == 0 && result == 0 && double.IsNegative(x))
                result = x;
        }
        return nan ? double.NaN : result;
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-math.hypot — summed as V8 does (scaled by the largest
    /// magnitude, with compensated summation) so results match to the last bit.
    /// </summary>
    static JsValue Hypot(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var values = new double[args.Length];
        bool infinite = false, nan = false;
        double largest = 0;
        for (int i = 0; i < args.Length; i++)
        {
            double x = Math.Abs(TypeConversion.ToNumber(args[i]));
            values[i] = x;
            if (double.IsInfinity(x)) infinite = true;
            else if (double.IsNaN(x)) nan = true;
            else if (x > largest) largest = x;
        }
        if (infinite) return double.PositiveInfinity;
        if (nan) return double.NaN;
        if (largest == 0) return 0;
        double sum = 0, compensation = 0;
        foreach (double x in values)
        {
            double scaled = x / largest;
            double summand = scaled * scaled - compensation;
            double next = sum + summand;
            compensation = next - sum - summand;
            sum = next;
        }
        return Math.Sqrt(sum) * largest;
    }
}
