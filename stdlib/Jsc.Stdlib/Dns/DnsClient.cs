using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Jsc.Stdlib.Dns;

/// <summary>A failed query, with node's (c-ares's) code: ENOTFOUND, ENODATA, ESERVFAIL, ETIMEOUT, ECONNREFUSED...</summary>
sealed class DnsError(string code) : Exception(code)
{
    public string Code { get; } = code;
}

/// <summary>
/// Our stub resolver: asks each name server in turn over UDP (RFC 1035 §4.2.1), repeating the
/// round `tries` times, and repeats a truncated answer's question over TCP (§4.2.2). A server
/// that fails (no answer in time, refused port, SERVFAIL/REFUSED/NOTIMP) passes the question
/// to the next one; the last failure is the result.
/// </summary>
static class DnsClient
{
    public static async Task<DnsResponse> Query(IReadOnlyList<IPEndPoint> servers, string name, int type, int timeoutMs, int tries)
    {
        if (servers.Count == 0) throw new DnsError("ECONNREFUSED");
        string lastError = "ETIMEOUT";
        for (int attempt = 0; attempt < Math.Max(1, tries); attempt++)
        {
            foreach (var server in servers)
            {
                try
                {
                    var response = await QueryUdp(server, name, type, timeoutMs).ConfigureAwait(false);
                    if (response.Truncated) response = await QueryTcp(server, name, type, timeoutMs).ConfigureAwait(false);
                    switch (response.ResponseCode)
                    {
                        case 0: return response;
                        case 3: throw new DnsError("ENOTFOUND");
                        case 1: lastError = "EFORMERR"; break;
                        case 2: lastError = "ESERVFAIL"; break;
                        case 4: lastError = "ENOTIMP"; break;
                        case 5: lastError = "EREFUSED"; break;
                        default: lastError = "EBADRESP"; break;
                    }
                }
                catch (DnsError e) when (e.Code is "ETIMEOUT" or "ECONNREFUSED" or "EBADRESP")
                {
                    lastError = e.Code;
                }
            }
            // A refused port or a server error will not change on a second round.
            if (lastError != "ETIMEOUT") break;
        }
        throw new DnsError(lastError);
    }

    static ushort NewId() => (ushort)RandomNumberGenerator.GetInt32(0, 0x10000);

    static async Task<DnsResponse> QueryUdp(IPEndPoint server, string name, int type, int timeoutMs)
    {
        using var socket = new Socket(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        using var timeout = new CancellationTokenSource(timeoutMs);
        ushort id = NewId();
        var query = DnsMessage.BuildQuery(id, name, type);
        var buffer = new byte[65536];
        try
        {
            await socket.ConnectAsync(server, timeout.Token).ConfigureAwait(false);
            await socket.SendAsync(query, SocketFlags.None, timeout.Token).ConfigureAwait(false);
            while (true)
            {
                int n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token).ConfigureAwait(false);
                DnsResponse response;
                try { response = DnsMessage.Parse(buffer.AsSpan(0, n)); }
                catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException) { continue; }
                if (response.Id == id && string.Equals(response.QuestionName, name.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
                    return response;
            }
        }
        catch (OperationCanceledException)
        {
            throw new DnsError("ETIMEOUT");
        }
        catch (SocketException e)
        {
            throw new DnsError(e.SocketErrorCode == SocketError.ConnectionRefused ? "ECONNREFUSED" : "ETIMEOUT");
        }
    }

    static async Task<DnsResponse> QueryTcp(IPEndPoint server, string name, int type, int timeoutMs)
    {
        using var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(timeoutMs);
        ushort id = NewId();
        var query = DnsMessage.BuildQuery(id, name, type);
        var framed = new byte[query.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)query.Length);
        query.CopyTo(framed, 2);
        try
        {
            await socket.ConnectAsync(server, timeout.Token).ConfigureAwait(false);
            await socket.SendAsync(framed, SocketFlags.None, timeout.Token).ConfigureAwait(false);
            var prefix = new byte[2];
            await ReadExactly(socket, prefix, timeout.Token).ConfigureAwait(false);
            var message = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
            await ReadExactly(socket, message, timeout.Token).ConfigureAwait(false);
            var response = DnsMessage.Parse(message);
            if (response.Id != id) throw new DnsError("EBADRESP");
            return response;
        }
        catch (OperationCanceledException)
        {
            throw new DnsError("ETIMEOUT");
        }
        catch (SocketException e)
        {
            throw new DnsError(e.SocketErrorCode == SocketError.ConnectionRefused ? "ECONNREFUSED" : "ETIMEOUT");
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or EndOfStreamException)
        {
            throw new DnsError("EBADRESP");
        }
    }

    static async Task ReadExactly(Socket socket, byte[] buffer, CancellationToken token)
    {
        for (int read = 0; read < buffer.Length;)
        {
            int n = await socket.ReceiveAsync(buffer.AsMemory(read), SocketFlags.None, token).ConfigureAwait(false);
            if (n == 0) throw new EndOfStreamException();
            read += n;
        }
    }

    /// <summary>The name servers /etc/resolv.conf lists, or 127.0.0.1 when it lists none (as c-ares does).</summary>
    public static List<IPEndPoint> SystemServers()
    {
        var servers = new List<IPEndPoint>();
        try
        {
            foreach (var line in File.ReadLines("/etc/resolv.conf"))
            {
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && parts[0] == "nameserver" && IPAddress.TryParse(parts[1].Split('%')[0], out var ip))
                    servers.Add(new IPEndPoint(ip, 53));
            }
        }
        catch (IOException)
        {
        }
        if (servers.Count == 0) servers.Add(new IPEndPoint(IPAddress.Loopback, 53));
        return servers;
    }
}
