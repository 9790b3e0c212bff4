using System.Diagnostics;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Process;

/// <summary>
/// The `process` global: https://nodejs.org/docs/v0.8.16/api/process.html — argv, env, exit
/// and exitCode, cwd/chdir, identity and versions, memoryUsage/hrtime/uptime, nextTick. It
/// becomes an EventEmitter when the bootstrap (lib/internal/bootstrap.js) runs.
/// </summary>
public static class ProcessObject
{
    /// <summary>The node release whose behaviour Jsc follows where the v0.8 manual is silent.</summary>
    public const string NodeVersion = "20.20.2";

    static readonly Stopwatch started = Stopwatch.StartNew();

    public static JsObject Install(Realm realm, string[] argv)
    {
        var process = new JsObject(new JsObject(realm.ObjectPrototype));
        process.FastAddProperty("title", "node");
        process.FastAddProperty("version", "v" + NodeVersion);
        process.FastAddProperty("versions", JsValue.FromObject(Versions(realm)));
        process.FastAddProperty("arch", System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            System.Runtime.InteropServices.Architecture.X86 => "ia32",
            _ => "arm",
        });
        process.FastAddProperty("platform", OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux");
        process.FastAddProperty("release", JsValue.FromObject(Record(realm, ("name", "node"))));
        process.FastAddProperty("argv", JsValue.FromObject(CoreBuiltins.CreateArrayFromList(argv.Select(JsValue.FromString))));
        process.FastAddProperty("execArgv", JsValue.FromObject(new JsArray(realm.ArrayPrototype)));
        process.FastAddProperty("argv0", argv.Length > 0 ? Path.GetFileName(argv[0]) : "node");
        process.FastAddProperty("execPath", argv.Length > 0 ? argv[0] : "");
        process.FastAddProperty("env", JsValue.FromObject(new EnvironmentObject(realm)));
        process.FastAddProperty("pid", Environment.ProcessId);
        process.FastAddProperty("ppid", ParentId());
        process.FastAddProperty("exitCode", JsValue.Undefined);
        process.FastAddProperty("maxTickDepth", 1000);
        process.FastAddProperty("config", JsValue.FromObject(Record(realm,
            ("target_defaults", JsValue.FromObject(new JsObject(realm.ObjectPrototype))),
            ("variables", JsValue.FromObject(new JsObject(realm.ObjectPrototype))))));
        process.DefineMethods(realm,
            new BuiltinMethod("exit", 1, (_, a) => throw Exit(process, a.Arg(0))),
            new BuiltinMethod("cwd", 0, (_, _) => Directory.GetCurrentDirectory()),
            new BuiltinMethod("chdir", 1, (_, a) => ChangeDirectory(a.Arg(0))),
            new BuiltinMethod("nextTick", 1, (_, a) => NextTick(realm, a)),
            new BuiltinMethod("uptime", 0, (_, _) => started.Elapsed.TotalSeconds),
            new BuiltinMethod("hrtime", 1, (_, a) => HighResolutionTime(realm, a.Arg(0))),
            new BuiltinMethod("memoryUsage", 0, (_, _) => MemoryUsage(realm)),
            new BuiltinMethod("cpuUsage", 1, (_, _) => CpuUsage(realm)));
        PosixProcess.Install(realm, process);
        realm.DefineGlobal("process", JsValue.FromObject(process), enumerable: true);
        return process;
    }

    /// <summary>The code the process ends with when the program finishes: process.exitCode, or 0.</summary>
    public static int ExitCodeOf(JsObject process)
    {
        var code = process.Get("exitCode");
        return code.IsUndefined ? 0 : TypeConversion.ToInt32(code);
    }

    /// <summary>
    /// process.exit: sets exitCode, emits 'exit' once (listeners may change the code or exit
    /// again), then ends the program by unwinding to the host.
    /// </summary>
    static ProcessExit Exit(JsObject process, JsValue code)
    {
        if (!code.IsUndefined) process.Set("exitCode", JsValue.FromNumber(TypeConversion.ToInt32(code)), true);
        return new ProcessExit(EmitExit(process));
    }

    /// <summary>Emits 'exit' (once per process) with the exit code and returns the code after the listeners ran.</summary>
    public static int EmitExit(JsObject process)
    {
        if (!process.Get("_exiting").IsTrue)
        {
            process.Set("_exiting", JsValue.True, true);
            if (process.Get("emit").AsObject is JsFunction emit)
                emit.Call(JsValue.FromObject(process), new[] { JsValue.FromString("exit"), JsValue.FromNumber(ExitCodeOf(process)) });
        }
        return ExitCodeOf(process);
    }

    static JsValue NextTick(Realm realm, ReadOnlySpan<JsValue> args)
    {
        var callback = args.Arg(0);
        if (callback.AsObject is not JsFunction) throw NodeErrors.InvalidArgType("callback", "of type function", callback);
        var rest = args.Length > 1 ? args[1..].ToArray() : Array.Empty<JsValue>();
        realm.EventLoop.EnqueueTick(() => ObjectOperations.CallFunction(callback, JsValue.Undefined, rest));
        return JsValue.Undefined;
    }

    static JsValue ChangeDirectory(JsValue directory)
    {
        if (!directory.IsString) throw NodeErrors.InvalidArgType("directory", "of type string", directory);
        var target = directory.String;
        try
        {
            Directory.SetCurrentDirectory(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            var code = e is ArgumentException ? "ENOENT" : File.Exists(target) ? "ENOTDIR" : SystemErrors.CodeOf(e);
            throw SystemErrors.Make(code, "chdir", Directory.GetCurrentDirectory(), target);
        }
        return JsValue.Undefined;
    }

    /// <summary>process.hrtime([previous]): [seconds, nanoseconds] of a monotonic clock, or the time since previous.</summary>
    static JsValue HighResolutionTime(Realm realm, JsValue previous)
    {
        long ticks = Stopwatch.GetTimestamp();
        long nanos = (long)(ticks * (1_000_000_000.0 / Stopwatch.Frequency));
        long seconds = nanos / 1_000_000_000, rest = nanos % 1_000_000_000;
        if (previous.AsObject is JsObject prev)
        {
            seconds -= (long)TypeConversion.ToNumber(prev.Get("0"));
            rest -= (long)TypeConversion.ToNumber(prev.Get("1"));
            if (rest < 0) { seconds--; rest += 1_000_000_000; }
        }
        else if (!previous.IsUndefined) throw NodeErrors.InvalidArgType("time", "an instance of Array", previous);
        var result = new JsArray(realm.ArrayPrototype);
        result.Push((double)seconds);
        result.Push((double)rest);
        return JsValue.FromObject(result);
    }

    static JsValue MemoryUsage(Realm realm)
    {
        var info = GC.GetGCMemoryInfo();
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return JsValue.FromObject(Record(realm,
            ("rss", (double)self.WorkingSet64),
            ("heapTotal", (double)Math.Max(info.TotalCommittedBytes, GC.GetTotalMemory(false))),
            ("heapUsed", (double)GC.GetTotalMemory(false)),
            ("external", 0.0),
            ("arrayBuffers", 0.0)));
    }

    static JsValue CpuUsage(Realm realm)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return JsValue.FromObject(Record(realm,
            ("user", Math.Round(self.UserProcessorTime.TotalMilliseconds * 1000)),
            ("system", Math.Round(self.PrivilegedProcessorTime.TotalMilliseconds * 1000))));
    }

    static JsObject Versions(Realm realm) => Record(realm,
        ("node", NodeVersion), ("jsc", typeof(ProcessObject).Assembly.GetName().Version?.ToString(3) ?? "0.1.0"),
        ("dotnet", Environment.Version.ToString()), ("modules", "115"));

    static int ParentId()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    static JsObject Record(Realm realm, params (string Name, JsValue Value)[] fields)
    {
        var o = new JsObject(realm.ObjectPrototype);
        foreach (var (name, value) in fields) o.FastAddProperty(name, value);
        return o;
    }
}
