using Jurassic;
using Jurassic.Compiler;

namespace Jsc.Benchmarks;

/// <summary>Jurassic 3, which compiles to IL: "compile" makes a CompiledScript, which every run's fresh engine executes.</summary>
sealed class JurassicEngineAdapter : EngineAdapter
{
    CompiledScript? script;
    ScriptEngine? engine;

    public override string Name => "jurassic";

    public override string Version => VersionOf(typeof(ScriptEngine).Assembly);

    public override void Compile(string source, string fileName) =>
        script = CompiledScript.Compile(new StringScriptSource(WrapAsModule(source, fileName), fileName), new CompilerOptions());

    public override void PrepareRun(TextWriter stdout)
    {
        engine = new ScriptEngine();
        engine.SetGlobalFunction("__print", new Action<string>(stdout.WriteLine));
        engine.Execute(HostPrelude);
    }

    public override void Run(TextWriter stdout) => script!.Execute(engine!);
}
