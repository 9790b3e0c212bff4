using System.Reflection;

namespace Jsc.Benchmarks;

/// <summary>
/// A JavaScript engine hosted in this process for <c>programs-worker</c>. The worker calls
/// <see cref="Compile"/> once (timed as compile time), then for each run
/// <see cref="PrepareRun"/> (untimed) and <see cref="Run"/> (timed).
/// </summary>
abstract class EngineAdapter
{
    public static readonly string[] InProcessEngines = ["jsc", "jint", "jurassic"];

    public abstract string Name { get; }

    public abstract string Version { get; }

    /// <summary>Why the engine cannot run here, or null when it can.</summary>
    public virtual string? Unavailable => null;

    /// <summary>Parses or compiles the program once.</summary>
    public abstract void Compile(string source, string fileName);

    /// <summary>Work before each run that is not timed, such as making a fresh engine whose console writes to <paramref name="stdout"/>.</summary>
    public virtual void PrepareRun(TextWriter stdout) { }

    /// <summary>Runs the compiled program once; throws when the program fails.</summary>
    public abstract void Run(TextWriter stdout);

    public static EngineAdapter Create(string name) => name switch
    {
        "jsc" => new JscEngineAdapter(),
        "jint" => new JintEngineAdapter(),
        "jurassic" => new JurassicEngineAdapter(),
        _ => throw new ArgumentException($"no in-process engine named {name}", nameof(name)),
    };

    /// <summary>
    /// Wraps a program as node wraps a CommonJS module, so that its top-level declarations are
    /// function locals in every engine, as in node and jsc. The prefix stays on the first line
    /// so that line numbers in errors match the file.
    /// </summary>
    protected static string WrapAsModule(string source, string fileName) =>
        "(function (exports, require, module, __filename, __dirname) {" + source +
        "\n}).call(__module.exports, __module.exports, undefined, __module, " +
        System.Text.Json.JsonSerializer.Serialize(fileName) + ", '.');";

    /// <summary>
    /// What an ES5 engine without node's globals needs before a wrapped program runs: a module
    /// object and a console whose log and error go to the host function __print.
    /// </summary>
    protected const string HostPrelude = """
        var __module = { exports: {} };
        var console = (function () {
          function log() {
            var line = '';
            for (var i = 0; i < arguments.length; i++) line += (i === 0 ? '' : ' ') + String(arguments[i]);
            __print(line);
          }
          return { log: log, error: log };
        })();
        """;

    protected static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";
}
