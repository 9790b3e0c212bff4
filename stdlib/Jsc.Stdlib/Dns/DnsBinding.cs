using System.Net;
using System.Net.Sockets;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Dns;

/// <summary>
/// `internal/dns`: the system side of dns (https://nodejs.org/docs/v0.8.16/api/dns.html) that
/// lib/dns.js wraps: `lookup`/`lookupService` go to the OS resolver (getaddrinfo/getnameinfo
/// through System.Net.Dns), `query` to our own client (<see cref="DnsClient"/>). Each runs off
/// the loop thread and posts callback(code | undefined, result...) to the event loop.
/// </summary>
public static class DnsBinding
{
    public static void Install(Realm realm) =>
        ModuleLoader.CoreModules.TryAdd("internal/dns", r => JsValue.FromObject(Create(r)));

    static JsObject Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        binding.DefineMethods(realm,
            new BuiltinMethod("lookup", 3, (_, a) => Lookup(realm, a)),
            new BuiltinMethod("lookupService", 3, (_, a) => LookupService(realm, a)),
            new BuiltinMethod("query", 6, (_, a) => Query(realm, a)),
            new BuiltinMethod("systemServers", 0, (_, _) =>
            {
                var list = new JsArray(realm.ArrayPrototype);
                foreach (var server in DnsClient.SystemServers())
                    list.Push(new JsArray(realm.ArrayPrototype, [server.Address.ToString(), server.Port]));
                return list;
            }));
        return binding;
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool; its result (a code, or a JS-making continuation) runs on the loop.</summary>
    static void Start<T>(Realm realm, Func<Task<T>> work, Action<string?, T?> complete)
    {
        var loop = realm.EventLoop;
        loop.AddRef();
        Task.Run(async () =>
        {
            T? result = default;
            string? code = null;
            try { result = await work().ConfigureAwait(false); }
            catch (DnsError e) { code = e.Code; }
            catch (SocketException e) { code = GetAddrInfoCode(e); }
            catch (Exception e) when (e is ArgumentException or FormatException) { code = "EINVAL"; }
            loop.Post(() => complete(code, result));
            loop.Release();
        });
    }

    /// <summary>
    /// Runs a blocking OS resolver call (getaddrinfo, getnameinfo) on a thread of its own, as libuv runs
    /// them on its work queue: not on the .NET thread pool, which other blocked work may have starved
    /// (a lookup of localhost then waited for the pool to grow, tens of seconds).
    /// </summary>
    static void StartBlocking<T>(Realm realm, Func<T> work, Action<string?, T?> complete)
    {
        var loop = realm.EventLoop;
        loop.AddRef();
        var thread = new Thread(() =>
        {
            T? result = default;
            string? code = null;
            try { result = work(); }
            catch (SocketException e) { code = GetAddrInfoCode(e); }
            catch (Exception e) when (e is ArgumentException or FormatException) { code = "EINVAL"; }
            loop.Post(() => complete(code, result));
            loop.Release();
        }) { IsBackground = true, Name = "jsc resolver" };
        thread.Start();
    }

    static string GetAddrInfoCode(SocketException e) => e.SocketErrorCode switch
    {
        SocketError.HostNotFound or SocketError.NoData => "ENOTFOUND",
        SocketError.TryAgain => "EAI_AGAIN",
        SocketError.AddressFamilyNotSupported => "EAI_FAMILY",
        _ => "ENOTFOUND",
    };

    /// <summary>lookup(hostname, family 0|4|6, callback(code, [address, family, ...])): getaddrinfo's answers in its order.</summary>
    static JsValue Lookup(Realm realm, ReadOnlySpan<JsValue> a)
    {
        string host = TypeConversion.ToString(a.Arg(0));
        int family = TypeConversion.ToInt32(a.Arg(1));
        var callback = a.Arg(2);
        var addressFamily = family switch { 4 => AddressFamily.InterNetwork, 6 => AddressFamily.InterNetworkV6, _ => AddressFamily.Unspecified };
        StartBlocking(realm, () => System.Net.Dns.GetHostAddresses(host, addressFamily), (code, addresses) =>
        {
            if (code == null && (addresses == null || addresses.Length == 0)) code = "ENOTFOUND";
            if (code != null)
            {
                ObjectOperations.CallFunction(callback, JsValue.Undefined, code);
                return;
            }
            var list = new JsArray(realm.ArrayPrototype);
            foreach (var address in addresses!.Distinct())
            {
                list.Push(address.ToString());
                list.Push(address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4);
            }
            ObjectOperations.CallFunction(callback, JsValue.Undefined, JsValue.Undefined, list);
        });
        return JsValue.Undefined;
    }

    /// <summary>lookupService(address, port, callback(code, hostname, service)): getnameinfo with the service from /etc/services.</summary>
    static JsValue LookupService(Realm realm, ReadOnlySpan<JsValue> a)
    {
        var address = IPAddress.Parse(TypeConversion.ToString(a.Arg(0)));
        int port = TypeConversion.ToInt32(a.Arg(1));
        var callback = a.Arg(2);
        StartBlocking(realm, () => System.Net.Dns.GetHostEntry(address).HostName, (code, hostname) =>
        {
            if (code != null) ObjectOperations.CallFunction(callback, JsValue.Undefined, code);
            else ObjectOperations.CallFunction(callback, JsValue.Undefined, JsValue.Undefined, hostname!, ServiceName(port));
        });
        return JsValue.Undefined;
    }

    /// <summary>The TCP service name /etc/services gives a port, or the port's digits.</summary>
    static string ServiceName(int port)
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/services"))
            {
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && !parts[0].StartsWith('#') && parts[1] == port + "/tcp") return parts[0];
            }
        }
        catch (IOException)
        {
        }
        return port.ToString();
    }

    /// <summary>query(servers [[ip, port]...], name, type, timeoutMs, tries, callback(code, records)).</summary>
    static JsValue Query(Realm realm, ReadOnlySpan<JsValue> a)
    {
        var servers = new List<IPEndPoint>();
        var list = a.Arg(0).AsObject!;
        int count = TypeConversion.ToInt32(list.Get("length"));
        for (int i = 0; i < count; i++)
        {
            var pair = list.Get(i.ToString()).AsObject!;
            servers.Add(new IPEndPoint(IPAddress.Parse(TypeConversion.ToString(pair.Get("0"))), TypeConversion.ToInt32(pair.Get("1"))));
        }
        string name = TypeConversion.ToString(a.Arg(1));
        int type = TypeConversion.ToInt32(a.Arg(2));
        int timeout = TypeConversion.ToInt32(a.Arg(3));
        int tries = TypeConversion.ToInt32(a.Arg(4));
        var callback = a.Arg(5);
        Start(realm, () => DnsClient.Query(servers, name, type, timeout, tries), (code, response) =>
        {
            var records = new JsArray(realm.ArrayPrototype);
            if (code == null)
                foreach (var record in response!.Answers)
                    if (type == DnsMessage.ANY || record.Type == type) records.Push(DnsRecords.ToJs(realm, record));
            if (code == null && records.Length == 0) code = "ENODATA";
            if (code != null) ObjectOperations.CallFunction(callback, JsValue.Undefined, code);
            else ObjectOperations.CallFunction(callback, JsValue.Undefined, JsValue.Undefined, records);
        });
        return JsValue.Undefined;
    }
}
