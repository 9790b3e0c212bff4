using System.Reflection;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.ChildProcess;

/// <summary>
/// `internal/child_process_binding`: what lib/child_process.js needs from the host — spawn (a
/// <see cref="ChildHandle"/>), the IPC channel of fork (<see cref="IpcChannel"/>), errno numbers,
/// and the command line that runs a module with this same runtime.
/// </summary>
public static class ChildProcessBinding
{
    /// <summary>Set to the jsc CLI (jsc.dll or an apphost) to tell fork which runtime to start.</summary>
    public const string CliVariable = "JSC_CLI";

    public static void Install(Realm realm)
    {
        ModuleLoader.CoreModules.TryAdd("internal/child_process_binding", Create);
    }

    static JsValue Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        binding.DefineMethods(realm,
            new BuiltinMethod("spawn", 1, (_, a) => ChildHandle.Spawn(realm, a.Arg(0).AsObject ?? new JsObject(realm.ObjectPrototype))),
            new BuiltinMethod("errno", 1, (_, a) => SystemErrors.ErrnoOf(TypeConversion.ToString(a.Arg(0)))),
            new BuiltinMethod("errname", 1, (_, a) => SystemErrors.CodeOfErrno(-TypeConversion.ToInt32(a.Arg(0)))),
            new BuiltinMethod("forkCommand", 0, (_, _) => ForkCommand(realm)),
            new BuiltinMethod("listen", 1, (_, a) =>
            {
                var channel = IpcChannel.Listen(realm, out var path);
                var result = channel.MakeObject(a.Arg(0));
                result.FastAddProperty("path", path);
                return result;
            }),
            new BuiltinMethod("connect", 2, (_, a) =>
                IpcChannel.Connect(realm, TypeConversion.ToString(a.Arg(0))).MakeObject(a.Arg(1))));
        binding.FastAddProperty("channelVariable", IpcChannel.PathVariable);
        return JsValue.FromObject(binding);
    }

    /// <summary>
    /// The command that runs a module with this runtime, as an array (the program, then the
    /// arguments before the module's path), or undefined when no jsc CLI can be found: the
    /// JSC_CLI variable, else the running jsc itself, else jsc.dll beside the compiler.
    /// </summary>
    static JsValue ForkCommand(Realm realm)
    {
        string? cli = Environment.GetEnvironmentVariable(CliVariable);
        var entry = Assembly.GetEntryAssembly();
        if (string.IsNullOrEmpty(cli) && entry?.GetName().Name == "jsc") cli = entry.Location;
        if (string.IsNullOrEmpty(cli))
        {
            var compiler = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Jsc.Compiler");
            var beside = compiler == null ? null : Path.Combine(Path.GetDirectoryName(compiler.Location) ?? "", "jsc.dll");
            if (beside != null && File.Exists(beside)) cli = beside;
        }
        if (string.IsNullOrEmpty(cli)) return JsValue.Undefined;
        var command = new JsArray(realm.ArrayPrototype);
        if (cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            command.Push(DotnetHost());
            command.Push(cli);
        }
        else command.Push(cli);
        command.Push("run");
        return JsValue.FromObject(command);
    }

    /// <summary>The dotnet host that runs this process (or the one the SDK names), else `dotnet` from PATH.</summary>
    static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self != null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(host) ? "dotnet" : host;
    }
}
