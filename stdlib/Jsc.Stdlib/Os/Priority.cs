using System.Runtime.InteropServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Os;

/// <summary>os.getPriority / os.setPriority: https://nodejs.org/api/os.html#osgetprioritypid (POSIX getpriority/setpriority).</summary>
static partial class Priority
{
    [LibraryImport("libc", SetLastError = true)] private static partial int getpriority(int which, int who);
    [LibraryImport("libc", SetLastError = true)] private static partial int setpriority(int which, int who, int prio);

    const int PrioProcess = 0;

    public static JsValue Get(JsValue pid)
    {
        int who = Pid(pid, "pid");
        Marshal.SetLastPInvokeError(0);
        int result = getpriority(PrioProcess, who);
        int errno = Marshal.GetLastPInvokeError();
        if (result == -1 && errno != 0) throw Failed("uv_os_getpriority", errno);
        return result;
    }

    public static JsValue Set(JsValue pidOrPriority, JsValue priority)
    {
        int who = 0;
        if (priority.IsUndefined) priority = pidOrPriority;
        else who = Pid(pidOrPriority, "pid");
        if (!priority.IsNumber || priority.Number != Math.Floor(priority.Number))
        {
            if (!priority.IsNumber) throw NodeErrors.InvalidArgType("priority", "of type number", priority);
            throw NodeErrors.Make(Realm.Current.RangeErrorPrototype, "ERR_OUT_OF_RANGE",
                $"The value of \"priority\" is out of range. It must be an integer. Received {TypeConversion.ToString(priority)}");
        }
        if (priority.Number < -20 || priority.Number > 19)
            throw NodeErrors.Make(Realm.Current.RangeErrorPrototype, "ERR_OUT_OF_RANGE",
                $"The value of \"priority\" is out of range. It must be >= -20 && <= 19. Received {TypeConversion.ToString(priority)}");
        if (setpriority(PrioProcess, who, (int)priority.Number) != 0) throw Failed("uv_os_setpriority", Marshal.GetLastPInvokeError());
        return JsValue.Undefined;
    }

    static int Pid(JsValue value, string name)
    {
        if (value.IsUndefined) return 0;
        if (!value.IsNumber) throw NodeErrors.InvalidArgType(name, "of type number", value);
        var n = value.Number;
        if (n != Math.Floor(n) || n < int.MinValue || n > int.MaxValue)
            throw NodeErrors.Make(Realm.Current.RangeErrorPrototype, "ERR_OUT_OF_RANGE",
                $"The value of \"{name}\" is out of range. It must be an integer. Received {TypeConversion.ToString(value)}");
        return (int)n;
    }

    /// <summary>node's ERR_SYSTEM_ERROR for a failed libuv call.</summary>
    static JsException Failed(string call, int errno)
    {
        var code = errno switch { 1 => "EPERM", 3 => "ESRCH", 13 => "EACCES", 22 => "EINVAL", _ => "E" + errno };
        var description = errno switch
        {
            1 => "operation not permitted", 3 => "no such process", 13 => "permission denied", _ => "invalid argument",
        };
        var error = NodeErrors.Make(Realm.Current.ErrorPrototype, "ERR_SYSTEM_ERROR",
            $"A system error occurred: {call} returned {code} ({description})");
        ((JsObject)error.Value.AsObject!).FastAddProperty("name", "SystemError");
        return error;
    }
}
