using System.Reflection;
using System.Text;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Jsc.Stdlib;
using Jsc.Stdlib.Hosting;

namespace Jsc.Interop;

/// <summary>
/// A JavaScript runtime for C# code: one realm with Node's globals on its own thread, whose
/// event loop stays alive until <see cref="Dispose"/>. Every call from another thread is posted
/// onto the loop and waited for (<see cref="Invoke{T}"/>), so JavaScript only ever runs on the
/// loop thread; a callback JavaScript makes into .NET runs on the loop thread too, and may call
/// back into JavaScript directly. Values cross with <see cref="JsMarshal"/>; a JavaScript throw
/// surfaces as <see cref="JsException"/> with its JS stack captured (<see cref="JsException.JsStack"/>).
/// </summary>
public sealed class JsRuntime : IDisposable
{
    readonly Thread _thread;
    readonly ManualResetEventSlim _ready = new();
    readonly HashSet<Action<Exception>> _pending = new();
    readonly string _requireFrom;
    readonly ModuleTable? _table;
    Realm _realm = null!;
    Exception? _startError;
    volatile bool _stopped;

    /// <summary>The exit code once the runtime stopped (disposed, process.exit, or an uncaught exception).</summary>
    public int? ExitCode { get; private set; }

    JsRuntime(ModuleTable? table, string[] argv, TextWriter stdout, TextWriter stderr)
    {
        _table = table;
        _requireFrom = Path.Combine(table?.Root ?? Directory.GetCurrentDirectory(), "[interop].js");
        _thread = new Thread(() => LoopMain(argv, stdout, stderr), AppHost.StackSize) { IsBackground = true, Name = "JavaScript loop" };
        _thread.Start();
        _ready.Wait();
        if (_startError != null) throw new InvalidOperationException("the JavaScript runtime failed to start", _startError);
    }

    /// <summary>
    /// Starts a runtime for an assembly built by `jsc build`/`jsc compile`: its modules come from
    /// its table, and `require` resolves from the project root. Without an assembly (or for
    /// modules a table lacks) files are compiled at run time when Jsc.Compiler is present.
    /// </summary>
    public static JsRuntime Start(Assembly? built = null, string[]? argv = null, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        ModuleTable? table = null;
        if (built != null)
        {
            // `Jsc.Modules.ModuleTable`, or `NS.ModuleTable` when the build named a namespace.
            var type = built.GetType("Jsc.Modules.ModuleTable")
                ?? built.GetExportedTypes().FirstOrDefault(t => t.Name == "ModuleTable" && t.GetMethod("Create", Type.EmptyTypes)?.ReturnType == typeof(ModuleTable));
            var create = type?.GetMethod("Create", Type.EmptyTypes)
                ?? throw new ArgumentException($"{built.GetName().Name} was not built by jsc (no ModuleTable)", nameof(built));
            table = (ModuleTable)create.Invoke(null, null)!;
            ModuleTable.Register(table, Path.GetDirectoryName(built.Location) ?? AppContext.BaseDirectory);
        }
        if (table?.AllowRuntimeCompile != false) AppHost.LoadCompiler();
        var entry = table != null ? table.PathOf(table.Entry) : "[interop]";
        return new JsRuntime(table, argv ?? [Environment.ProcessPath ?? "dotnet", entry],
            stdout ?? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true },
            stderr ?? new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true });
    }

    /// <summary>Loads an assembly file built by jsc and starts a runtime for it.</summary>
    public static JsRuntime Start(string assemblyPath) => Start(Assembly.LoadFrom(Path.GetFullPath(assemblyPath)));

    void LoopMain(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            _realm = Realm.Create();
            _realm.StandardOutput = stdout;
            _realm.StandardError = stderr;
            NodeHost.Install(_realm, argv);
            _realm.EventLoop.AddRef();
        }
        catch (Exception e)
        {
            _startError = e;
            _stopped = true;
            _ready.Set();
            return;
        }
        _ready.Set();
        try
        {
            ExitCode = NodeHost.Run(_realm, () => { }, e => UncaughtReport.Write(e, stderr));
        }
        finally
        {
            _stopped = true;
            stdout.Flush();
            Action<Exception>[] failing;
            lock (_pending) failing = _pending.ToArray();
            var stopped = new InvalidOperationException($"the JavaScript runtime stopped (exit code {ExitCode?.ToString() ?? "none"})");
            foreach (var fail in failing) fail(stopped);
        }
    }

    /// <summary>Runs <paramref name="body"/> on the loop thread and returns its result; a JS throw comes back as <see cref="JsException"/>.</summary>
    public T Invoke<T>(Func<T> body)
    {
        if (Thread.CurrentThread == _thread) return body();
        if (_stopped) throw new InvalidOperationException("the JavaScript runtime has stopped");
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<Exception> fail = e => done.TrySetException(e);
        lock (_pending) _pending.Add(fail);
        _realm.EventLoop.Post(() =>
        {
            try
            {
                done.TrySetResult(body());
            }
            catch (JsException e)
            {
                done.TrySetException(e.CaptureJsStack());
            }
            catch (Exception e) when (e is not ProcessExit)
            {
                done.TrySetException(e);
            }
            finally
            {
                lock (_pending) _pending.Remove(fail);
            }
        });
        if (_stopped) fail(new InvalidOperationException("the JavaScript runtime has stopped"));
        return done.Task.GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="body"/> on the loop thread.</summary>
    public void Invoke(Action body) => Invoke(() => { body(); return true; });

    /// <summary>
    /// `require(request)` as seen from the project root (or the current directory): the module's
    /// exports, converted (<see cref="JsMarshal.ToClr"/>): objects and functions as <see cref="JsObjectRef"/>.
    /// </summary>
    public dynamic? Require(string request) => Invoke(() => JsMarshal.ToClr(this, RequireValue(request)));

    /// <summary>The exports of the built assembly's entry module (its package.json main).</summary>
    public dynamic? RequireEntry() => Require("./" + (_table ?? throw new InvalidOperationException("no built assembly")).Entry);

    JsValue RequireValue(string request)
    {
        var (_, require) = ModuleLoader.For(_realm).CreateModule(_requireFrom, null, isMain: false);
        return require.Call(JsValue.Undefined, new[] { JsValue.FromString(request) });
    }

    internal Realm Realm => _realm;

    /// <summary>Lets the loop end (once its timers and I/O are done) and waits for the thread.</summary>
    public void Dispose()
    {
        if (!_stopped)
        {
            try
            {
                _realm.EventLoop.Post(() => _realm.EventLoop.Release());
            }
            catch (ObjectDisposedException)
            {
            }
        }
        if (Thread.CurrentThread != _thread) _thread.Join();
    }
}
