using System.Reflection;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Jsc.Stdlib.Process;

namespace Jsc.Stdlib;

/// <summary>
/// Node's environment around a program: installs the globals (process, timers, the core
/// modules), runs the main module and then the event loop, routes uncaught exceptions to
/// process 'uncaughtException' listeners, and ends with process 'exit'.
/// </summary>
public static class NodeHost
{
    /// <summary>Installs Node's globals into a fresh realm and runs the bootstrap module.</summary>
    public static void Install(Realm realm, string[] argv)
    {
        NodeLibrary.Register();
        realm.DefineGlobal("global", JsValue.FromObject(realm.GlobalObject), enumerable: true);
        var process = ProcessObject.Install(realm, argv);
        ModuleLoader.CoreModules.TryAdd("process", r => r.GlobalObject.Get("process"));
        Timers.Timers.Install(realm);
        Signals.Install();
        Buffer.BufferModule.Install(realm);
        Promises.PromiseHost.Install(realm, process);
        Util.UtilBinding.Install(realm);
        Stdio.StdioBinding.Install(realm);
        Fs.FsBinding.Install(realm);
        Os.OsModule.Install();
        Dgram.UdpBinding.Install(realm);
        Dns.DnsBinding.Install(realm);
        ChildProcess.ChildProcessBinding.Install(realm);
        Vm.VmBinding.Install(realm);
        Zlib.ZlibBinding.Install(realm);
        Crypto.CryptoBinding.Install(realm);
        Net.TcpBinding.Install(realm);
        realm.EventLoop.UncaughtException = e => EmitUncaught(process, e);
        ModuleLoader.For(realm).RequireInternal("internal/bootstrap");
    }

    /// <summary>
    /// Runs <paramref name="main"/>, then the loop until nothing keeps it alive, then 'exit';
    /// returns the process's exit code. An exception no listener handles goes to
    /// <paramref name="reportUncaught"/> (which prints it as node does) and the code is 1.
    /// </summary>
    public static int Run(Realm realm, Action main, Action<JsException> reportUncaught)
    {
        var process = realm.GlobalObject.Get("process").AsObject!;
        try
        {
            realm.EventLoop.RunCallback(main);
            realm.EventLoop.Run();
            return ProcessObject.EmitExit(process);
        }
        catch (Exception e) when (Unwrap(e) is ProcessExit exit)
        {
            return exit.Code;
        }
        catch (Exception e) when (Unwrap(e) is FatalHandlerFailure failure)
        {
            // node: the handler's own error is printed and the process ends with 7, without 'exit'
            reportUncaught(failure.Error);
            return 7;
        }
        catch (Exception e) when (Unwrap(e) is JsException js)
        {
            reportUncaught(js);
            process.Set("exitCode", JsValue.FromNumber(1), true);
            try
            {
                return Math.Max(1, ProcessObject.EmitExit(process));
            }
            catch (Exception again) when (Unwrap(again) is ProcessExit exit)
            {
                return exit.Code;
            }
            catch (Exception again) when (Unwrap(again) is JsException)
            {
                // node reports nothing more: the code is the one in effect when the listener threw
                return ProcessObject.ExitCodeOf(process);
            }
        }
    }

    static Exception Unwrap(Exception e) => e is TargetInvocationException { InnerException: { } inner } ? inner : e;

    /// <summary>
    /// Gives an escaped exception to process._fatalException (the active domain, then
    /// 'uncaughtException' listeners); false when nothing handled it. An error the handling
    /// itself throws ends the process (<see cref="FatalHandlerFailure"/>).
    /// </summary>
    static bool EmitUncaught(JsObject process, JsException e)
    {
        if (process.Get("_fatalException").AsObject is not JsFunction handler) return false;
        try
        {
            return Runtime.AbstractOps.TypeConversion.ToBoolean(handler.Call(JsValue.FromObject(process), new[] { e.Value }));
        }
        catch (Exception again) when (Unwrap(again) is JsException js)
        {
            throw new FatalHandlerFailure(js);
        }
    }

    /// <summary>An 'uncaughtException' listener (or domain error handler) threw: node's exit code 7.</summary>
    sealed class FatalHandlerFailure(JsException error) : Exception(error.Message)
    {
        public JsException Error { get; } = error;
    }
}
