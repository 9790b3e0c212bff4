using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Jsc.Stdlib.Process;

namespace Jsc.Stdlib.Os;

/// <summary>os.constants: https://nodejs.org/api/os.html#os-constants — Linux's numbers, in null-prototype objects.</summary>
static class OsConstants
{
    static readonly (string, int)[] Errno =
    [
        ("E2BIG", 7), ("EACCES", 13), ("EADDRINUSE", 98), ("EADDRNOTAVAIL", 99), ("EAFNOSUPPORT", 97), ("EAGAIN", 11),
        ("EALREADY", 114), ("EBADF", 9), ("EBADMSG", 74), ("EBUSY", 16), ("ECANCELED", 125), ("ECHILD", 10),
        ("ECONNABORTED", 103), ("ECONNREFUSED", 111), ("ECONNRESET", 104), ("EDEADLK", 35), ("EDESTADDRREQ", 89),
        ("EDOM", 33), ("EDQUOT", 122), ("EEXIST", 17), ("EFAULT", 14), ("EFBIG", 27), ("EHOSTUNREACH", 113),
        ("EIDRM", 43), ("EILSEQ", 84), ("EINPROGRESS", 115), ("EINTR", 4), ("EINVAL", 22), ("EIO", 5), ("EISCONN", 106),
        ("EISDIR", 21), ("ELOOP", 40), ("EMFILE", 24), ("EMLINK", 31), ("EMSGSIZE", 90), ("EMULTIHOP", 72),
        ("ENAMETOOLONG", 36), ("ENETDOWN", 100), ("ENETRESET", 102), ("ENETUNREACH", 101), ("ENFILE", 23),
        ("ENOBUFS", 105), ("ENODATA", 61), ("ENODEV", 19), ("ENOENT", 2), ("ENOEXEC", 8), ("ENOLCK", 37),
        ("ENOLINK", 67), ("ENOMEM", 12), ("ENOMSG", 42), ("ENOPROTOOPT", 92), ("ENOSPC", 28), ("ENOSR", 63),
        ("ENOSTR", 60), ("ENOSYS", 38), ("ENOTCONN", 107), ("ENOTDIR", 20), ("ENOTEMPTY", 39), ("ENOTSOCK", 88),
        ("ENOTSUP", 95), ("ENOTTY", 25), ("ENXIO", 6), ("EOPNOTSUPP", 95), ("EOVERFLOW", 75), ("EPERM", 1),
        ("EPIPE", 32), ("EPROTO", 71), ("EPROTONOSUPPORT", 93), ("EPROTOTYPE", 91), ("ERANGE", 34), ("EROFS", 30),
        ("ESPIPE", 29), ("ESRCH", 3), ("ESTALE", 116), ("ETIME", 62), ("ETIMEDOUT", 110), ("ETXTBSY", 26),
        ("EWOULDBLOCK", 11), ("EXDEV", 18),
    ];

    static readonly (string, int)[] Dlopen =
        [("RTLD_LAZY", 1), ("RTLD_NOW", 2), ("RTLD_GLOBAL", 256), ("RTLD_LOCAL", 0), ("RTLD_DEEPBIND", 8)];

    static readonly (string, int)[] Priorities =
    [
        ("PRIORITY_LOW", 19), ("PRIORITY_BELOW_NORMAL", 10), ("PRIORITY_NORMAL", 0), ("PRIORITY_ABOVE_NORMAL", -7),
        ("PRIORITY_HIGH", -14), ("PRIORITY_HIGHEST", -20),
    ];

    public static JsObject Create(Realm realm)
    {
        var constants = new JsObject((JsObject?)null);
        constants.FastAddProperty("UV_UDP_REUSEADDR", 4);
        constants.FastAddProperty("dlopen", JsValue.FromObject(Table(Dlopen)));
        constants.FastAddProperty("errno", JsValue.FromObject(Table(Errno)));
        constants.FastAddProperty("signals", JsValue.FromObject(Table(PosixProcess.Signals.Select(p => (p.Key, p.Value)))));
        constants.FastAddProperty("priority", JsValue.FromObject(Table(Priorities)));
        return constants;
    }

    static JsObject Table(IEnumerable<(string Name, int Value)> entries)
    {
        var o = new JsObject((JsObject?)null);
        foreach (var (name, value) in entries) o.FastAddProperty(name, value);
        return o;
    }
}
