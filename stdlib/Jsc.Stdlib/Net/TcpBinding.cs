using System.Net;
using System.Net.Sockets;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Net;

/// <summary>
/// `internal/tcp`: the socket handles lib/net.js builds Server and Socket on
/// (https://nodejs.org/docs/v0.8.16/api/net.html). `create()` makes a handle; its methods take
/// already-checked arguments and report failures as node's error codes ("ECONNREFUSED"), which
/// lib/net.js turns into errors with errno/syscall/address/port. Callbacks run on the loop.
/// </summary>
public static class TcpBinding
{
    public static void Install(Realm realm)
    {
        ModuleLoader.CoreModules.TryAdd("internal/tcp", r => JsValue.FromObject(Create(r)));
    }

    static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        DefineHandleMethods(realm, proto);
        var binding = new JsObject(realm.ObjectPrototype);
        binding.DefineMethods(realm,
            new BuiltinMethod("create", 0, (_, _) => JsValue.FromObject(new TcpHandle(realm, proto))),
            new BuiltinMethod("lookup", 3, (_, a) => Lookup(realm, Str(a, 0), TypeConversion.ToInt32(a.Arg(1)), Fn(a, 2)!)),
            new BuiltinMethod("errno", 1, (_, a) => SystemErrors.ErrnoOf(Str(a, 0))),
            new BuiltinMethod("describe", 1, (_, a) => SystemErrors.DescriptionOf(Str(a, 0))));
        return binding;
    }

    static void DefineHandleMethods(Realm realm, JsObject proto)
    {
        proto.DefineMethods(realm,
            new BuiltinMethod("connect", 3, (t, a) =>
            {
                Handle(t).Connect(new IPEndPoint(IPAddress.Parse(Str(a, 0)), TypeConversion.ToInt32(a.Arg(1))), Fn(a, 2)!);
                return JsValue.Undefined;
            }),
            new BuiltinMethod("connectPath", 2, (t, a) =>
            {
                Handle(t).Connect(new UnixDomainSocketEndPoint(Str(a, 0)), Fn(a, 1)!);
                return JsValue.Undefined;
            }),
            new BuiltinMethod("listen", 4, (t, a) =>
            {
                var address = IPAddress.Parse(Str(a, 0));
                var error = Handle(t).Listen(new IPEndPoint(address, TypeConversion.ToInt32(a.Arg(1))), TypeConversion.ToInt32(a.Arg(2)), Fn(a, 3)!, proto);
                return error == null ? JsValue.Null : error;
            }),
            new BuiltinMethod("listenPath", 3, (t, a) =>
            {
                var path = Str(a, 0);
                var handle = Handle(t);
                var error = handle.Listen(new UnixDomainSocketEndPoint(path), TypeConversion.ToInt32(a.Arg(1)), Fn(a, 2)!, proto);
                if (error == null) handle.RememberPath(path);
                return error == null ? JsValue.Null : error;
            }),
            new BuiltinMethod("readStart", 1, (t, a) => { Handle(t).ReadStart(Fn(a, 0)!); return JsValue.Undefined; }),
            new BuiltinMethod("readStop", 0, (t, _) => { Handle(t).ReadStop(); return JsValue.Undefined; }),
            new BuiltinMethod("write", 2, (t, a) => Write(Handle(t), a.Arg(0), Fn(a, 1))),
            new BuiltinMethod("shutdown", 1, (t, a) => { Handle(t).Shutdown(Fn(a, 0)!); return JsValue.Undefined; }),
            new BuiltinMethod("close", 1, (t, a) => { Handle(t).Close(Fn(a, 0)); return JsValue.Undefined; }),
            new BuiltinMethod("ref", 0, (t, _) => { Handle(t).Ref(true); return JsValue.Undefined; }),
            new BuiltinMethod("unref", 0, (t, _) => { Handle(t).Ref(false); return JsValue.Undefined; }),
            new BuiltinMethod("hasRef", 0, (t, _) => Handle(t).HasRef),
            new BuiltinMethod("getsockname", 0, (t, _) => Address(realm, Handle(t), local: true)),
            new BuiltinMethod("getpeername", 0, (t, _) => Address(realm, Handle(t), local: false)),
            new BuiltinMethod("setNoDelay", 1, (t, a) => { bool on = a.Arg(0).IsTrue; return SetOption(Handle(t), s => s.NoDelay = on); }),
            new BuiltinMethod("setKeepAlive", 2, (t, a) =>
            {
                bool on = a.Arg(0).IsTrue;
                int seconds = TypeConversion.ToInt32(a.Arg(1)) / 1000;
                return SetOption(Handle(t), s =>
                {
                    s.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, on);
                    if (on && seconds > 0) s.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, seconds);
                });
            }));
    }

    static TcpHandle Handle(JsValue thisValue) =>
        thisValue.AsObject as TcpHandle ?? throw new JsException(JsValue.FromObject(new JsError(Realm.Current.TypeErrorPrototype, "Illegal invocation")));

    static string Str(ReadOnlySpan<JsValue> a, int i) => TypeConversion.ToString(a.Arg(i));

    static JsFunction? Fn(ReadOnlySpan<JsValue> a, int i) => a.Arg(i).AsObject as JsFunction;

    /// <summary>write(buffer | latin1 string, cb): the bytes are copied, so JavaScript may reuse the buffer.</summary>
    static JsValue Write(TcpHandle handle, JsValue data, JsFunction? callback)
    {
        byte[] bytes;
        if (data.AsObject is JsTypedArray view) bytes = view.Bytes.ToArray();
        else
        {
            var text = TypeConversion.ToString(data);
            bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
        }
        handle.Write(bytes, callback);
        return bytes.Length;
    }

    static JsValue SetOption(TcpHandle handle, Action<Socket> set)
    {
        try { if (handle.Socket is { } s && !handle.IsUnix) set(s); }
        catch (Exception) { }
        return JsValue.Undefined;
    }

    /// <summary>{ address, family, port } like node's socket.address(), or {} for an unknown or closed socket.</summary>
    static JsValue Address(Realm realm, TcpHandle handle, bool local)
    {
        var result = new JsObject(realm.ObjectPrototype);
        EndPoint? endpoint;
        try { endpoint = local ? handle.Socket?.LocalEndPoint : handle.Socket?.RemoteEndPoint; }
        catch (Exception) { endpoint = null; }
        if (endpoint is IPEndPoint ip)
        {
            var address = ip.Address;
            bool v4 = address.AddressFamily == AddressFamily.InterNetwork;
            string text = address.ToString();
            int scope = text.IndexOf('%');
            if (scope >= 0) text = text[..scope];
            result.Set("address", text, true);
            result.Set("family", v4 ? "IPv4" : "IPv6", true);
            result.Set("port", ip.Port, true);
        }
        else if (endpoint is UnixDomainSocketEndPoint unix)
        {
            result.Set("address", unix.ToString(), true);
        }
        return JsValue.FromObject(result);
    }

    /// <summary>dns.lookup's work for net.connect: callback(code | null, address, family) on the loop.</summary>
    static JsValue Lookup(Realm realm, string host, int family, JsFunction callback)
    {
        var loop = realm.EventLoop;
        loop.AddRef();
        _ = Task.Run(async () =>
        {
            string? error = null;
            IPAddress? found = null;
            try
            {
                var addresses = await System.Net.Dns.GetHostAddressesAsync(host).ConfigureAwait(false);
                found = addresses.FirstOrDefault(a => family == 0 || (family == 4) == (a.AddressFamily == AddressFamily.InterNetwork));
                // node prefers the resolver's order (verbatim): localhost gives ::1 or 127.0.0.1 as the OS lists it.
                if (found == null) error = "ENOTFOUND";
            }
            catch (Exception e) { error = TcpHandle.CodeOf(e) is "EIO" or "EINVAL" ? "ENOTFOUND" : TcpHandle.CodeOf(e); }
            loop.Post(() =>
            {
                loop.Release();
                if (error != null) callback.Call(JsValue.Undefined, [error]);
                else callback.Call(JsValue.Undefined, [JsValue.Null, found!.ToString(), found.AddressFamily == AddressFamily.InterNetwork ? 4 : 6]);
            });
        });
        return JsValue.Undefined;
    }
}
