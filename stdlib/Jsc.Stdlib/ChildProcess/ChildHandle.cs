using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Jsc.Stdlib.Process;

namespace Jsc.Stdlib.ChildProcess;

/// <summary>
/// One spawned child (node's ProcessWrap, https://nodejs.org/docs/v0.8.16/api/child_process.html)
/// on System.Diagnostics.Process. Piped stdout/stderr are read on the thread pool and each chunk
/// is posted to the loop as a latin1 string (one char per byte); the exit is posted too. The
/// child keeps the loop alive until its exit is delivered, unless unref'd. 'inherit' really
/// inherits the descriptor when the realm writes to this process's console; otherwise (an
/// in-process run with captured output) the child's output is piped and copied to the realm's
/// writers. 'ignore' is a pipe that is closed at once (stdin) or drained and dropped.
/// Limit of Process: a death by signal is reported as the signal only when this handle sent it
/// (Process gives 128+signal as the exit code otherwise).
/// </summary>
sealed class ChildHandle
{
    readonly Realm _realm;
    readonly System.Diagnostics.Process _process;
    readonly JsValue _onData;
    readonly JsValue _onExit;
    readonly string[] _stdio;
    Task _writes = Task.CompletedTask;
    readonly List<Task> _forwards = new();
    bool _holding;
    bool _exited;
    int _signalSent;

    ChildHandle(Realm realm, System.Diagnostics.Process process, string[] stdio, JsValue onData, JsValue onExit)
    {
        _realm = realm;
        _process = process;
        _stdio = stdio;
        _onData = onData;
        _onExit = onExit;
    }

    /// <summary>Starts the child; returns its handle object, or the error code (ENOENT, EACCES, ...) as a string.</summary>
    public static JsValue Spawn(Realm realm, JsObject options)
    {
        var stdio = new string[3];
        var stdioList = options.Get("stdio").AsObject;
        for (int i = 0; i < 3; i++)
            stdio[i] = stdioList == null ? "pipe" : TypeConversion.ToString(stdioList.Get(PropertyKey.FromIndex((uint)i)));
        bool console = realm.StandardStreamsAreConsole;
        var info = new ProcessStartInfo(TypeConversion.ToString(options.Get("file")))
        {
            UseShellExecute = false,
            RedirectStandardInput = stdio[0] != "inherit" || !console,
            RedirectStandardOutput = stdio[1] != "inherit" || !console,
            RedirectStandardError = stdio[2] != "inherit" || !console,
        };
        foreach (var arg in Strings(options.Get("args"))) info.ArgumentList.Add(arg);
        var cwd = options.Get("cwd");
        if (cwd.IsString) info.WorkingDirectory = cwd.String;
        if (options.Get("envPairs").AsObject != null)
        {
            info.Environment.Clear();
            foreach (var pair in Strings(options.Get("envPairs")))
            {
                int eq = pair.IndexOf('=', 1);
                if (eq > 0) info.Environment[pair[..eq]] = pair[(eq + 1)..];
            }
        }
        if (info.WorkingDirectory.Length > 0 && !Directory.Exists(info.WorkingDirectory)) return "ENOENT";
        // What this process wrote so far must come before what an inheriting child writes.
        if (!info.RedirectStandardOutput || !info.RedirectStandardError)
        {
            realm.StandardOutput.Flush();
            realm.StandardError.Flush();
        }
        var process = new System.Diagnostics.Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return SystemErrors.CodeOfErrno(e.NativeErrorCode == 0 ? 2 : e.NativeErrorCode);
        }
        var child = new ChildHandle(realm, process, stdio, options.Get("onData"), options.Get("onExit"));
        child.Start();
        return JsValue.FromObject(child.MakeObject());
    }

    static IEnumerable<string> Strings(JsValue list)
    {
        if (list.AsObject is not JsObject array) yield break;
        long length = (long)TypeConversion.ToLength(array.Get("length"));
        for (long i = 0; i < length; i++) yield return TypeConversion.ToString(array.Get(PropertyKey.FromIndex((uint)i)));
    }

    void Start()
    {
        _realm.EventLoop.AddRef();
        _holding = true;
        if (_process.StartInfo.RedirectStandardInput && _stdio[0] != "pipe") _process.StandardInput.Close();
        if (_process.StartInfo.RedirectStandardOutput) Pump(1, _process.StandardOutput.BaseStream);
        if (_process.StartInfo.RedirectStandardError) Pump(2, _process.StandardError.BaseStream);
        _ = WaitForExit();
    }

    JsObject MakeObject()
    {
        var handle = new JsObject(_realm.ObjectPrototype);
        handle.FastAddProperty("pid", _process.Id);
        handle.DefineMethods(_realm,
            new BuiltinMethod("kill", 1, (_, a) => Kill(TypeConversion.ToInt32(a.Arg(0)))),
            new BuiltinMethod("write", 2, (_, a) => Write(TypeConversion.ToString(a.Arg(0)), a.Arg(1))),
            new BuiltinMethod("end", 0, (_, _) => EndInput()),
            new BuiltinMethod("ref", 0, (_, _) => Ref()),
            new BuiltinMethod("unref", 0, (_, _) => Unref()));
        return handle;
    }

    /// <summary>Reads one of the child's outputs until EOF, posting each chunk (or null at the end) to the loop.</summary>
    void Pump(int fd, Stream source)
    {
        // An 'inherit' stream piped only because output is captured goes to the realm's writer.
        var forward = _stdio[fd] == "inherit" ? (fd == 1 ? _realm.StandardOutput : _realm.StandardError) : null;
        bool drop = _stdio[fd] == "ignore";
        // A dropped output does not keep the loop alive ('ignore' is /dev/null in node).
        if (!drop) _realm.EventLoop.AddRef();
        var pump = Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            var decoder = new UTF8Encoding(false).GetDecoder();
            while (true)
            {
                int n;
                try { n = await source.ReadAsync(buffer).ConfigureAwait(false); }
                catch (IOException) { n = 0; }
                if (n == 0) break;
                if (drop) continue;
                if (forward != null)
                {
                    var chars = new char[decoder.GetCharCount(buffer, 0, n)];
                    decoder.GetChars(buffer, 0, n, chars, 0);
                    _realm.EventLoop.Post(() => forward.Write(chars));
                    continue;
                }
                var chunk = Encoding.Latin1.GetString(buffer, 0, n);
                _realm.EventLoop.Post(() => Deliver(fd, chunk));
            }
            if (drop) return;
            _realm.EventLoop.Post(() =>
            {
                _realm.EventLoop.Release();
                if (forward == null) Deliver(fd, null);
            });
        });
        // Copied output comes before the exit, as it would on an inherited descriptor.
        if (forward != null) _forwards.Add(pump);
    }

    void Deliver(int fd, string? chunk)
    {
        if (_onData.AsObject is JsFunction f) f.Call(JsValue.Undefined, new[] { JsValue.FromNumber(fd), chunk == null ? JsValue.Null : JsValue.FromString(chunk) });
    }

    async Task WaitForExit()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        await Task.WhenAll(_forwards).ConfigureAwait(false);
        _realm.EventLoop.Post(() =>
        {
            _exited = true;
            if (_holding) _realm.EventLoop.Release();
            _holding = false;
            int code = _process.ExitCode;
            JsValue signal = JsValue.Null;
            JsValue exitCode = code;
            if (_signalSent != 0 && code == 128 + _signalSent && SignalName(_signalSent) is { } name)
            {
                signal = name;
                exitCode = JsValue.Null;
            }
            if (_onExit.AsObject is JsFunction f) f.Call(JsValue.Undefined, new[] { exitCode, signal });
        });
    }

    static string? SignalName(int number)
    {
        foreach (var (name, value) in PosixProcess.Signals)
            if (value == number && name != "SIGIOT" && name != "SIGPOLL") return name;
        return null;
    }

    /// <summary>Sends a signal; 0, or the errno (negative, as node's handles return it).</summary>
    JsValue Kill(int signal)
    {
        if (_exited) return -3;
        int errno = PosixProcess.SendSignal(_process.Id, signal);
        if (errno != 0) return -errno;
        if (signal != 0) _signalSent = signal;
        return 0;
    }

    /// <summary>Writes bytes (a latin1 string) to the child's stdin in order; the callback gets null or an error code.</summary>
    JsValue Write(string latin1, JsValue callback)
    {
        var bytes = Encoding.Latin1.GetBytes(latin1);
        var input = _process.StandardInput.BaseStream;
        _realm.EventLoop.AddRef();
        _writes = _writes.ContinueWith(async _ =>
        {
            string? error = null;
            try
            {
                await input.WriteAsync(bytes).ConfigureAwait(false);
                await input.FlushAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                error = "EPIPE";
            }
            _realm.EventLoop.Post(() =>
            {
                _realm.EventLoop.Release();
                if (callback.AsObject is JsFunction f) f.Call(JsValue.Undefined, new[] { error == null ? JsValue.Null : JsValue.FromString(error) });
            });
        }, TaskScheduler.Default).Unwrap();
        return JsValue.Undefined;
    }

    /// <summary>Closes the child's stdin once the queued writes are done.</summary>
    JsValue EndInput()
    {
        var input = _process.StandardInput;
        _writes = _writes.ContinueWith(_ =>
        {
            try { input.Close(); }
            catch (IOException) { }
        }, TaskScheduler.Default);
        return JsValue.Undefined;
    }

    JsValue Ref()
    {
        if (_holding || _exited) return JsValue.Undefined;
        _holding = true;
        _realm.EventLoop.AddRef();
        return JsValue.Undefined;
    }

    JsValue Unref()
    {
        if (!_holding) return JsValue.Undefined;
        _holding = false;
        _realm.EventLoop.Release();
        return JsValue.Undefined;
    }
}
