using System.Net;
using System.Net.Sockets;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Loop;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Jsc.Stdlib.Buffer;

namespace Jsc.Stdlib.Dgram;

/// <summary>
/// One UDP socket (node's UDPWrap). While it receives and is ref'd it keeps the loop alive;
/// every send in flight does too. Callbacks into JS run only in callbacks posted to the loop,
/// and nothing is delivered after close.
/// </summary>
sealed class UdpHandle
{
    readonly Realm _realm;
    readonly EventLoop _loop;
    readonly Socket _socket;
    readonly bool _ipv6;
    JsValue _onMessage = JsValue.Undefined;
    CancellationTokenSource? _receiving;
    IPEndPoint? _peer;
    bool _refed = true, _holding, _closed;

    public UdpHandle(Realm realm, bool ipv6, bool reuseAddr, bool ipv6Only)
    {
        _realm = realm;
        _loop = realm.EventLoop;
        _ipv6 = ipv6;
        _socket = new Socket(ipv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        if (ipv6) _socket.DualMode = !ipv6Only;
        if (reuseAddr) _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
    }

    public JsObject ToJs()
    {
        var o = new JsObject(_realm.ObjectPrototype);
        o.DefineMethods(_realm,
            new BuiltinMethod("bind", 2, (_, a) => Try(a, v => _socket.Bind(EndpointFrom(v[0], v[1])))),
            new BuiltinMethod("connect", 2, (_, a) => Try(a, v => Connect(EndpointFrom(v[0], v[1])))),
            new BuiltinMethod("disconnect", 0, (_, a) => Try(a, _ => Disconnect())),
            new BuiltinMethod("send", 4, (_, a) => Send(a)),
            new BuiltinMethod("recvStart", 1, (_, a) => { RecvStart(a.Arg(0)); return JsValue.Undefined; }),
            new BuiltinMethod("recvStop", 0, (_, _) => { RecvStop(); return JsValue.Undefined; }),
            new BuiltinMethod("close", 0, (_, _) => { Close(); return JsValue.Undefined; }),
            new BuiltinMethod("getsockname", 0, (_, _) => Name(() => _socket.LocalEndPoint)),
            new BuiltinMethod("getpeername", 0, (_, _) => Name(() => _peer)),
            new BuiltinMethod("setBroadcast", 1, (_, a) => Try(a, v => _socket.EnableBroadcast = v[0].IsTrue)),
            new BuiltinMethod("setTTL", 1, (_, a) => Try(a, v => _socket.Ttl = (short)TypeConversion.ToInt32(v[0]))),
            new BuiltinMethod("setMulticastTTL", 1, (_, a) => Try(a, v => SetOption(SocketOptionName.MulticastTimeToLive, TypeConversion.ToInt32(v[0])))),
            new BuiltinMethod("setMulticastLoopback", 1, (_, a) => Try(a, v => SetOption(SocketOptionName.MulticastLoopback, v[0].IsTrue ? 1 : 0))),
            new BuiltinMethod("setMulticastInterface", 1, (_, a) => Try(a, v => SetMulticastInterface(TypeConversion.ToString(v[0])))),
            new BuiltinMethod("membership", 3, (_, a) => Try(a, v => Membership(v))),
            new BuiltinMethod("bufferSize", 2, (_, a) => BufferSize(a)),
            new BuiltinMethod("ref", 0, (_, _) => { _refed = true; UpdateRef(); return JsValue.Undefined; }),
            new BuiltinMethod("unref", 0, (_, _) => { _refed = false; UpdateRef(); return JsValue.Undefined; }),
            new BuiltinMethod("hasRef", 0, (_, _) => _refed));
        return o;
    }

    /// <summary>Runs a socket call on a copy of the arguments (padded to three); an error code on failure, else undefined.</summary>
    static JsValue Try(ReadOnlySpan<JsValue> a, Action<JsValue[]> action)
    {
        var v = new JsValue[Math.Max(3, a.Length)];
        for (int i = 0; i < v.Length; i++) v[i] = a.Arg(i);
        try
        {
            action(v);
            return JsValue.Undefined;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or ArgumentException or FormatException)
        {
            return e is FormatException ? "EINVAL" : SocketErrors.CodeOf(e);
        }
    }


    JsValue Name(Func<EndPoint?> get)
    {
        try
        {
            return get() is IPEndPoint endpoint ? JsValue.FromObject(UdpBinding.EndpointToJs(_realm, endpoint)) : "ENOTCONN";
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return SocketErrors.CodeOf(e);
        }
    }

    void Connect(IPEndPoint peer)
    {
        _socket.Connect(peer);
        _peer = peer;
    }

    /// <summary>connect(AF_UNSPEC) dissolves the association, as uv_udp_connect(NULL) does (.NET has no call for it).</summary>
    void Disconnect()
    {
        if (_peer == null) throw new SocketException((int)SocketError.NotConnected);
        var unspec = new byte[_ipv6 ? 28 : 16];
        if (UdpNative.Connect(_socket.SafeHandle, unspec, unspec.Length) != 0)
            throw new SocketException((int)SocketError.InvalidArgument);
        _peer = null;
    }

    void SetOption(SocketOptionName name, int value) =>
        _socket.SetSocketOption(_ipv6 ? SocketOptionLevel.IPv6 : SocketOptionLevel.IP, name, value);

    void SetMulticastInterface(string address)
    {
        if (_ipv6)
        {
            int scope = 0;
            int percent = address.IndexOf('%');
            if (percent >= 0 && !int.TryParse(address[(percent + 1)..], out scope))
                scope = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
                    .FirstOrDefault(n => n.Name == address[(percent + 1)..])?.GetIPProperties().GetIPv6Properties().Index ?? 0;
            SetOption(SocketOptionName.MulticastInterface, scope);
        }
        else
        {
            var ip = IPAddress.Parse(address);
            _socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, ip.GetAddressBytes());
        }
    }

    /// <summary>membership(group, interface | undefined, add).</summary>
    void Membership(JsValue[] a)
    {
        var group = IPAddress.Parse(TypeConversion.ToString(a[0]));
        var name = a[2].IsTrue ? SocketOptionName.AddMembership : SocketOptionName.DropMembership;
        if (group.AddressFamily == AddressFamily.InterNetworkV6)
            _socket.SetSocketOption(SocketOptionLevel.IPv6, name, new IPv6MulticastOption(group));
        else if (a[1].IsUndefined)
            _socket.SetSocketOption(SocketOptionLevel.IP, name, new MulticastOption(group));
        else
            _socket.SetSocketOption(SocketOptionLevel.IP, name, new MulticastOption(group, IPAddress.Parse(TypeConversion.ToString(a[1]))));
    }

    /// <summary>bufferSize(size, isRecv): sets it when size &gt; 0, then returns the size the OS reports (or an error code).</summary>
    JsValue BufferSize(ReadOnlySpan<JsValue> a)
    {
        int size = TypeConversion.ToInt32(a.Arg(0));
        bool recv = a.Arg(1).IsTrue;
        try
        {
            if (size > 0)
            {
                if (recv) _socket.ReceiveBufferSize = size;
                else _socket.SendBufferSize = size;
            }
            return recv ? _socket.ReceiveBufferSize : _socket.SendBufferSize;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return SocketErrors.CodeOf(e);
        }
    }

    /// <summary>
    /// send(buffers, port, address): sends at once, as uv_udp_try_send does for a datagram the
    /// kernel takes, and returns the bytes sent or an error code; port and address are undefined
    /// on a connected socket.
    /// </summary>
    JsValue Send(ReadOnlySpan<JsValue> a)
    {
        var list = a.Arg(0).AsObject!;
        int count = TypeConversion.ToInt32(list.Get("length"));
        using var data = new MemoryStream();
        for (int i = 0; i < count; i++)
            if (BufferModule.AsUint8Array(list.Get(i.ToString())) is { } bytes) data.Write(bytes.Bytes);
        var payload = data.ToArray();
        try
        {
            return a.Arg(1).IsUndefined ? _socket.Send(payload) : _socket.SendTo(payload, EndpointFrom(a.Arg(2), a.Arg(1)));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or FormatException)
        {
            return e is FormatException ? "EINVAL" : SocketErrors.CodeOf(e);
        }
    }

    IPEndPoint EndpointFrom(JsValue address, JsValue port)
    {
        var ip = IPAddress.Parse(TypeConversion.ToString(address));
        if (_ipv6 && ip.AddressFamily == AddressFamily.InterNetwork) ip = ip.MapToIPv6();
        return new IPEndPoint(ip, TypeConversion.ToInt32(port));
    }

    /// <summary>Starts delivering datagrams: onmessage(err | undefined, buffer, rinfo).</summary>
    void RecvStart(JsValue onMessage)
    {
        if (_receiving != null || _closed) return;
        _onMessage = onMessage;
        _receiving = new CancellationTokenSource();
        UpdateRef();
        ReceiveLoop(_receiving.Token);
    }

    void RecvStop()
    {
        _receiving?.Cancel();
        _receiving = null;
        UpdateRef();
    }

    async void ReceiveLoop(CancellationToken token)
    {
        var buffer = new byte[65536];
        EndPoint any = new IPEndPoint(_ipv6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!token.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try
            {
                result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.OperationAborted or SocketError.Interrupted)
            {
                return;
            }
            catch (SocketException e)
            {
                // An ICMP error (a connected peer not listening) is reported, as libuv's recvmsg does.
                string code = SocketErrors.CodeOf(e);
                _loop.Post(() =>
                {
                    if (!_closed && !token.IsCancellationRequested)
                        ObjectOperations.CallFunction(_onMessage, JsValue.Undefined, code);
                });
                continue;
            }
            var bytes = buffer.AsSpan(0, result.ReceivedBytes).ToArray();
            var from = (IPEndPoint)result.RemoteEndPoint;
            _loop.Post(() =>
            {
                if (_closed || token.IsCancellationRequested) return;
                var rinfo = UdpBinding.EndpointToJs(_realm, from);
                rinfo.Set("size", bytes.Length, true);
                ObjectOperations.CallFunction(_onMessage, JsValue.Undefined, JsValue.Undefined,
                    JsValue.FromObject(BufferModule.Create(bytes)), JsValue.FromObject(rinfo));
            });
        }
    }

    /// <summary>Holds one loop reference while the socket receives, is ref'd and open.</summary>
    void UpdateRef()
    {
        bool hold = _refed && _receiving != null && !_closed;
        if (hold == _holding) return;
        _holding = hold;
        if (hold) _loop.AddRef();
        else _loop.Release();
    }

    void Close()
    {
        if (_closed) return;
        _receiving?.Cancel();
        _receiving = null;
        _closed = true;
        UpdateRef();
        _socket.Dispose();
    }
}

static partial class UdpNative
{
    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "connect", SetLastError = true)]
    public static partial int Connect(System.Runtime.InteropServices.SafeHandle fd, byte[] address, int length);
}
