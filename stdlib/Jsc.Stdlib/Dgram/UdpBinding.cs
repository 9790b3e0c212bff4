using System.Net;
using System.Net.Sockets;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Dgram;

/// <summary>
/// `internal/udp`: the system side of dgram (https://nodejs.org/docs/v0.8.16/api/dgram.html),
/// which lib/dgram.js wraps as node's lib/dgram.js wraps its UDPWrap. `create(ipv6, reuseAddr,
/// ipv6Only)` makes a handle over a .NET Socket; its methods take already-checked values and
/// return a libuv-style error code string on failure (undefined when it worked), leaving the
/// shape of the JS error to lib/dgram.js. Datagrams and send completions arrive on the thread
/// pool and are posted to the event loop.
/// </summary>
public static class UdpBinding
{
    public static void Install(Realm realm) =>
        ModuleLoader.CoreModules.TryAdd("internal/udp", r => JsValue.FromObject(Create(r)));

    static JsObject Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        binding.DefineMethods(realm,
            new BuiltinMethod("create", 3, (_, a) => JsValue.FromObject(
                new UdpHandle(realm, a.Arg(0).IsTrue, a.Arg(1).IsTrue, a.Arg(2).IsTrue).ToJs())),
            new BuiltinMethod("errno", 1, (_, a) => SystemErrors.ErrnoOf(TypeConversion.ToString(a.Arg(0)))));
        return binding;
    }

    /// <summary>An endpoint as node reports it: { address, family: 'IPv4' | 'IPv6', port }.</summary>
    internal static JsObject EndpointToJs(Realm realm, IPEndPoint endpoint)
    {
        var address = endpoint.Address;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var result = new JsObject(realm.ObjectPrototype);
        result.Set("address", address.ToString(), true);
        result.Set("family", address.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4", true);
        result.Set("port", endpoint.Port, true);
        return result;
    }
}
