using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// The console global: each script below was run by node (with Error.stackTraceLimit = 0)
/// and its stdout/stderr pasted as the expected output; here its statements run one by one
/// through MiniJs with the realm's writers captured.
/// </summary>
public class ConsoleTests : RealmTest
{
    readonly StringWriter _out = new() { NewLine = "\n" };
    readonly StringWriter _err = new() { NewLine = "\n" };

    public ConsoleTests()
    {
        CollectionTestGlobals.Install(Realm);
        Realm.StandardOutput = _out;
        Realm.StandardError = _err;
    }

    static readonly string[] StdoutScript =
    [
        "console.log('a', 1, {b: [2]})",
        "console.info('info')",
        "console.debug('%s=%d', 'x', 5)",
        "console.group('G1')",
        "console.log('inside')",
        "console.group()",
        "console.log({a: 1, b: 'multi\\nline', c: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]})",
        "console.groupEnd()",
        "console.log('back')",
        "console.groupEnd()",
        "console.groupEnd()",
        "console.log('top')",
        "console.count()",
        "console.count()",
        "console.count('x')",
        "console.countReset()",
        "console.count()",
        "console.dir({a: {b: {c: {d: 1}}}}, {depth: 0})",
        "console.dir('str')",
        "console.dir({s: 'str'}, {colors: true})",
        "console.log()",
        "console.log('')",
        "console.log(undefined)",
        "console.log('100%')",
        "console.log('%s%%', 50)"
    ];

    const string StdoutExpected = "a 1 { b: [ 2 ] }\ninfo\nx=5\nG1\n  inside\n    {\n      a: 1,\n      b: 'multi\\nline',\n      c: [\n         1,  2,  3,  4,  5,  6,  7,  8,\n         9, 10, 11, 12, 13, 14, 15, 16,\n        17, 18, 19, 20, 21, 22, 23, 24,\n        25, 26\n      ]\n    }\n  back\ntop\ndefault: 1\ndefault: 2\nx: 1\ndefault: 1\n{ a: [Object] }\n'str'\n{ s: \u001b[32m'str'\u001b[39m }\n\n\nundefined\n100%\n50%\n";

    static readonly string[] StderrScript =
    [
        "console.warn('w', 1)",
        "console.error(new Error('bad'))",
        "console.assert(true, 'no')",
        "console.assert(false, 'x %s', 'y', 2)",
        "console.assert(false)",
        "console.assert(0, {a: 1})",
        "console.error('%o', 'str')"
    ];

    const string StderrExpected = "w 1\n[Error: bad]\nAssertion failed: x y 2\nAssertion failed\nAssertion failed: [object Object]\n'str'\n";

    static readonly string[] TableScript =
    [
        "console.table([{a: 1, b: 2}, {a: 3}])",
        "console.table([[1, 2], [3, 4, 5]])",
        "console.table({x: {v: 1}, y: {v: 'two', w: [1, 2, 3, 4]}})",
        "console.table([1, 'a', {k: 1}])",
        "console.table([{a: 1, b: 2}], ['b'])",
        "console.table(5)",
        "console.table([])",
        "console.table([{name: '\u00fcn\u00ef', deep: {a: {b: 1}}, many: {a: 1, b: 2, c: 3}}])",
        "console.table([{a: null, b: undefined}])"
    ];

    const string TableExpected = "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 a \u2502 b \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 1 \u2502 2 \u2502\n\u2502 1       \u2502 3 \u2502   \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 0 \u2502 1 \u2502 2 \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 1 \u2502 2 \u2502   \u2502\n\u2502 1       \u2502 3 \u2502 4 \u2502 5 \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 v     \u2502 w                            \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 x       \u2502 1     \u2502                              \u2502\n\u2502 y       \u2502 'two' \u2502 [ 1, 2, 3, ... 1 more item ] \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 k \u2502 Values \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502   \u2502 1      \u2502\n\u2502 1       \u2502   \u2502 'a'    \u2502\n\u2502 2       \u2502 1 \u2502        \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 b \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 2 \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518\n5\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 name  \u2502 deep            \u2502 many     \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 '\u00fcn\u00ef' \u2502 { a: [Object] } \u2502 [Object] \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 a    \u2502 b         \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 null \u2502 undefined \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n";

    void Run(IEnumerable<string> statements)
    {
        foreach (var statement in statements) MiniJs.Evaluate(statement);
    }

    [Fact]
    public void Stdout_LogInfoDebugGroupCountDir_MatchNode()
    {
        Run(StdoutScript);
        Assert.Equal(StdoutExpected, _out.ToString());
        Assert.Equal("", _err.ToString());
    }

    [Fact]
    public void Stderr_WarnErrorAssert_MatchNode()
    {
        Run(StderrScript);
        Assert.Equal(StderrExpected, _err.ToString());
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public void Table_MatchesNode()
    {
        Run(TableScript);
        Assert.Equal(TableExpected, _out.ToString());
    }

    [NodeFact]
    public void Scripts_MatchNodeOutput()
    {
        var script = "Error.stackTraceLimit = 0;\n" + string.Join(";\n", StdoutScript) + ";\n";
        var actual = NodeOracle.Run(CollectionTestGlobals.NodeDefinitions + """
            module.exports = (code) => {
              const out = [], err = [];
              const { Writable } = require('stream');
              const sink = (list) => new Writable({ write(chunk, encoding, callback) { list.push(String(chunk)); callback(); } });
              const c = new console.Console({ stdout: sink(out), stderr: sink(err) });
              new Function('console', code)(c);
              return JSON.stringify([out.join(''), err.join('')]);
            };
            """, [script, "Error.stackTraceLimit = 0;\n" + string.Join(";\n", StderrScript) + ";\n", string.Join(";\n", TableScript)]);
        Assert.Equal([StdoutExpected, ""], System.Text.Json.JsonSerializer.Deserialize<string[]>(actual[0])!);
        Assert.Equal(["", StderrExpected], System.Text.Json.JsonSerializer.Deserialize<string[]>(actual[1])!);
        Assert.Equal([TableExpected, ""], System.Text.Json.JsonSerializer.Deserialize<string[]>(actual[2])!);
    }

    [Fact]
    public void Console_IsAnEnumerableGlobal()
    {
        Assert.Equal("true", MiniJs.Run("Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable"));
        Assert.Equal("true", MiniJs.Run("Object.keys(console).includes('log')"));
        Assert.Equal("\"log\"", MiniJs.Run("console.log.name"));
    }

    [Fact]
    public void TimeEnd_PrintsLabelAndMilliseconds()
    {
        Run(["console.time('t')", "console.timeEnd('t')"]);
        Assert.Matches(@"^t: \d+(\.\d+)?ms\n$", _out.ToString());
    }

    [Fact]
    public void TimeEnd_UnknownLabel_Warns()
    {
        Run(["console.timeEnd('nope')"]);
        Assert.Matches(@"^\(node:\d+\) Warning: No such label 'nope' for console.timeEnd\(\)\n", _err.ToString());
    }

    [Fact]
    public void Trace_WritesTraceHeaderToStderr()
    {
        Run(["console.trace('here %d', 1)"]);
        Assert.StartsWith("Trace: here 1", _err.ToString());
    }

    [Theory]
    [InlineData(0.5, "0.5ms")]
    [InlineData(1.2345, "1.234ms")]
    [InlineData(999.9994, "999.999ms")]
    [InlineData(12, "12ms")]
    [InlineData(1500, "1.500s")]
    [InlineData(59999, "59.999s")]
    [InlineData(61000, "1:01.000 (m:ss.mmm)")]
    [InlineData(3723004, "1:02:03.004 (h:mm:ss.mmm)")]
    public void FormatTime_MatchesNode(double ms, string expected) => Assert.Equal(expected, ConsoleObject.FormatTime(ms));
}
