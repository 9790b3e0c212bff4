using System.Globalization;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// toFixed, toExponential, toPrecision, toString(radix) and toLocaleString against node on
/// thousands of generated doubles: each case is "method bits argument", run through node
/// and through our Number.prototype methods in one batch.
/// </summary>
public class NumberFormattingTests : RealmTest
{
    const string Script = """
        const view = new DataView(new ArrayBuffer(8));
        module.exports = (line) => {
          const [method, bits, arg] = line.split(' ');
          view.setBigUint64(0, BigInt('0x' + bits));
          const x = view.getFloat64(0);
          try {
            if (method === 'toLocaleString') return arg === 'u' ? x.toLocaleString() : x.toLocaleString('en-US', JSON.parse(arg));
            return arg === 'u' ? x[method]() : x[method](Number(arg));
          } catch (e) {
            return 'throws ' + e.name + ': ' + e.message;
          }
        };
        """;

    [NodeFact] public void ToFixedMatchesNode() => Compare("toFixed", seed: 1, count: 6000, r => r.Next(8) == 0 ? r.Next(21, 101) : r.Next(0, 21));
    [NodeFact] public void ToExponentialMatchesNode() => Compare("toExponential", seed: 2, count: 6000, r => r.Next(6) == 0 ? null : r.Next(10) == 0 ? r.Next(21, 101) : r.Next(0, 21));
    [NodeFact] public void ToPrecisionMatchesNode() => Compare("toPrecision", seed: 3, count: 6000, r => r.Next(10) == 0 ? r.Next(22, 101) : r.Next(1, 22));
    [NodeFact] public void ToStringWithRadixMatchesNode() => Compare("toString", seed: 4, count: 8000, r => r.Next(2, 37));
    [NodeFact] public void ToLocaleStringMatchesNode() => Compare("toLocaleString", seed: 5, count: 4000, LocaleOptions);

    /// <summary>No options, or a JSON object of fraction-digit and grouping options.</summary>
    static string? LocaleOptions(Random r)
    {
        if (r.Next(3) == 0) return null;
        var parts = new List<string>();
        if (r.Next(2) == 0) parts.Add($"\"minimumFractionDigits\":{r.Next(0, 8)}");
        if (r.Next(2) == 0) parts.Add($"\"maximumFractionDigits\":{r.Next(0, 21)}");
        if (r.Next(4) == 0) parts.Add($"\"minimumIntegerDigits\":{r.Next(1, 8)}");
        if (r.Next(4) == 0) parts.Add(r.Next(2) == 0 ? "\"useGrouping\":false" : "\"useGrouping\":\"min2\"");
        return "{" + string.Join(",", parts) + "}";
    }

    void Compare(string method, int seed, int count, Func<Random, int?> argument) =>
        Compare(method, seed, count, r => argument(r)?.ToString(CultureInfo.InvariantCulture));

    void Compare(string method, int seed, int count, Func<Random, string?> argument)
    {
        var random = new Random(seed);
        var lines = GenerateValues(random, count)
            .Select(v => $"{method} {BitConverter.DoubleToUInt64Bits(v):x16} {argument(random) ?? "u"}")
            .ToList();
        var fn = (JsFunction)Realm.NumberPrototype.Get(method).Object;
        NodeOracle.AssertSameAsNode(Script, lines, line =>
        {
            var parts = line.Split(' ');
            double x = BitConverter.UInt64BitsToDouble(ulong.Parse(parts[1], NumberStyles.HexNumber));
            JsValue[] args = parts[2] == "u" ? []
                : method == "toLocaleString" ? ["en-US", ParseJson(parts[2])]
                : [double.Parse(parts[2], CultureInfo.InvariantCulture)];
            return fn.Call(x, args).String;
        });
    }

    JsValue ParseJson(string text) => ((JsFunction)Realm.GlobalObject.Get("JSON").Object.Get("parse").Object).Call(JsValue.Undefined, [text]);

    /// <summary>Random bit patterns, integers, short decimals, ties like 1.005 and 2.5, powers of ten and their neighbours.</summary>
    static List<double> GenerateValues(Random random, int count)
    {
        var values = new List<double> { 0, 1, 0.5, 1.5, 2.5, 1.005, 1.45, 5e-324, double.MaxValue, 1e21, 999999999999999900000.0, 0.1, 1.0 / 3, double.NaN, double.PositiveInfinity };
        while (values.Count < count)
        {
            double v = random.Next(6) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FF0000000000000)),
                1 => random.Next(-100000, 100000),
                2 => random.NextInt64(-(1L << 53), 1L << 53) / Math.Pow(10, random.Next(0, 20)),
                3 => (random.Next(0, 20000) + 0.5) / Math.Pow(10, random.Next(0, 6)),
                4 => Math.Pow(10, random.Next(-30, 30)) * (random.Next(2) == 0 ? 1 : random.NextDouble() * 10),
                _ => random.NextDouble() * Math.Pow(2, random.Next(-60, 80)),
            };
            values.Add(random.Next(3) == 0 ? -v : v);
        }
        return values;
    }
}
