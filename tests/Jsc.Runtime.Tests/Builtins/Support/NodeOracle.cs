using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins.Support;

/// <summary>
/// node as the reference: runs a batch of inputs through one node process. Inputs and
/// outputs are one JSON string per line, so they may contain any character.
/// </summary>
public static class NodeOracle
{
    /// <summary>The JavaScript twin of <see cref="Show.Value"/>.</summary>
    public const string ShowFunction = """
        function show(v, depth = 0) {
          if (v === undefined) return 'undefined';
          if (v === null) return 'null';
          if (typeof v === 'string') return JSON.stringify(v);
          if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
          if (typeof v === 'boolean' || typeof v === 'symbol') return String(v);
          if (typeof v === 'bigint') return v + 'n';
          if (typeof v === 'function') return '[Function: ' + v.name + ']';
          if (v instanceof Error) return '[' + v.name + ': ' + v.message + ']';
          for (const W of [Number, String, Boolean, Symbol, BigInt])
            if (v instanceof W) return '[' + W.name + ': ' + show(v.valueOf()) + ']';
          if (Array.isArray(v)) {
            if (depth > 3) return '[...]';
            const items = [];
            for (let i = 0; i < v.length; i++) items.push(show(v[i], depth + 1));
            return '[' + items.join(',') + ']';
          }
          if (depth > 3) return '{...}';
          return '{' + Object.keys(v).map(k => k + ':' + show(v[k], depth + 1)).join(',') + '}';
        }
        function thrown(e) {
          return e !== null && typeof e === 'object' ? 'throws ' + e.name + ': ' + e.message : 'throws ' + show(e);
        }
        """;

    /// <summary>Evaluates each expression in node's global scope and shows the result as <see cref="MiniJs.Run"/> does.</summary>
    public static string[] Evaluate(IReadOnlyList<string> expressions) =>
        Run(ShowFunction + """
            module.exports = (expr) => { try { return show((0, eval)(expr)); } catch (e) { return thrown(e); } };
            """, expressions);

    /// <summary>
    /// Runs <paramref name="script"/>, which must set module.exports to a function from one
    /// input string to one output string, over every input.
    /// </summary>
    public static string[] Run(string script, IReadOnlyList<string> inputs)
    {
        string node = FindOnPath("node") ?? throw new InvalidOperationException("node is not on PATH");
        string dir = Path.Combine(Path.GetTempPath(), "jsc-oracle-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "case.js"), script);
            File.WriteAllLines(Path.Combine(dir, "input.txt"), inputs.Select(i => JsonSerializer.Serialize(i)));
            File.WriteAllText(Path.Combine(dir, "driver.js"), """
                const fs = require('fs');
                const f = require(process.argv[2]);
                const lines = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(l => l.length > 0);
                const out = lines.map(l => JSON.stringify(String(f(JSON.parse(l)))));
                fs.writeFileSync(process.argv[4], out.join('\n') + '\n');
                """);
            var info = new ProcessStartInfo(node) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "driver.js", "./case.js", "input.txt", "output.txt" }) info.ArgumentList.Add(arg);
            info.WorkingDirectory = dir;
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node failed ({process.ExitCode}): {stderr.Result}");
            var outputs = File.ReadAllLines(Path.Combine(dir, "output.txt")).Where(l => l.Length > 0)
                .Select(l => JsonSerializer.Deserialize<string>(l)!).ToArray();
            Assert.Equal(inputs.Count, outputs.Length);
            return outputs;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Runs every input through node's <paramref name="script"/> and through <paramref name="ours"/>
    /// (a thrown JsException reads "throws Name: message") and reports every difference at once.
    /// <paramref name="accept"/> may allow a difference, given (input, node's output, ours).
    /// </summary>
    public static void AssertSameAsNode(string script, IReadOnlyList<string> inputs, Func<string, string> ours,
        Func<string, string, string, bool>? accept = null)
    {
        var expected = Run(script, inputs);
        var mismatches = new List<string>();
        for (int i = 0; i < inputs.Count; i++)
        {
            string actual;
            try { actual = ours(inputs[i]); }
            catch (Errors.JsException e) { actual = Show.Thrown(e.Value); }
            if (actual != expected[i] && accept?.Invoke(inputs[i], expected[i], actual) != true)
                mismatches.Add($"{Show.Quote(inputs[i])}:\n    node {expected[i]}\n    jsc  {actual}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {inputs.Count} differ from node:\n" + string.Join("\n", mismatches.Take(25)));
    }

    /// <summary>Asserts that node shows each expression as expected: the test data's own check.</summary>
    public static void AssertExpectations(IEnumerable<(string Expression, string Expected)> cases)
    {
        var list = cases.ToList();
        var actual = Evaluate(list.Select(c => c.Expression).ToList());
        var wrong = list.Zip(actual).Where(p => p.First.Expected != p.Second)
            .Select(p => $"{p.First.Expression}: expected {p.First.Expected}, node {p.Second}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} expectations disagree with node:\n" + string.Join("\n", wrong.Take(30)));
    }

    public static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            string path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
            if (File.Exists(path + ".exe")) return path + ".exe";
        }
        return null;
    }
}

/// <summary>A fact skipped, with the reason shown, when node is not installed.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeOracle.FindOnPath("node") is null)
            Skip = "`node` is not on PATH, so there is no reference output to compare against.";
    }
}

/// <summary>Each test class gets a fresh realm, current on the test's thread.</summary>
public abstract class RealmTest
{
    protected readonly Objects.Realm Realm = Objects.Realm.Create();

    /// <summary>Runs data rows of (expression, expected) and reports every mismatch at once.</summary>
    protected static void AssertCases(IEnumerable<(string Expression, string Expected)> cases)
    {
        var wrong = new List<string>();
        foreach (var (expression, expected) in cases)
        {
            string actual;
            try { actual = MiniJs.Run(expression); }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException) { actual = "C# " + e.GetType().Name + ": " + e.Message; }
            if (actual != expected) wrong.Add($"{expression}\n    expected {expected}\n    actual   {actual}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} cases failed:\n" + string.Join("\n", wrong));
    }
}
