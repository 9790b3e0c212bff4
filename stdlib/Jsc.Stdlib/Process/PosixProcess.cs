using System.Runtime.InteropServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Process;

/// <summary>
/// The process members that are system calls on POSIX (https://nodejs.org/docs/v0.8.16/api/process.html):
/// uid/gid and groups, umask, kill, abort. On Windows node leaves the uid/gid family
/// undefined, and so do we.
/// </summary>
static partial class PosixProcess
{
    [LibraryImport("libc", SetLastError = true)] private static partial uint getuid();
    [LibraryImport("libc", SetLastError = true)] private static partial uint geteuid();
    [LibraryImport("libc", SetLastError = true)] private static partial uint getgid();
    [LibraryImport("libc", SetLastError = true)] private static partial uint getegid();
    [LibraryImport("libc", SetLastError = true)] private static partial int setuid(uint id);
    [LibraryImport("libc", SetLastError = true)] private static partial int setgid(uint id);
    [LibraryImport("libc", SetLastError = true)] private static partial int seteuid(uint id);
    [LibraryImport("libc", SetLastError = true)] private static partial int setegid(uint id);
    [LibraryImport("libc", SetLastError = true)] private static partial int getgroups(int size, [Out] uint[]? list);
    [LibraryImport("libc", SetLastError = true)] private static partial int setgroups(nint size, uint[] list);
    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int initgroups(string user, uint group);
    [LibraryImport("libc", SetLastError = true)] private static partial uint umask(uint mask);
    [LibraryImport("libc", SetLastError = true)] private static partial int kill(int pid, int signal);

    /// <summary>Signal numbers as Linux numbers them (os.constants.signals).</summary>
    public static readonly Dictionary<string, int> Signals = new()
    {
        ["SIGHUP"] = 1, ["SIGINT"] = 2, ["SIGQUIT"] = 3, ["SIGILL"] = 4, ["SIGTRAP"] = 5, ["SIGABRT"] = 6,
        ["SIGIOT"] = 6, ["SIGBUS"] = 7, ["SIGFPE"] = 8, ["SIGKILL"] = 9, ["SIGUSR1"] = 10, ["SIGSEGV"] = 11,
        ["SIGUSR2"] = 12, ["SIGPIPE"] = 13, ["SIGALRM"] = 14, ["SIGTERM"] = 15, ["SIGCHLD"] = 17,
        ["SIGSTKFLT"] = 16, ["SIGCONT"] = 18, ["SIGSTOP"] = 19, ["SIGTSTP"] = 20, ["SIGTTIN"] = 21,
        ["SIGTTOU"] = 22, ["SIGURG"] = 23, ["SIGXCPU"] = 24, ["SIGXFSZ"] = 25, ["SIGVTALRM"] = 26,
        ["SIGPROF"] = 27, ["SIGWINCH"] = 28, ["SIGIO"] = 29, ["SIGPOLL"] = 29, ["SIGPWR"] = 30, ["SIGSYS"] = 31,
    };

    public static void Install(Realm realm, JsObject process)
    {
        process.DefineMethods(realm,
            new BuiltinMethod("kill", 2, (_, a) => Kill(a.Arg(0), a.Arg(1))),
            new BuiltinMethod("abort", 0, (_, _) =>
            {
                Console.Out.Flush();
                Environment.FailFast("process.abort()");
                return JsValue.Undefined;
            }),
            new BuiltinMethod("umask", 1, (_, a) => Umask(a.Arg(0))));
        if (OperatingSystem.IsWindows()) return;
        process.DefineMethods(realm,
            new BuiltinMethod("getuid", 0, (_, _) => (double)getuid()),
            new BuiltinMethod("geteuid", 0, (_, _) => (double)geteuid()),
            new BuiltinMethod("getgid", 0, (_, _) => (double)getgid()),
            new BuiltinMethod("getegid", 0, (_, _) => (double)getegid()),
            new BuiltinMethod("getgroups", 0, (_, _) => Groups(realm)),
            new BuiltinMethod("setuid", 1, (_, a) => SetId(a.Arg(0), "setuid", setuid)),
            new BuiltinMethod("setgid", 1, (_, a) => SetId(a.Arg(0), "setgid", setgid)),
            new BuiltinMethod("seteuid", 1, (_, a) => SetId(a.Arg(0), "seteuid", seteuid)),
            new BuiltinMethod("setegid", 1, (_, a) => SetId(a.Arg(0), "setegid", setegid)),
            new BuiltinMethod("setgroups", 1, (_, a) => SetGroups(a.Arg(0))),
            new BuiltinMethod("initgroups", 2, (_, a) => InitGroups(a.Arg(0), a.Arg(1))));
    }

    static JsValue Groups(Realm realm)
    {
        int count = getgroups(0, null);
        var list = new uint[Math.Max(count, 0)];
        count = getgroups(list.Length, list);
        var result = new JsArray(realm.ArrayPrototype);
        var egid = getegid();
        bool hasEgid = false;
        for (int i = 0; i < count; i++)
        {
            result.Push((double)list[i]);
            hasEgid |= list[i] == egid;
        }
        if (!hasEgid) result.Push((double)egid);
        return JsValue.FromObject(result);
    }

    static JsValue SetId(JsValue id, string syscall, Func<uint, int> call)
    {
        if (!id.IsNumber) throw NodeErrors.InvalidArgType("id", "one of type number or string", id);
        if (call((uint)TypeConversion.ToUint32(id)) != 0) throw SystemErrors.Make("EPERM", syscall, plainMessage: true);
        return JsValue.Undefined;
    }

    static JsValue SetGroups(JsValue groups)
    {
        if (groups.AsObject is not JsArray array) throw NodeErrors.InvalidArgType("groups", "an instance of Array", groups);
        var ids = new uint[(int)array.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            var id = array.Get(PropertyKey.FromIndex((uint)i));
            if (!id.IsNumber) throw NodeErrors.InvalidArgType($"groups[{i}]", "one of type number or string", id);
            ids[i] = TypeConversion.ToUint32(id);
        }
        if (setgroups(ids.Length, ids) != 0) throw SystemErrors.Make("EPERM", "setgroups", plainMessage: true);
        return JsValue.Undefined;
    }

    static JsValue InitGroups(JsValue user, JsValue extraGroup)
    {
        if (!user.IsString) throw NodeErrors.InvalidArgType("user", "one of type number or string", user);
        if (!extraGroup.IsNumber) throw NodeErrors.InvalidArgType("extraGroup", "one of type number or string", extraGroup);
        if (initgroups(user.String, TypeConversion.ToUint32(extraGroup)) != 0) throw SystemErrors.Make("EPERM", "initgroups", plainMessage: true);
        return JsValue.Undefined;
    }

    static JsValue Umask(JsValue mask)
    {
        if (OperatingSystem.IsWindows()) return 0;
        if (mask.IsUndefined)
        {
            uint old = umask(0);
            umask(old);
            return (double)old;
        }
        uint value = mask.IsString ? Convert.ToUInt32(mask.String, 8) : TypeConversion.ToUint32(mask);
        return (double)umask(value & 0x1FF);
    }

    /// <summary>kill(2) for child_process: 0, or the OS errno when the signal could not be sent.</summary>
    internal static int SendSignal(int pid, int number)
    {
        if (OperatingSystem.IsWindows())
        {
            try { System.Diagnostics.Process.GetProcessById(pid).Kill(); return 0; }
            catch (ArgumentException) { return 3; }
        }
        return kill(pid, number) == 0 ? 0 : Marshal.GetLastPInvokeError();
    }

    static JsValue Kill(JsValue pid, JsValue signal)
    {
        if (!pid.IsNumber) throw NodeErrors.InvalidArgType("pid", "of type number", pid);
        int number = 15;
        if (signal.IsString)
        {
            if (!Signals.TryGetValue(signal.String, out number))
                throw NodeErrors.Make(Realm.Current.TypeErrorPrototype, "ERR_UNKNOWN_SIGNAL", $"Unknown signal: {signal.String}");
        }
        else if (!signal.IsUndefined) number = TypeConversion.ToInt32(signal);
        if (OperatingSystem.IsWindows())
        {
            try { System.Diagnostics.Process.GetProcessById(TypeConversion.ToInt32(pid)).Kill(); }
            catch (ArgumentException) { throw SystemErrors.Make("ESRCH", "kill", plainMessage: true); }
            return true;
        }
        if (kill(TypeConversion.ToInt32(pid), number) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw SystemErrors.Make(errno == 1 ? "EPERM" : errno == 22 ? "EINVAL" : "ESRCH", "kill", plainMessage: true);
        }
        return true;
    }
}
