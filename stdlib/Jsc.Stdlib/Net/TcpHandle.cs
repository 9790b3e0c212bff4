using System.Net;
using System.Net.Sockets;
using Jsc.Runtime.Loop;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Net;

/// <summary>
/// A stream socket (TCP or a Unix domain socket) as libuv's uv_tcp_t/uv_pipe_t looks to
/// lib/net.js: connect, listen/accept, read start/stop, write, shutdown and close, every
/// completion posted to the event loop. Methods are called on the loop thread only; the
/// handle keeps the loop alive while it is ref'd and active (listening, reading, or waiting
/// for a connect, write or shutdown), as libuv's active handles and requests do.
/// </summary>
sealed class TcpHandle : JsObject
{
    const int ReadSize = 64 * 1024;

    readonly Realm _realm;
    readonly EventLoop _loop;
    Socket? _socket;
    bool _refd = true;
    bool _holding;
    bool _listening;
    bool _reading;
    bool _receiving;
    bool _closed;
    int _pendingRequests;
    JsFunction? _onRead;
    byte[]? _stash;
    int _stashCount = -1;
    string? _stashError;

    public TcpHandle(Realm realm, JsObject prototype, Socket? socket = null) : base(prototype)
    {
        _realm = realm;
        _loop = realm.EventLoop;
        _socket = socket;
    }

    public Socket? Socket => _socket;
    public bool IsUnix { get; private set; }

    // --- keeping the loop alive ---

    void UpdateRef()
    {
        bool want = !_closed && _refd && (_listening || _reading || _pendingRequests > 0);
        if (want == _holding) return;
        _holding = want;
        if (want) _loop.AddRef(); else _loop.Release();
    }

    public void Ref(bool on) { _refd = on; UpdateRef(); }

    public bool HasRef => _refd;

    /// <summary>Starts a request (connect, write, shutdown) that keeps the loop alive until <see cref="Complete"/>.</summary>
    void Begin() { _pendingRequests++; UpdateRef(); }

    /// <summary>Runs <paramref name="done"/> on the loop thread, where the request ends.</summary>
    void Complete(Action done)
    {
        // The loop may be idle-waiting on this request: hold it across the post.
        _loop.AddRef();
        _loop.Post(() =>
        {
            _loop.Release();
            _pendingRequests--;
            UpdateRef();
            done();
        });
    }

    // --- connect ---

    public void Connect(EndPoint endpoint, JsFunction callback)
    {
        IsUnix = endpoint is UnixDomainSocketEndPoint;
        _socket = IsUnix
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        var socket = _socket;
        Begin();
        _ = ConnectAsync(socket, endpoint, callback);
    }

    async Task ConnectAsync(Socket socket, EndPoint endpoint, JsFunction callback)
    {
        string? error = null;
        try { await socket.ConnectAsync(endpoint).ConfigureAwait(false); }
        catch (Exception e)
        {
            error = CodeOf(e);
            // A Unix socket path that does not exist: libuv says ENOENT (.NET, "address not available").
            if (endpoint is UnixDomainSocketEndPoint unix && error == "EADDRNOTAVAIL" && !File.Exists(unix.ToString())) error = "ENOENT";
        }
        Complete(() => callback.Call(JsValue.Undefined, [error == null ? JsValue.Null : (JsValue)error]));
    }

    // --- listen / accept ---

    /// <summary>Binds and listens; returns an error code or null.</summary>
    public string? Listen(EndPoint endpoint, int backlog, JsFunction onConnection, JsObject prototype)
    {
        IsUnix = endpoint is UnixDomainSocketEndPoint;
        try
        {
            if (IsUnix) _socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            else
            {
                _socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                if (endpoint.AddressFamily == AddressFamily.InterNetworkV6) _socket.DualMode = true;
            }
            _socket.Bind(endpoint);
            _socket.Listen(backlog);
        }
        catch (Exception e)
        {
            _socket?.Dispose();
            _socket = null;
            return CodeOf(e);
        }
        _listening = true;
        UpdateRef();
        _ = AcceptLoop(_socket, onConnection, prototype);
        return null;
    }

    async Task AcceptLoop(Socket listener, JsFunction onConnection, JsObject prototype)
    {
        while (true)
        {
            Socket client;
            try { client = await listener.AcceptAsync().ConfigureAwait(false); }
            catch (Exception e)
            {
                if (e is ObjectDisposedException || _closed) return;
                if (e is SocketException { SocketErrorCode: SocketError.OperationAborted }) return;
                var code = CodeOf(e);
                _loop.Post(() => { if (!_closed) onConnection.Call(JsValue.Undefined, [code]); });
                return;
            }
            _loop.Post(() =>
            {
                if (_closed) { client.Dispose(); return; }
                var handle = new TcpHandle(_realm, prototype, client) { IsUnix = IsUnix };
                onConnection.Call(JsValue.Undefined, [JsValue.Null, JsValue.FromObject(handle)]);
            });
        }
    }

    // --- reading ---

    public void ReadStart(JsFunction onRead)
    {
        _onRead = onRead;
        if (_reading || _socket == null) return;
        _reading = true;
        UpdateRef();
        if (_stashCount >= 0 || _stashError != null)
        {
            var (bytes, count, error) = (_stash, _stashCount, _stashError);
            _stash = null; _stashCount = -1; _stashError = null;
            _loop.Post(() => Deliver(bytes, count, error));
        }
        else Receive();
    }

    public void ReadStop()
    {
        _reading = false;
        UpdateRef();
    }

    void Receive()
    {
        if (_receiving || _closed || _socket == null) return;
        _receiving = true;
        _ = ReceiveAsync(_socket);
    }

    async Task ReceiveAsync(Socket socket)
    {
        var buffer = new byte[ReadSize];
        int count;
        string? error = null;
        try { count = await socket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None).ConfigureAwait(false); }
        catch (Exception e) { count = -1; error = CodeOf(e); }
        _loop.AddRef();
        _loop.Post(() =>
        {
            _loop.Release();
            _receiving = false;
            if (_closed) return;
            if (!_reading)
            {
                (_stash, _stashCount, _stashError) = (buffer, count, error);
                return;
            }
            Deliver(buffer, count, error);
        });
    }

    /// <summary>onread(null, buffer) for data, onread(null, null) at the end, onread(code) on failure.</summary>
    void Deliver(byte[]? buffer, int count, string? error)
    {
        if (_closed || _onRead == null) return;
        if (error != null)
        {
            // A reset after our own shutdown is just the end, as libuv reports it.
            _reading = false;
            UpdateRef();
            _onRead.Call(JsValue.Undefined, [error]);
            return;
        }
        if (count == 0)
        {
            _reading = false;
            UpdateRef();
            _onRead.Call(JsValue.Undefined, [JsValue.Null, JsValue.Null]);
            return;
        }
        var chunk = count == buffer!.Length ? buffer : buffer.AsSpan(0, count).ToArray();
        _onRead.Call(JsValue.Undefined, [JsValue.Null, JsValue.FromObject(Buffer.BufferModule.Create(chunk))]);
        if (_reading) Receive();
    }

    // --- writing ---

    /// <summary>Sends <paramref name="data"/>; callback(null | code) on the loop once the OS took all of it.</summary>
    public void Write(ReadOnlyMemory<byte> data, JsFunction? callback)
    {
        if (_socket == null || _closed)
        {
            if (callback != null) _loop.Post(() => callback.Call(JsValue.Undefined, ["EBADF"]));
            return;
        }
        Begin();
        var socket = _socket;
        var task = socket.SendAsync(data, SocketFlags.None);
        if (task.IsCompletedSuccessfully && task.Result == data.Length)
        {
            Complete(() => callback?.Call(JsValue.Undefined, [JsValue.Null]));
            return;
        }
        _ = WriteRest(socket, data, task, callback);
    }

    async Task WriteRest(Socket socket, ReadOnlyMemory<byte> data, ValueTask<int> first, JsFunction? callback)
    {
        string? error = null;
        try
        {
            int sent = await first.ConfigureAwait(false);
            while (sent < data.Length)
                sent += await socket.SendAsync(data[sent..], SocketFlags.None).ConfigureAwait(false);
        }
        catch (Exception e) { error = CodeOf(e); }
        Complete(() => callback?.Call(JsValue.Undefined, [error == null ? JsValue.Null : (JsValue)error]));
    }

    public void Shutdown(JsFunction callback)
    {
        Begin();
        string? error = null;
        try { _socket?.Shutdown(SocketShutdown.Send); }
        catch (Exception e) { error = CodeOf(e); }
        Complete(() => callback.Call(JsValue.Undefined, [error == null ? JsValue.Null : (JsValue)error]));
    }

    public void Close(JsFunction? callback)
    {
        if (_closed) return;
        _closed = true;
        _listening = _reading = false;
        _pendingRequests = 0;
        UpdateRef();
        var socket = _socket;
        try
        {
            if (socket != null && IsUnix && socket.LocalEndPoint is UnixDomainSocketEndPoint local && _listeningPath != null)
                File.Delete(_listeningPath);
        }
        catch (Exception) { }
        try
        {
            // A graceful close (FIN), not .NET's abortive one for sockets with I/O in flight.
            if (socket is { Connected: true }) socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception) { }
        socket?.Dispose();
        if (callback != null) _loop.Post(() => callback.Call(JsValue.Undefined, []));
    }

    string? _listeningPath;
    public void RememberPath(string path) => _listeningPath = path;

    /// <summary>The node code for a .NET socket failure.</summary>
    public static string CodeOf(Exception e) => e switch
    {
        SocketException s => s.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "ECONNREFUSED",
            SocketError.AddressAlreadyInUse => "EADDRINUSE",
            SocketError.AddressNotAvailable => "EADDRNOTAVAIL",
            SocketError.ConnectionReset => "ECONNRESET",
            SocketError.ConnectionAborted => "ECONNABORTED",
            SocketError.TimedOut => "ETIMEDOUT",
            SocketError.HostUnreachable => "EHOSTUNREACH",
            SocketError.NetworkUnreachable => "ENETUNREACH",
            SocketError.Shutdown => "EPIPE",
            SocketError.NotConnected => "ENOTCONN",
            SocketError.AccessDenied => "EACCES",
            SocketError.AddressFamilyNotSupported => "EAFNOSUPPORT",
            SocketError.InvalidArgument => "EINVAL",
            SocketError.OperationAborted => "ECANCELED",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "ENOTFOUND",
            _ => s.NativeErrorCode > 0 && s.NativeErrorCode < 200 ? SystemErrors.CodeOfErrno(s.NativeErrorCode) : "EIO",
        },
        ObjectDisposedException => "EBADF",
        UnauthorizedAccessException => "EACCES",
        IOException io => SystemErrors.CodeOf(io),
        _ => "EIO",
    };
}
