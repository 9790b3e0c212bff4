using Jsc.Compiler.Binding;
using Jsc.Compiler.Emit;
using Jsc.Compiler.Syntax;

namespace Jsc.Compiler.Hosting;

/// <summary>Compiles JavaScript into loaded .NET code: the entry point of `jsc run`, the tests and the benchmarks.</summary>
public static class JscEngine
{
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
