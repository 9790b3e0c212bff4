using System.Runtime.InteropServices;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Process;

/// <summary>
/// Signal events (process.on('SIGINT', ...)): the bootstrap starts watching a signal when its
/// first listener is added and stops with the last. A delivered signal is posted to the loop
/// and emitted on process as node does; watching does not keep the loop alive (node unrefs
/// its signal handles).
/// </summary>
static class Signals
{
    public static void Install()
    {
        ModuleLoader.CoreModules.TryAdd("internal/signals", realm =>
        {
            var exports = new JsObject(realm.ObjectPrototype);
            var watching = new Dictionary<string, PosixSignalRegistration>();
            exports.DefineMethods(realm,
                new BuiltinMethod("start", 1, (_, a) => Start(realm, watching, a.Arg(0).String)),
                new BuiltinMethod("stop", 1, (_, a) =>
                {
                    if (watching.Remove(a.Arg(0).String, out var registration)) registration.Dispose();
                    return JsValue.Undefined;
                }));
            return JsValue.FromObject(exports);
        });
    }

    static JsValue Start(Realm realm, Dictionary<string, PosixSignalRegistration> watching, string name)
    {
        if (watching.ContainsKey(name) || !PosixProcess.Signals.TryGetValue(name, out int number)) return false;
        if (OperatingSystem.IsWindows() && name is not ("SIGINT" or "SIGBREAK" or "SIGHUP" or "SIGTERM" or "SIGQUIT")) return false;
        // Unix takes raw signal numbers; Windows only the console signals .NET names.
        var signal = !OperatingSystem.IsWindows() ? (PosixSignal)number : name switch
        {
            "SIGHUP" => PosixSignal.SIGHUP, "SIGINT" => PosixSignal.SIGINT,
            "SIGQUIT" => PosixSignal.SIGQUIT, _ => PosixSignal.SIGTERM,
        };
        var process = realm.GlobalObject.Get("process").AsObject!;
        try
        {
            watching[name] = PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                realm.EventLoop.Post(() =>
                {
                    if (process.Get("emit").AsObject is JsFunction emit)
                        emit.Call(JsValue.FromObject(process), new[] { JsValue.FromString(name), JsValue.FromString(name), JsValue.FromNumber(number) });
                });
            });
        }
        catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException)
        {
            return false;
        }
        return true;
    }
}
