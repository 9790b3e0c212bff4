using System.Runtime.CompilerServices;
using System.Text;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Hosting;

/// <summary>
/// Runs a program as node does: a fresh realm with Node's globals on a JavaScript thread with
/// a large stack, the main module, the event loop, node's uncaught-exception report and exit
/// code. `jsc run` (through the compiler's CompiledProgram) and the `Main` that `jsc build`
/// emits into an app both come here; an app without the compiler needs nothing else.
/// </summary>
public static class AppHost
{
    /// <summary>Stack size of the thread that runs JavaScript: deep recursion ends in a RangeError well before it.</summary>
    public const int StackSize = 16 * 1024 * 1024;

    /// <summary>
    /// The `Main` of an app built by `jsc build`: registers its module table, loads the compiler
    /// when the app ships it (for eval, `new Function` and modules the build did not see), and runs
    /// the entry module with `process.argv` = [the executable, the entry's absolute path, ...args].
    /// </summary>
    public static int Run(string[] args, ModuleTable table)
    {
        ModuleTable.Register(table, AppContext.BaseDirectory);
        if (table.AllowRuntimeCompile) LoadCompiler();
        var entry = table.PathOf(table.Entry);
        string[] argv = [Environment.ProcessPath ?? "dotnet", entry, .. args];
        var (stdout, stderr) = StandardStreams.Open();
        int code = OnJsThread(() => RunProgram(stdout, stderr, argv, () => ModuleTable.Compiled(entry)!, entry,
            Console.OpenStandardInput(), isConsole: true));
        stdout.Flush();
        return code;
    }

    /// <summary>Makes the compiler library (shipped beside the app unless it was built with --no-runtime-compile) register itself.</summary>
    public static void LoadCompiler()
    {
        if (Realm.RuntimeCompiler != null) return;
        try
        {
            if (Type.GetType("Jsc.Compiler.Hosting.JscEngine, Jsc.Compiler", throwOnError: false) is { } engine)
                RuntimeHelpers.RunClassConstructor(engine.TypeHandle);
        }
        catch (IOException)
        {
            // No compiler beside the app: modules outside its table are then a clear JavaScript error.
        }
    }

    /// <summary>Runs <paramref name="body"/> on a new thread with a <see cref="StackSize"/> stack and waits for it.</summary>
    public static T OnJsThread<T>(Func<T> body)
    {
        T result = default!;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try { result = body(); }
            catch (Exception e) { crash = e; }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (crash != null) throw new InvalidOperationException("the runtime failed", crash);
        return result;
    }

    /// <summary>
    /// On this thread: a fresh realm with Node's globals, then the program — the CommonJS module
    /// at <paramref name="path"/> whose wrapper <paramref name="entry"/> gives, or a classic script
    /// in the global scope when <paramref name="path"/> is null — then the loop. Returns the exit code.
    /// process.stdin reads <paramref name="stdin"/> (none: empty); <paramref name="isConsole"/> says the
    /// streams are this process's console.
    /// </summary>
    public static int RunProgram(TextWriter stdout, TextWriter stderr, string[] argv, Func<JsFunction> entry, string? path,
        Stream? stdin = null, bool isConsole = false)
    {
        var realm = Realm.Create();
        realm.StandardOutput = stdout;
        realm.EventLoop.BeforeWait = stdout.Flush;
        realm.StandardError = stderr;
        realm.StandardInput = stdin;
        realm.StandardStreamsAreConsole = isConsole;
        try
        {
            NodeHost.Install(realm, argv);
            var wrapper = entry();
            return NodeHost.Run(realm, () =>
            {
                if (path == null) wrapper.Call(JsValue.FromObject(realm.GlobalObject), ReadOnlySpan<JsValue>.Empty);
                else RunMainModule(realm, wrapper, path);
            }, e => UncaughtReport.Write(e, stderr));
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
            Realm.Current = null!;
        }
    }

    /// <summary>Calls a main module's wrapper as node's loader does: `(exports, require, module, __filename, __dirname)`.</summary>
    static void RunMainModule(Realm realm, JsFunction wrapper, string path)
    {
        var loader = ModuleLoader.For(realm);
        var (module, require) = loader.CreateModule(path, null);
        var exports = module.Get("exports");
        wrapper.Call(exports, new[]
        {
            exports, JsValue.FromObject(require), JsValue.FromObject(module),
            JsValue.FromString(path), JsValue.FromString(Path.GetDirectoryName(path) ?? "/"),
        });
        loader.FinishMain(module);
    }
}
