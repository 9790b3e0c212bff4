using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Stdio;

/// <summary>
/// `internal/stdio_binding`: what lib/internal/stdio.js and lib/tty.js need from the host. Writes go
/// synchronously to the realm's StandardOutput/StandardError writers (so console.log and
/// process.stdout.write keep their order); stdin is read on the thread pool and each chunk is
/// posted back to the event loop, which is kept alive only while JavaScript wants data.
/// </summary>
public static class StdioBinding
{
    public static void Install(Realm realm)
    {
        ModuleLoader.CoreModules.TryAdd("internal/stdio_binding", Create);
    }

    static JsValue Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        var input = new StdinReader(realm);
        binding.DefineMethods(realm,
            new BuiltinMethod("isatty", 1, (_, a) => IsTerminal(realm, TypeConversion.ToInt32(a.Arg(0)))),
            new BuiltinMethod("write", 2, (_, a) => Write(realm, TypeConversion.ToInt32(a.Arg(0)), TypeConversion.ToString(a.Arg(1)))),
            new BuiltinMethod("windowSize", 1, (_, a) => WindowSize(realm, TypeConversion.ToInt32(a.Arg(0)))),
            new BuiltinMethod("readStart", 2, (_, a) => input.Start(TypeConversion.ToString(a.Arg(0)), a.Arg(1))),
            new BuiltinMethod("readStop", 0, (_, _) => input.Stop()));
        if (OperatingSystem.IsLinux())
        {
            binding.DefineMethods(realm, new BuiltinMethod("setRawMode", 2, (_, a) =>
                RawMode.Set(TypeConversion.ToInt32(a.Arg(0)), a.Arg(1).IsTrue)));
        }
        return JsValue.FromObject(binding);
    }

    /// <summary>tty.isatty(fd): only a realm that writes to this process's own console has terminals.</summary>
    public static bool IsTerminal(Realm realm, int fd)
    {
        if (!realm.StandardStreamsAreConsole) return false;
        return fd switch
        {
            0 => !Console.IsInputRedirected,
            1 => !Console.IsOutputRedirected,
            2 => !Console.IsErrorRedirected,
            _ => false,
        };
    }

    static JsValue Write(Realm realm, int fd, string text)
    {
        var writer = fd == 2 ? realm.StandardError : realm.StandardOutput;
        writer.Write(text);
        // A terminal shows what was written at once (a prompt before input, for instance).
        if (IsTerminal(realm, fd)) writer.Flush();
        return JsValue.Undefined;
    }

    /// <summary>[columns, rows] of the terminal on fd, or undefined when it is not one.</summary>
    static JsValue WindowSize(Realm realm, int fd)
    {
        if (!IsTerminal(realm, fd)) return JsValue.Undefined;
        try
        {
            var size = new JsArray(realm.ArrayPrototype);
            size.Push(Console.WindowWidth);
            size.Push(Console.WindowHeight);
            return JsValue.FromObject(size);
        }
        catch (IOException)
        {
            return JsValue.Undefined;
        }
    }

    /// <summary>
    /// Reads the realm's StandardInput in the background while JavaScript asks for data. Each
    /// chunk reaches the callback on the loop thread as a string: "latin1" keeps one char per
    /// byte (for Buffer.from(s, 'latin1')), "utf8" decodes, carrying split characters over.
    /// </summary>
    sealed class StdinReader(Realm realm)
    {
        readonly object _gate = new();
        bool _wanted;
        bool _running;
        bool _ended;
        JsValue _callback;
        Decoder? _decoder;

        public JsValue Start(string mode, JsValue callback)
        {
            lock (_gate)
            {
                _callback = callback;
                if (_wanted || _ended) return JsValue.Undefined;
                _wanted = true;
                _decoder ??= mode == "utf8" ? new UTF8Encoding(false).GetDecoder() : null;
                realm.EventLoop.AddRef();
                if (_running) return JsValue.Undefined;
                _running = true;
            }
            var source = realm.StandardInput;
            if (IsTerminal(realm, 0)) realm.StandardOutput.Flush();
            Task.Run(() => ReadLoop(source));
            return JsValue.Undefined;
        }

        public JsValue Stop()
        {
            lock (_gate)
            {
                if (!_wanted) return JsValue.Undefined;
                _wanted = false;
            }
            realm.EventLoop.Release();
            return JsValue.Undefined;
        }

        async Task ReadLoop(Stream? source)
        {
            var buffer = new byte[64 * 1024];
            while (true)
            {
                int n;
                try
                {
                    n = source == null ? 0 : await source.ReadAsync(buffer).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    n = 0;
                }
                string? chunk = n == 0 ? Flush() : Decode(buffer, n);
                bool more;
                lock (_gate)
                {
                    if (n == 0) _ended = true;
                    more = _wanted && n != 0;
                    if (!more) _running = false;
                }
                realm.EventLoop.Post(() => Deliver(chunk, n == 0));
                if (!more) return;
            }
        }

        string Decode(byte[] buffer, int n)
        {
            if (_decoder == null) return Encoding.Latin1.GetString(buffer, 0, n);
            var chars = new char[_decoder.GetCharCount(buffer, 0, n)];
            int count = _decoder.GetChars(buffer, 0, n, chars, 0);
            return new string(chars, 0, count);
        }

        string? Flush()
        {
            if (_decoder == null) return null;
            var chars = new char[4];
            int count = _decoder.GetChars(Array.Empty<byte>(), 0, 0, chars, 0, flush: true);
            return count == 0 ? null : new string(chars, 0, count);
        }

        void Deliver(string? chunk, bool end)
        {
            if (chunk != null) ObjectOperations.CallFunction(_callback, JsValue.Undefined, new[] { JsValue.FromString(chunk) });
            if (end)
            {
                lock (_gate)
                {
                    if (_wanted)
                    {
                        _wanted = false;
                        realm.EventLoop.Release();
                    }
                }
                ObjectOperations.CallFunction(_callback, JsValue.Undefined, new[] { JsValue.Null });
            }
        }
    }
}
