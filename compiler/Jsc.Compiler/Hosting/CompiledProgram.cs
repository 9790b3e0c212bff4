using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Compiler.Hosting;

/// <summary>A compiled module, ready to run in a fresh realm.</summary>
public sealed class CompiledProgram
{
    readonly Type _module;
    readonly string _fileName;

    /// <summary>Stack size of the thread that runs JavaScript: deep recursion ends in a RangeError well before it.</summary>
    public const int StackSize = 16 * 1024 * 1024;

    readonly bool _isScript;

    internal CompiledProgram(Type module, string fileName, bool isScript = false)
    {
        _module = module;
        _fileName = fileName;
        _isScript = isScript;
    }

    /// <summary>Runs in a fresh realm on its own thread; returns the exit code (1 after an uncaught exception, printed to stderr as node does).</summary>
    public int Run(TextWriter stdout, TextWriter stderr, string[] argv)
    {
        int exitCode = 0;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try { exitCode = RunOnThisThread(stdout, stderr, argv); }
            catch (Exception e) { crash = e; }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (crash != null) throw new InvalidOperationException("the runtime failed", crash);
        return exitCode;
    }

    int RunOnThisThread(TextWriter stdout, TextWriter stderr, string[] argv)
    {
        var realm = Realm.Create();
        realm.StandardOutput = stdout;
        realm.StandardError = stderr;
        try
        {
            Stdlib.NodeHost.Install(realm, argv);
            var info = (FunctionInfo)_module.GetMethod("GetEntry")!.Invoke(null, null)!;
            var entry = new JsClosure(info, null);
            return Stdlib.NodeHost.Run(realm, () =>
            {
                if (_isScript)
                {
                    entry.Call(JsValue.FromObject(realm.GlobalObject), ReadOnlySpan<JsValue>.Empty);
                    return;
                }
                var path = Path.GetFullPath(_fileName);
                var loader = Runtime.Modules.ModuleLoader.For(realm);
                var (module, require) = loader.CreateModule(path, null);
                var exports = module.Get("exports");
                entry.Call(exports, new[]
                {
                    exports, JsValue.FromObject(require), JsValue.FromObject(module),
                    JsValue.FromString(path), JsValue.FromString(Path.GetDirectoryName(path) ?? "/"),
                });
                loader.FinishMain(module);
            }, e => ReportUncaught(e, stderr));
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
            Realm.Current = null!;
        }
    }

    /// <summary>
    /// node's report of an uncaught exception: where it was thrown (file:line, the source
    /// line and a caret), then the error's stack (or the value), then node's version line.
    /// </summary>
    static void ReportUncaught(JsException e, TextWriter stderr)
    {
        var location = ThrowLocation(e);
        if (location is var (file, line, column))
        {
            stderr.WriteLine($"{file}:{line}");
            var text = SourceLine(file, line);
            if (text != null)
            {
                stderr.WriteLine(text);
                stderr.WriteLine(new string(' ', Math.Max(0, column - 1)) + "^");
            }
            stderr.WriteLine();
        }
        if (e.Value.AsObject is JsError error && error.Get("stack") is { IsString: true } stack) stderr.WriteLine(stack.String);
        else
        {
            stderr.WriteLine("Uncaught " + JsException.Describe(e.Value));
        }
        stderr.WriteLine();
        stderr.WriteLine("Node.js v20.20.2");
    }

    /// <summary>The JavaScript file, line and column of the innermost compiled frame the exception passed through.</summary>
    static (string File, int Line, int Column)? ThrowLocation(JsException e)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(e, true).GetFrames())
        {
            var method = frame.GetMethod();
            if (method == null || !method.IsDefined(typeof(JsFunctionAttribute), false)) continue;
            var file = frame.GetFileName();
            if (file == null || frame.GetFileLineNumber() <= 0) continue;
            return (file, frame.GetFileLineNumber(), frame.GetFileColumnNumber());
        }
        return null;
    }

    static string? SourceLine(string file, int line)
    {
        try
        {
            return File.ReadLines(file).Skip(line - 1).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
