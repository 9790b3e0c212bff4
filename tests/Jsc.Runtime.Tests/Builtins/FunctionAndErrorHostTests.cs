using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// The built-ins that meet the host: `new Function` through <see cref="Realm.RuntimeCompiler"/>,
/// toString of compiled functions, and V8's stack-trace controls on Error. Both touch
/// process-wide state, so these tests run one at a time.
/// </summary>
[Collection(nameof(FunctionAndErrorHostTests))]
public class FunctionAndErrorHostTests : RealmTest
{
    sealed class RecordingCompiler(Realm realm) : IRuntimeCompiler
    {
        public readonly List<string> Calls = new();

        public JsFunction CompileFunction(Realm r, string parameters, string body, string kind)
        {
            Calls.Add($"({parameters}) {{{body}}} {kind}");
            return new JsNativeFunction(realm, "anonymous", 0, (_, _) => "compiled");
        }

        public JsValue EvaluateScript(Realm r, string source, string fileName, bool isEval) => JsValue.Undefined;
        public JsValue EvaluateDirect(Realm r, string source, JsEnvironment? environment, JsValue thisValue, bool strict, string? withObjects) => JsValue.Undefined;
        public JsFunction CompileModule(Realm r, string source, string fileName) => throw new NotSupportedException("not used by these tests");
    }

    JsValue Global(string name) => Realm.GlobalObject.Get(name);

    [Fact]
    public void FunctionConstructorPassesParametersAndBodyToTheCompiler()
    {
        var previous = Realm.RuntimeCompiler;
        var compiler = new RecordingCompiler(Realm);
        Realm.RuntimeCompiler = compiler;
        try
        {
            var function = (JsFunction)Global("Function").Object;
            var made = function.Construct(["a", "b", "return a+b"], function);
            Assert.Equal("compiled", ((JsFunction)made.Object).Call(JsValue.Undefined, []).String);
            function.Call(JsValue.Undefined, []);
            function.Call(JsValue.Undefined, [1, JsValue.Null, JsValue.Undefined]);
            Assert.Equal(["(a,b) {return a+b} normal", "() {} normal", "(1,null) {undefined} normal"], compiler.Calls);
        }
        finally
        {
            Realm.RuntimeCompiler = previous;
        }
    }

    [Fact]
    public void FunctionConstructorWithoutACompilerThrows()
    {
        var previous = Realm.RuntimeCompiler;
        Realm.RuntimeCompiler = null;
        try
        {
            Assert.Equal("throws TypeError: Code generation from strings is not available", MiniJs.Run("Function(\"return 1\")"));
        }
        finally
        {
            Realm.RuntimeCompiler = previous;
        }
    }

    [Fact]
    public void ToStringOfACompiledFunctionIsItsSourceTextAsWritten()
    {
        const string source = "let f = function add(a, /* b */ b) {\n  return a + b;\n};";
        int start = source.IndexOf("function", StringComparison.Ordinal), end = source.LastIndexOf('}') + 1;
        var closure = new JsClosure(new FunctionInfo("add", 2, 0, 0, source, start, end), null);
        var toString = (JsFunction)Realm.FunctionPrototype.Get("toString").Object;
        Assert.Equal("function add(a, /* b */ b) {\n  return a + b;\n}", toString.Call(closure, []).String);
    }

    [Fact]
    public void StackTraceLimitIsWiredToTheFormatter()
    {
        var error = Global("Error").Object;
        try
        {
            error.Set("stackTraceLimit", 3, throwOnFailure: true);
            Assert.Equal(3, StackTraceFormatter.Limit);
            ObjectAlgorithmsDefine(error, "stackTraceLimit", -5);
            Assert.Equal(0, StackTraceFormatter.Limit);
            error.Set("stackTraceLimit", "not a number", throwOnFailure: true);
            Assert.Equal("undefined", MiniJs.Run("new Error(\"x\").stack"));
            error.Set("stackTraceLimit", double.PositiveInfinity, throwOnFailure: true);
            Assert.Equal(int.MaxValue, StackTraceFormatter.Limit);
            Assert.StartsWith("\"Error: x", MiniJs.Run("new Error(\"x\").stack"));
        }
        finally
        {
            error.Set("stackTraceLimit", 10, throwOnFailure: true);
        }
        Assert.Equal(10, StackTraceFormatter.Limit);
    }

    static void ObjectAlgorithmsDefine(JsObject o, string key, JsValue value) =>
        Runtime.Builtins.ObjectAlgorithms.DefinePropertyOrThrow(o, key, new PropertyDescriptor { Value = value, HasValue = true });

    [Fact]
    public void CaptureStackTraceDefinesANonEnumerableStackHeadedLikeToString()
    {
        var target = new JsObject(Realm.ObjectPrototype);
        target.CreateDataProperty("name", "N");
        target.CreateDataProperty("message", "hi");
        var capture = (JsFunction)Global("Error").Object.Get("captureStackTrace").Object;
        Assert.True(capture.Call(JsValue.Undefined, [target]).IsUndefined);
        var desc = target.GetOwnProperty("stack")!;
        Assert.True(desc.Writable && desc.Configurable && !desc.Enumerable);
        Assert.StartsWith("N: hi", desc.Value.String);
    }

    [Fact]
    public void ErrorStackStartsWithTheSummary()
    {
        Assert.StartsWith("\"RangeError: out", MiniJs.Run("new RangeError(\"out\").stack"));
        Assert.StartsWith("\"Error", MiniJs.Run("Error().stack"));
    }
}
