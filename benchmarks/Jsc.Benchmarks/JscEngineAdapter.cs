using System.Reflection;

namespace Jsc.Benchmarks;

/// <summary>
/// Jsc through its hosting API, found by reflection so that this project builds and the other
/// engines run before the API exists (the jsc column then says n/a). The API, as agreed:
/// <code>
/// namespace Jsc.Compiler.Hosting;
/// public static class JscEngine { public static CompiledProgram Compile(string source, string fileName); } // CommonJS module; throws Jsc.Compiler.Syntax.SyntaxError
/// public sealed class CompiledProgram { public int Run(TextWriter stdout, TextWriter stderr, string[] argv, ...optional); } // fresh realm, own thread
/// </code>
/// Each timed run is one Run call, so it includes making the realm and starting its thread.
/// </summary>
sealed class JscEngineAdapter : EngineAdapter
{
    const string EngineTypeName = "Jsc.Compiler.Hosting.JscEngine, Jsc.Compiler";

    static readonly Type? EngineType = Type.GetType(EngineTypeName, throwOnError: false);

    Func<TextWriter, TextWriter, string[], int>? run;
    string[] argv = [];

    public override string Name => "jsc";

    public override string Version => VersionOf(EngineType?.Assembly ?? typeof(Jsc.Compiler.Syntax.Parser).Assembly);

    public override string? Unavailable =>
        CompileMethod() is not null ? null : $"{EngineTypeName.Split(',')[0]}.Compile(string, string) not found in Jsc.Compiler";

    static MethodInfo? CompileMethod() =>
        EngineType?.GetMethod("Compile", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(string)]);

    public override void Compile(string source, string fileName)
    {
        var compile = CompileMethod()!.CreateDelegate<Func<string, string, object>>();
        object program = compile(source, fileName);
        // Run(stdout, stderr, argv, [optional parameters such as stdin]): the optional ones get their defaults.
        var runMethod = program.GetType().GetMethods().FirstOrDefault(m => m.Name == "Run" && m.GetParameters() is var p &&
                p.Length >= 3 && p[0].ParameterType == typeof(TextWriter) && p[1].ParameterType == typeof(TextWriter) &&
                p[2].ParameterType == typeof(string[]) && p.Skip(3).All(q => q.IsOptional))
            ?? throw new MissingMethodException(program.GetType().FullName, "Run(TextWriter, TextWriter, string[], ...)");
        var defaults = runMethod.GetParameters().Skip(3).Select(q => q.DefaultValue).ToArray();
        run = (stdout, stderr, args) => (int)runMethod.Invoke(program, [stdout, stderr, args, .. defaults])!;
        // process.argv as `jsc run` passes it, and node has it: the runtime, then the script.
        argv = [Environment.ProcessPath ?? "jsc", Path.GetFullPath(fileName)];
    }

    public override void Run(TextWriter stdout)
    {
        var stderr = new StringWriter();
        int exitCode = run!(stdout, stderr, argv);
        if (exitCode != 0) throw new InvalidOperationException($"exit code {exitCode}: {stderr.ToString().Trim()}");
    }
}
