using Jsc.Compiler.Binding;
using Jsc.Compiler.Emit;
using Jsc.Compiler.Syntax;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Compiler.Hosting;

/// <summary>
/// The compiler as the runtime calls it for code made at run time: `new Function(...)` and
/// indirect `eval`, both compiled as classic scripts in the global scope.
/// </summary>
sealed class RuntimeCompiler : IRuntimeCompiler
{
    int _counter;

    /// <summary>
    /// Compiles on a fresh thread: eval may be called deep in a recursion, where the parser,
    /// Cecil and the JIT would otherwise run out of stack.
    /// </summary>
    static T OffStack<T>(Func<T> compile)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = compile(); }
            catch (Exception e) { error = e; }
        }, 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        // Source errors become the JavaScript SyntaxError that eval and new Function throw.
        if (error is SyntaxError syntax) Throw.SyntaxError(V8SyntaxMessages.Translate(syntax));
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-createdynamicfunction</summary>
    public JsFunction CompileFunction(Realm realm, string parameters, string body, string kind)
    {
        // V8 builds exactly this text, which Function.prototype.toString then shows.
        string prefix = kind switch { "generator" => "function*", "async" => "async function", "asyncGenerator" => "async function*", _ => "function" };
        string text = $"({prefix} anonymous({parameters}\n) {{\n{body}\n}})";
        var value = EvaluateScript(realm, text, $"<anonymous_{Interlocked.Increment(ref _counter)}>");
        return (JsFunction)value.Object;
    }

    /// <summary>A script in the global scope (vm, new Function), or https://tc39.es/ecma262/#sec-performeval for indirect eval,
    /// whose var and function declarations are deletable globals.</summary>
    public JsValue EvaluateScript(Realm realm, string source, string fileName, bool isEval = false)
    {
        var text = new SourceText(source, fileName);
        var type = OffStack(() =>
        {
            var program = Parser.ParseScript(text);
            var binder = Binder.BindScript(program, isEval);
            return AssemblyBuilder.Build(program, binder, text, _ => binder);
        });
        var info = (FunctionInfo)type.GetMethod("GetEntry")!.Invoke(null, null)!;
        return new JsClosure(info, null).Call(JsValue.FromObject(realm.GlobalObject), ReadOnlySpan<JsValue>.Empty);
    }

    /// <summary>
    /// The stdlib's own modules (`node:NAME`), compiled once per process: their source never
    /// changes, and every realm (each conformance case, each benchmark run) loads them again.
    /// </summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<FunctionInfo>> libraryModules = new();

    /// <summary>A file `require` found at run time, compiled with node's module wrapper.</summary>
    public JsFunction CompileModule(Realm realm, string source, string fileName)
    {
        if (fileName.StartsWith("node:", StringComparison.Ordinal))
        {
            var cached = libraryModules.GetOrAdd(fileName + "\n" + source, _ => new Lazy<FunctionInfo>(() => CompileModuleInfo(source, fileName)));
            return new JsClosure(cached.Value, null);
        }
        return new JsClosure(CompileModuleInfo(source, fileName), null);
    }

    FunctionInfo CompileModuleInfo(string source, string fileName)
    {
        var text = new SourceText(source, fileName);
        var type = OffStack(() =>
        {
            var program = Parser.ParseCommonJs(text);
            var binder = Binder.BindModule(program, JscEngine.CommonJsParameters);
            return AssemblyBuilder.Build(program, binder, text);
        });
        return (FunctionInfo)type.GetMethod("GetEntry")!.Invoke(null, null)!;
    }

    /// <summary>https://tc39.es/ecma262/#sec-performeval (direct: in the caller's scope)</summary>
    public JsValue EvaluateDirect(Realm realm, string source, JsEnvironment? environment, JsValue thisValue, bool strict, string? withObjects)
    {
        // The same text evaluated at the same place (a loop, a recursion) compiles once.
        var key = (source, environment?.GetType(), strict, withObjects);
        if (!_directEvals.TryGetValue(key, out var info))
        {
            var text = new SourceText(source, $"<eval_{Interlocked.Increment(ref _counter)}>");
            var type = OffStack(() =>
            {
                var program = Parser.ParseEval(text, strict);
                return AssemblyBuilder.Build(program, null, text,
                    module => Binder.BindEval(program, EvalScopeChain.Build(environment?.GetType(), module), withObjects));
            });
            info = (FunctionInfo)type.GetMethod("GetEntry")!.Invoke(null, null)!;
            if (_directEvals.Count >= DirectEvalCacheSize) _directEvals.Clear();
            _directEvals[key] = info;
        }
        return new JsClosure(info, environment).Call(thisValue, ReadOnlySpan<JsValue>.Empty);
    }

    const int DirectEvalCacheSize = 512;
    readonly System.Collections.Concurrent.ConcurrentDictionary<(string, Type?, bool, string?), FunctionInfo> _directEvals = new();
}
