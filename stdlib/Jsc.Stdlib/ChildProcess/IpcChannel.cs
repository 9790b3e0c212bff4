using System.Net.Sockets;
using System.Text;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.ChildProcess;

/// <summary>
/// The IPC channel between a parent and the child it forked
/// (https://nodejs.org/docs/v0.8.16/api/child_process.html#child_process_child_send_message_sendhandle).
/// node passes a socketpair fd in NODE_CHANNEL_FD; Process cannot pass extra descriptors, so
/// the parent listens on a Unix domain socket whose path the child finds in JSC_CHANNEL_PATH.
/// Messages are JSON texts, one a line, as node's 'json' serialization sends them. Each line
/// read is posted to the loop; null marks the end (the other side disconnected or exited).
/// While ref'd and open, the channel keeps the loop alive.
/// </summary>
sealed class IpcChannel
{
    public const string PathVariable = "JSC_CHANNEL_PATH";

    readonly Realm _realm;
    readonly object _gate = new();
    readonly List<byte[]> _pending = new();
    readonly Socket? _listener;
    readonly string? _listenPath;
    Socket? _socket;
    JsValue _onLine;
    bool _closed;
    bool _ended;
    bool _holding;

    IpcChannel(Realm realm, Socket? listener, string? listenPath)
    {
        _realm = realm;
        _listener = listener;
        _listenPath = listenPath;
    }

    /// <summary>The parent's end: listens on a fresh socket path and accepts the child when it connects.</summary>
    public static IpcChannel Listen(Realm realm, out string path)
    {
        path = Path.Combine(Path.GetTempPath(), $"jsc-ipc-{Guid.NewGuid():N}.sock");
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        var channel = new IpcChannel(realm, listener, path);
        _ = channel.Accept();
        return channel;
    }

    /// <summary>The child's end: connects to the path its parent gave.</summary>
    public static IpcChannel Connect(Realm realm, string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        var channel = new IpcChannel(realm, null, null);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(path));
        }
        catch (SocketException)
        {
            // The parent disconnected (or ended) before this child connected: the channel is closed.
            socket.Dispose();
            realm.EventLoop.Post(channel.End);
            return channel;
        }
        channel.Attach(socket);
        return channel;
    }

    async Task Accept()
    {
        Socket socket;
        try
        {
            socket = await _listener!.AcceptAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            _realm.EventLoop.Post(() => End());
            return;
        }
        finally
        {
            _listener!.Dispose();
            try { File.Delete(_listenPath!); } catch (IOException) { }
        }
        Attach(socket);
    }

    void Attach(Socket socket)
    {
        byte[][] pending;
        lock (_gate)
        {
            if (_closed)
            {
                socket.Dispose();
                return;
            }
            _socket = socket;
            pending = _pending.ToArray();
            _pending.Clear();
        }
        try
        {
            foreach (var bytes in pending) socket.Send(bytes);
        }
        catch (SocketException) { }
        _ = ReadLoop(socket);
    }

    async Task ReadLoop(Socket socket)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        while (true)
        {
            int n;
            try { n = await socket.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { n = 0; }
            if (n == 0) break;
            int start = 0;
            for (int i = 0; i < n; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                line.Write(buffer, start, i - start);
                var text = Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
                line.SetLength(0);
                start = i + 1;
                _realm.EventLoop.Post(() => Deliver(text));
            }
            line.Write(buffer, start, n - start);
        }
        _realm.EventLoop.Post(End);
    }

    void Deliver(JsValue line)
    {
        if (_ended) return;
        if (_onLine.AsObject is JsFunction f) f.Call(JsValue.Undefined, new[] { line });
    }

    void End()
    {
        if (_ended) return;
        Deliver(JsValue.Null);
        _ended = true;
        Close();
    }

    /// <summary>The JS face: send(line, callback), close(), ref(), unref() and the onLine callback property.</summary>
    public JsObject MakeObject(JsValue onLine)
    {
        _onLine = onLine;
        var handle = new JsObject(_realm.ObjectPrototype);
        handle.DefineMethods(_realm,
            new BuiltinMethod("send", 1, (_, a) => Send(Runtime.AbstractOps.TypeConversion.ToString(a.Arg(0)))),
            new BuiltinMethod("close", 0, (_, _) => Close()),
            new BuiltinMethod("ref", 0, (_, _) => Ref()),
            new BuiltinMethod("unref", 0, (_, _) => Unref()));
        return handle;
    }

    JsValue Send(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        lock (_gate)
        {
            if (_closed) return false;
            if (_socket == null)
            {
                _pending.Add(bytes);
                return true;
            }
        }
        try
        {
            _socket.Send(bytes);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    JsValue Close()
    {
        Unref();
        lock (_gate)
        {
            if (_closed) return JsValue.Undefined;
            _closed = true;
        }
        try { _socket?.Shutdown(SocketShutdown.Both); }
        catch (SocketException) { }
        _socket?.Dispose();
        if (_socket == null && _listener != null)
        {
            _listener.Dispose();
            try { File.Delete(_listenPath!); } catch (IOException) { }
        }
        return JsValue.Undefined;
    }

    JsValue Ref()
    {
        if (_holding || _closed) return JsValue.Undefined;
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
