using Jint;
using Jint.Parser;
using JintProgram = Jint.Parser.Ast.Program;

namespace Jsc.Benchmarks;

/// <summary>Jint 2, a tree-walking interpreter: "compile" is parsing to its AST, which every run's fresh engine executes.</summary>
sealed class JintEngineAdapter : EngineAdapter
{
    JintProgram? program;
    Engine? engine;

    public override string Name => "jint";

    public override string Version => VersionOf(typeof(Engine).Assembly);

    public override void Compile(string source, string fileName) =>
        program = new JavaScriptParser().Parse(WrapAsModule(source, fileName), new ParserOptions { Source = fileName });

    public override void PrepareRun(TextWriter stdout)
    {
        engine = new Engine();
        engine.SetValue("__print", new Action<string>(stdout.WriteLine));
        engine.Execute(HostPrelude);
    }

    public override void Run(TextWriter stdout) => engine!.Execute(program!);
}
