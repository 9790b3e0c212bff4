using Jsc.Compiler.Binding;
using Jsc.Compiler.Emit;
using Jsc.Compiler.Syntax;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Compiler.Hosting;

/// <summary>Compiles JavaScript into loaded .NET code: the entry point of `jsc run`, the tests and the benchmarks.</summary>
public static class JscEngine
{
    static JscEngine()
    {
        Realm.RuntimeCompiler ??= new RuntimeCompiler();
        Realm.Installers.Add(InstallEval);
    }

    /// <summary>The global `eval` function; direct calls to it are recognised where they are compiled.</summary>
    static void InstallEval(Realm realm)
    {
        var eval = new JsNativeFunction(realm, "eval", 1, (_, args) =>
        {
            var source = args.Length > 0 ? args[0] : JsValue.Undefined;
            if (!source.IsString) return source;
            return Realm.RuntimeCompiler!.EvaluateScript(Realm.Current, source.String, "<eval>", isEval: true);
        });
        realm.DefineGlobal("eval", JsValue.FromObject(eval));
        realm.EvalFunction = eval;
    }

    /// <summary>Compiles a classic script (top-level declarations are globals), as `jsc run --script` and test262 need.</summary>
    public static CompiledProgram CompileScript(string source, string fileName)
    {
        var text = new SourceText(source, fileName);
        var program = Parser.ParseScript(text);
        var binder = Binder.BindScript(program);
        var assembly = AssemblyBuilder.Build(program, binder, text);
        return new CompiledProgram(assembly, fileName, isScript: true);
    }

    /// <summary>The parameters of node's CommonJS module wrapper.</summary>
    public static readonly string[] CommonJsParameters = ["exports", "require", "module", "__filename", "__dirname"];

    /// <summary>Compiles a file as a CommonJS module (node's wrapper semantics); throws SyntaxError on bad syntax.</summary>
    public static CompiledProgram Compile(string source, string fileName)
    {
        var text = new SourceText(source, fileName);
        var program = Parser.ParseCommonJs(text);
        var binder = Binder.BindModule(program, CommonJsParameters);
        var assembly = AssemblyBuilder.Build(program, binder, text);
        return new CompiledProgram(assembly, fileName);
    }
}
