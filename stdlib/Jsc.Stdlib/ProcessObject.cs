using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib;

/// <summary>
/// The `process` global: https://nodejs.org/docs/v0.8.16/api/process.html — for now the
/// members a program needs to start and stop: argv, env, exit/exitCode, cwd, platform,
/// arch, pid, execPath. The rest of the manual's process comes with the Node runtime core.
/// </summary>
public static class ProcessObject
{
    public static void Install(Realm realm, string[] argv)
    {
        var process = new JsObject(realm.ObjectPrototype);
        var args = new JsArray(realm.ArrayPrototype);
        foreach (var a in argv) args.Push(a);
        process.FastAddProperty("argv", JsValue.FromObject(args));
        process.FastAddProperty("execPath", argv.Length > 0 ? argv[0] : "");
        var env = new JsObject(realm.ObjectPrototype);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            env.CreateDataProperty((string)e.Key, (string?)e.Value ?? "");
        process.FastAddProperty("env", JsValue.FromObject(env));
        process.FastAddProperty("platform", OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux");
        process.FastAddProperty("arch", System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            System.Runtime.InteropServices.Architecture.X86 => "ia32",
            _ => "arm",
        });
        process.FastAddProperty("pid", Environment.ProcessId);
        process.FastAddProperty("exitCode", JsValue.Undefined);
        process.DefineMethods(realm,
            new BuiltinMethod("exit", 1, (thisValue, a) =>
            {
                var code = a.Arg(0);
                int exitCode = code.IsUndefined ? ExitCodeOf(process) : TypeConversion.ToInt32(code);
                throw new ProcessExit(exitCode);
            }),
            new BuiltinMethod("cwd", 0, (_, _) => Directory.GetCurrentDirectory()));
        realm.DefineGlobal("process", JsValue.FromObject(process), enumerable: true);
    }

    /// <summary>The code the process ends with when the program finishes: process.exitCode, or 0.</summary>
    public static int ExitCodeOf(JsObject process)
    {
        var code = process.Get("exitCode");
        return code.IsUndefined ? 0 : TypeConversion.ToInt32(code);
    }
}
