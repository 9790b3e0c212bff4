using System.Net.Sockets;

namespace Jsc.Stdlib.Dgram;

/// <summary>Node's (libuv's) error code for a .NET socket failure: `EADDRINUSE`, `ECONNREFUSED`...</summary>
public static class SocketErrors
{
    public static string CodeOf(SocketError error) => error switch
    {
        SocketError.AddressAlreadyInUse => "EADDRINUSE",
        SocketError.AddressNotAvailable => "EADDRNOTAVAIL",
        SocketError.AccessDenied => "EACCES",
        SocketError.ConnectionRefused => "ECONNREFUSED",
        SocketError.ConnectionReset => "ECONNRESET",
        SocketError.ConnectionAborted => "ECONNABORTED",
        SocketError.NetworkUnreachable => "ENETUNREACH",
        SocketError.HostUnreachable => "EHOSTUNREACH",
        SocketError.TimedOut => "ETIMEDOUT",
        SocketError.MessageSize => "EMSGSIZE",
        SocketError.InvalidArgument => "EINVAL",
        SocketError.NotConnected => "ENOTCONN",
        SocketError.IsConnected => "EISCONN",
        SocketError.AddressFamilyNotSupported => "EAFNOSUPPORT",
        SocketError.OperationAborted => "ECANCELED",
        SocketError.Shutdown => "EPIPE",
        SocketError.NoBufferSpaceAvailable => "ENOBUFS",
        SocketError.OperationNotSupported => "ENOTSUP",
        SocketError.ProtocolNotSupported => "EPROTONOSUPPORT",
        SocketError.NotSocket => "EBADF",
        SocketError.WouldBlock => "EAGAIN",
        _ => "EINVAL",
    };

    /// <summary>The code for any exception a socket call threw.</summary>
    public static string CodeOf(Exception e) => e switch
    {
        SocketException s => CodeOf(s.SocketErrorCode),
        ObjectDisposedException => "EBADF",
        ArgumentException => "EINVAL",
        _ => "EINVAL",
    };
}
