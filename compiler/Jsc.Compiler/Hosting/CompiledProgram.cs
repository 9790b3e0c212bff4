using Jsc.Runtime.Objects;
using Jsc.Stdlib.Hosting;

namespace Jsc.Compiler.Hosting;

/// <summary>A compiled module, ready to run in a fresh realm.</summary>
public sealed class CompiledProgram
{
    readonly Type _module;
    readonly string _fileName;
    readonly bool _isScript;

    /// <summary>Stack size of the thread that runs JavaScript: deep recursion ends in a RangeError well before it.</summary>
    public const int StackSize = AppHost.StackSize;

    internal CompiledProgram(Type module, string fileName, bool isScript = false)
    {
        _module = module;
        _fileName = fileName;
        _isScript = isScript;
    }

    /// <summary>
    /// Runs in a fresh realm on its own thread; returns the exit code (1 after an uncaught
    /// exception, printed to stderr as node does). process.stdin reads <paramref name="stdin"/>
    /// (none: empty); <paramref name="isConsole"/> says the streams are this process's console.
    /// </summary>
    public int Run(TextWriter stdout, TextWriter stderr, string[] argv, Stream? stdin = null, bool isConsole = false) =>
        AppHost.OnJsThread(() => AppHost.RunProgram(stdout, stderr, argv,
            () => new JsClosure((FunctionInfo)_module.GetMethod("GetEntry")!.Invoke(null, null)!, null),
            _isScript ? null : Path.GetFullPath(_fileName), stdin, isConsole));
}
