using System.Diagnostics;
using System.Globalization;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Values;

public class NumberConversionsTests
{
    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.0, "-1")]
    [InlineData(42.0, "42")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-1e21, "-1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000012345, "0.0000012345")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-5e-324, "-5e-324")]
    [InlineData(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(9007199254740991.0, "9007199254740991")]
    [InlineData(9007199254740992.0, "9007199254740992")]
    [InlineData(9007199254740994.0, "9007199254740994")]
    [InlineData(1152921504606846976.0, "1152921504606847000")] // 2^60: shortest digits, not exact
    [InlineData(9223372036854775807.0, "9223372036854776000")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(1e100, "1e+100")]
    [InlineData(4294967295.0, "4294967295")]
    [InlineData(0.5, "0.5")]
    [InlineData(100.25, "100.25")]
    [InlineData(1.2345678901234567e-5, "0.000012345678901234568")]
    public void FormatsLikeJavaScript(double value, string expected)
    {
        Assert.Equal(expected, NumberConversions.ToString(value));
    }

    [Fact]
    public void NegativeZeroIsZero()
    {
        // Kept out of the theory: its analyzer sees -0.0 and 0.0 as duplicate data.
        Assert.Equal("0", NumberConversions.ToString(-0.0));
    }

    [NodeFact]
    public void MatchesNodeForRandomDoubles()
    {
        string node = FindOnPath("node")!;
        var values = GenerateValues(seed: 20240601, count: 20_000);
        string input = Path.GetTempFileName();
        string script = Path.GetTempFileName() + ".js";
        try
        {
            File.WriteAllLines(input, values.Select(v => BitConverter.DoubleToUInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));
            File.WriteAllText(script, NodeScript);
            var expected = RunNode(node, script, input);
            Assert.Equal(values.Count, expected.Length);

            var mismatches = new List<string>();
            for (int i = 0; i < values.Count; i++)
            {
                string actual = NumberConversions.ToString(values[i]);
                if (actual != expected[i])
                    mismatches.Add($"bits 0x{BitConverter.DoubleToUInt64Bits(values[i]):x16}: node \"{expected[i]}\", jsc \"{actual}\"");
            }
            Assert.True(mismatches.Count == 0,
                $"{mismatches.Count} of {values.Count} differ from node:\n" + string.Join("\n", mismatches.Take(20)));
        }
        finally
        {
            File.Delete(input);
            File.Delete(script);
        }
    }

    // Reads one hex bit pattern per line and prints String(x) for each.
    const string NodeScript = """
        const fs = require('fs');
        const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.length > 0);
        const view = new DataView(new ArrayBuffer(8));
        const out = new Array(lines.length);
        for (let i = 0; i < lines.length; i++) {
          view.setBigUint64(0, BigInt('0x' + lines[i]));
          out[i] = String(view.getFloat64(0));
        }
        process.stdout.write(out.join('\n') + '\n');
        """;

    static List<double> GenerateValues(int seed, int count)
    {
        var random = new Random(seed);
        var values = new List<double>(count);
        // Boundaries of the layout rules and of the integer fast path.
        double[] edges = [1e21, 1e-6, 1e-7, 9007199254740992.0, 9223372036854775808.0, double.Epsilon, double.MaxValue, 2.2250738585072014e-308];
        foreach (var edge in edges)
        {
            values.Add(edge);
            values.Add(Math.BitIncrement(edge));
            values.Add(Math.BitDecrement(edge));
        }
        while (values.Count < count)
        {
            double v = (values.Count % 4) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next(2) << 63)),
                1 => random.Next(3) switch
                {
                    0 => random.Next(-1000, 1000),
                    1 => random.NextInt64(-(1L << 53), 1L << 53),
                    _ => (double)random.NextInt64() * Math.Pow(2, random.Next(0, 12)),
                },
                2 => PowerOfTen(random),
                _ => random.NextInt64(1, 10_000_000_000) / Math.Pow(10, random.Next(0, 30)),
            };
            values.Add(random.Next(2) == 0 ? v : -v);
        }
        return values;
    }

    // Powers of ten and their neighbours exercise both layout thresholds and digit rounding.
    static double PowerOfTen(Random random)
    {
        double p = double.Parse("1e" + random.Next(-325, 309).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return random.Next(3) switch
        {
            0 => p,
            1 => Math.BitIncrement(p),
            _ => Math.BitDecrement(p),
        };
    }

    static string[] RunNode(string node, string script, string input)
    {
        var info = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(input);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A fact skipped, with the reason shown, when node is not installed.</summary>
    // xunit 2 has no runtime skip, but an attribute can set Skip when it is constructed.
    sealed class NodeFactAttribute : FactAttribute
    {
        public NodeFactAttribute()
        {
            if (FindOnPath("node") is null)
                Skip = "`node` is not on PATH, so there is no reference output to compare against.";
        }
    }

    static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            foreach (var candidate in new[] { name, name + ".exe" })
            {
                string path = Path.Combine(dir, candidate);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }
}
