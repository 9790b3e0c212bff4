using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib;

/// <summary>
/// libuv-style system errors as node reports them: `Error: ENOENT: no such file or directory,
/// open 'x'` with `errno` (negative, Linux numbering), `code`, `syscall`, and `path`/`dest`
/// when the call had them. https://nodejs.org/api/errors.html#class-systemerror
/// </summary>
public static class SystemErrors
{
    static readonly Dictionary<string, (int Errno, string Description)> table = new()
    {
        ["EPERM"] = (-1, "operation not permitted"),
        ["ENOENT"] = (-2, "no such file or directory"),
        ["ESRCH"] = (-3, "no such process"),
        ["EINTR"] = (-4, "interrupted system call"),
        ["EIO"] = (-5, "i/o error"),
        ["ENXIO"] = (-6, "no such device or address"),
        ["EBADF"] = (-9, "bad file descriptor"),
        ["EAGAIN"] = (-11, "resource temporarily unavailable"),
        ["ENOMEM"] = (-12, "not enough memory"),
        ["EACCES"] = (-13, "permission denied"),
        ["EFAULT"] = (-14, "bad address in system call argument"),
        ["EBUSY"] = (-16, "resource busy or locked"),
        ["EEXIST"] = (-17, "file already exists"),
        ["EXDEV"] = (-18, "cross-device link not permitted"),
        ["ENODEV"] = (-19, "no such device"),
        ["ENOTDIR"] = (-20, "not a directory"),
        ["EISDIR"] = (-21, "illegal operation on a directory"),
        ["EINVAL"] = (-22, "invalid argument"),
        ["ENFILE"] = (-23, "file table overflow"),
        ["EMFILE"] = (-24, "too many open files"),
        ["ENOTTY"] = (-25, "inappropriate ioctl for device"),
        ["ETXTBSY"] = (-26, "text file is busy"),
        ["EFBIG"] = (-27, "file too large"),
        ["ENOSPC"] = (-28, "no space left on device"),
        ["ESPIPE"] = (-29, "invalid seek"),
        ["EROFS"] = (-30, "read-only file system"),
        ["EMLINK"] = (-31, "too many links"),
        ["EPIPE"] = (-32, "broken pipe"),
        ["ENAMETOOLONG"] = (-36, "name too long"),
        ["ENOSYS"] = (-38, "function not implemented"),
        ["ENOTEMPTY"] = (-39, "directory not empty"),
        ["ELOOP"] = (-40, "too many symbolic links encountered"),
        ["ENOTSOCK"] = (-88, "socket operation on non-socket"),
        ["EMSGSIZE"] = (-90, "message too long"),
        ["EPROTONOSUPPORT"] = (-93, "protocol not supported"),
        ["ENOTSUP"] = (-95, "operation not supported on socket"),
        ["EAFNOSUPPORT"] = (-97, "address family not supported"),
        ["EADDRINUSE"] = (-98, "address already in use"),
        ["EADDRNOTAVAIL"] = (-99, "address not available"),
        ["ENETUNREACH"] = (-101, "network is unreachable"),
        ["ECONNABORTED"] = (-103, "software caused connection abort"),
        ["ECONNRESET"] = (-104, "connection reset by peer"),
        ["ENOBUFS"] = (-105, "no buffer space available"),
        ["EISCONN"] = (-106, "socket is already connected"),
        ["ENOTCONN"] = (-107, "socket is not connected"),
        ["ETIMEDOUT"] = (-110, "connection timed out"),
        ["ECONNREFUSED"] = (-111, "connection refused"),
        ["EHOSTUNREACH"] = (-113, "host is unreachable"),
        ["EALREADY"] = (-114, "connection already in progress"),
        ["ECANCELED"] = (-125, "operation canceled"),
        ["EPROTO"] = (-71, "protocol error"),
        ["EAFNOSUPPORT"] = (-97, "address family not supported"),
        ["ENOTFOUND"] = (-3008, "getaddrinfo ENOTFOUND"),
    };

    /// <summary>The (negative) errno node gives for a code, or 0 if the code is unknown.</summary>
    public static int ErrnoOf(string code) => table.TryGetValue(code, out var e) ? e.Errno : 0;

    /// <summary>libuv's description of a code ("address already in use"), or "unknown error".</summary>
    public static string DescriptionOf(string code) => table.TryGetValue(code, out var e) ? e.Description : "unknown error";

    /// <summary>
    /// An Error for a failed system call: message `CODE: description, syscall 'path' -> 'dest'`
    /// (the fs style) or, with <paramref name="plainMessage"/>, `syscall CODE` (as process.kill and
    /// sockets word it).
    /// </summary>
    public static JsException Make(string code, string syscall, string? path = null, string? dest = null, bool plainMessage = false)
    {
        var (errno, description) = table.TryGetValue(code, out var e) ? e : (0, "unknown error");
        string message;
        if (plainMessage) message = $"{syscall} {code}";
        else
        {
            message = $"{code}: {description}, {syscall}";
            if (path != null) message += $" '{path}'";
            if (dest != null) message += $" -> '{dest}'";
        }
        var error = new JsError(Realm.Current.ErrorPrototype, message);
        error.FastAddProperty("errno", errno);
        error.FastAddProperty("code", code);
        error.FastAddProperty("syscall", syscall);
        if (path != null) error.FastAddProperty("path", path);
        if (dest != null) error.FastAddProperty("dest", dest);
        return new JsException(JsValue.FromObject(error));
    }

    /// <summary>The code for a .NET I/O failure (the HResult's low word is the OS errno on Unix).</summary>
    public static string CodeOf(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "ENOENT",
        UnauthorizedAccessException => "EACCES",
        PathTooLongException => "ENAMETOOLONG",
        IOException io when FromErrno(io.HResult & 0xFFFF) is { } code => code,
        _ => "EIO",
    };

    /// <summary>The code for an OS errno (positive, as errno holds it); UNKNOWN when the table lacks it.</summary>
    public static string CodeOfErrno(int errno) => FromErrno(errno) ?? "UNKNOWN";

    static string? FromErrno(int errno)
    {
        foreach (var (code, entry) in table)
            if (-entry.Errno == errno) return code;
        return null;
    }
}
