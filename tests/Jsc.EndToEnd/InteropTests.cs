using System.Reflection;
using Jsc.Interop;
using Jsc.Runtime.Errors;
using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// C# calling a built assembly through Jsc.Interop, in this process: exports, .NET values in and
/// out, callbacks, `dynamic`, exceptions both ways, and calls from other threads.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class InteropTests : IDisposable
{
    readonly JsRuntime _js;
    readonly string _helpers;

    public InteropTests(Samples samples)
    {
        _js = JsRuntime.Start(Assembly.LoadFrom(samples.Built("wordfreq").AssemblyPath!));
        // A module outside the build: compiled at run time (the compiler is loaded here).
        _helpers = Path.Combine(samples.NewDirectory("helpers"), "helpers.js");
        File.WriteAllText(_helpers, """
            exports.describe = function (value) { return JSON.stringify(value); };
            exports.twice = function (f, x) { return f(f(x)); };
            exports.guard = function (f) {
              try { f(); return 'no error'; } catch (e) { return (e instanceof Error) + ' ' + e.message; }
            };
            exports.fail = function fail() { null.boom; };
            exports.later = function (x, callback) { setTimeout(function () { callback(null, x * 2); }, 1); };
            exports.broken = function (callback) { process.nextTick(function () { callback(new RangeError('no way')); }); };
            """);
    }

    public void Dispose() => _js.Dispose();

    [Fact]
    public void ExportsOfTheBuiltModulesAreCallableWithDotnetValues()
    {
        dynamic tokenize = _js.Require("./lib/tokenize")!;
        object?[] words = tokenize("It's the cat's HAT");
        Assert.Equal(new object?[] { "it's", "the", "cat's", "hat" }, words);

        dynamic options = _js.Require("./lib/options")!;
        JsObjectRef parsed = options.parse(new[] { "--top=3", "word" });
        var fields = parsed.ToDictionary();
        Assert.Equal(3.0, fields["top"]);
        Assert.Equal("table", fields["format"]);
        Assert.Equal(new object?[] { "word" }, fields["words"]);
    }

    [Fact]
    public void PackagesClassesAndCallbacks()
    {
        JsObjectRef counterClass = _js.Require("./lib/counter")!;
        dynamic counter = counterClass.Construct(new object?[] { new[] { "the" } })!;
        var seen = new List<string>();
        counter.on("word", new Action<string>(seen.Add));
        counter.addAll(new[] { "the", "cat", "the", "hat", "cat" });
        Assert.Equal(new[] { "cat", "hat", "cat" }, seen);
        Assert.Equal(3.0, counter.total);
        object?[] top = counter.top(1);
        Assert.Equal("{\"key\":\"cat\",\"count\":2}", (string)_js.Require(_helpers)!.describe(top[0]));
    }

    [Fact]
    public void DictionariesArraysAndDelegatesBecomeJavaScriptValues()
    {
        dynamic helpers = _js.Require(_helpers)!;
        var value = new Dictionary<string, object?> { ["n"] = 1, ["s"] = "x", ["b"] = true, ["list"] = new object?[] { 1.5, null }, ["nested"] = new Dictionary<string, object?> { ["k"] = "v" } };
        Assert.Equal("{\"n\":1,\"s\":\"x\",\"b\":true,\"list\":[1.5,null],\"nested\":{\"k\":\"v\"}}", (string)helpers.describe(value));
        Assert.Equal(12.0, (double)helpers.twice(new Func<int, int>(x => x * 2), 3));
    }

    [Fact]
    public void ExceptionsCrossBothWays()
    {
        dynamic helpers = _js.Require(_helpers)!;
        Assert.Equal("true disk full", (string)helpers.guard(new Action(() => throw new IOException("disk full"))));
        var error = Assert.Throws<JsException>(() => helpers.fail());
        Assert.Equal("TypeError: Cannot read properties of null (reading 'boom')", error.Message);
        Assert.Contains($"at fail ({_helpers}:6:", error.JsStack);
    }

    [Fact]
    public async Task NodeStyleCallbacksAwaitAsTasks()
    {
        JsObjectRef helpers = _js.Require(_helpers)!;
        Assert.Equal(42.0, await helpers.CallWithCallbackAsync("later", 21));
        var error = await Assert.ThrowsAsync<JsException>(() => helpers.CallWithCallbackAsync("broken"));
        Assert.StartsWith("RangeError: no way\n    at ", error.JsStack);
    }

    [Fact]
    public void CallsFromManyThreadsRunOnTheLoopThread()
    {
        dynamic helpers = _js.Require(_helpers)!;
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();
        var results = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => (double)helpers.twice(new Func<double, double>(x => { threads.Add(Environment.CurrentManagedThreadId); return x + 1; }), i))
            .OrderBy(x => x).ToArray();
        Assert.Equal(Enumerable.Range(2, 16).Select(i => (double)i), results);
        Assert.Single(threads.Distinct());
        Assert.NotEqual(Environment.CurrentManagedThreadId, threads.First());
    }
}
