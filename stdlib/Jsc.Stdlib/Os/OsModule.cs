using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Os;

/// <summary>
/// The `os` module: https://nodejs.org/docs/v0.8.16/api/os.html, with node 20's additions
/// (homedir, userInfo, constants, availableParallelism, machine, version, devNull, priorities).
/// Values come from .NET and, on Linux, /proc (see <see cref="SystemInfo"/>).
/// </summary>
public static class OsModule
{
    public static void Install() => ModuleLoader.CoreModules["os"] = Create;

    static JsValue Create(Realm realm)
    {
        var os = new JsObject(realm.ObjectPrototype);
        // The order of node 20's Object.keys(require('os')).
        os.DefineEnumerableMethods(realm,
            new BuiltinMethod("arch", 0, (_, _) => Arch()),
            new BuiltinMethod("availableParallelism", 0, (_, _) => (double)Environment.ProcessorCount),
            new BuiltinMethod("cpus", 0, (_, _) => Cpus(realm)),
            new BuiltinMethod("endianness", 0, (_, _) => BitConverter.IsLittleEndian ? "LE" : "BE"),
            new BuiltinMethod("freemem", 0, (_, _) => SystemInfo.FreeMemory()),
            new BuiltinMethod("getPriority", 1, (_, a) => Priority.Get(a.Arg(0))),
            new BuiltinMethod("homedir", 0, (_, _) => HomeDirectory(realm)),
            new BuiltinMethod("hostname", 0, (_, _) => Dns.GetHostName()),
            new BuiltinMethod("loadavg", 0, (_, _) => LoadAverage(realm)),
            new BuiltinMethod("networkInterfaces", 0, (_, _) => NetworkInterfaces(realm)),
            new BuiltinMethod("platform", 0, (_, _) => Platform()),
            new BuiltinMethod("release", 0, (_, _) => SystemInfo.Release()),
            new BuiltinMethod("setPriority", 2, (_, a) => Priority.Set(a.Arg(0), a.Arg(1))),
            new BuiltinMethod("tmpdir", 0, (_, _) => TempDirectory(realm)),
            new BuiltinMethod("totalmem", 0, (_, _) => SystemInfo.TotalMemory()),
            new BuiltinMethod("type", 0, (_, _) => OperatingSystem.IsWindows() ? "Windows_NT" : OperatingSystem.IsMacOS() ? "Darwin" : "Linux"),
            new BuiltinMethod("userInfo", 1, (_, a) => UserInfo(realm, a.Arg(0))),
            new BuiltinMethod("uptime", 0, (_, _) => SystemInfo.Uptime()),
            new BuiltinMethod("version", 0, (_, _) => SystemInfo.KernelVersion()),
            new BuiltinMethod("machine", 0, (_, _) => Machine()));
        os.FastAddProperty("constants", JsValue.FromObject(OsConstants.Create(realm)));
        os.FastAddProperty("EOL", OperatingSystem.IsWindows() ? "\r\n" : "\n");
        os.FastAddProperty("devNull", OperatingSystem.IsWindows() ? "\\\\.\\nul" : "/dev/null");
        // os.tmpDir: the v0.8 manual's name (node 20 dropped it); non-enumerable so the keys match node 20.
        os.DefineMethods(realm, new BuiltinMethod("tmpDir", 0, (_, _) => TempDirectory(realm)));
        return JsValue.FromObject(os);
    }

    static void DefineEnumerableMethods(this JsObject target, Realm realm, params BuiltinMethod[] methods)
    {
        foreach (var m in methods)
            target.FastAddProperty(m.Name, JsValue.FromObject(new JsNativeFunction(realm, m.Name, m.Length, m.Code)));
    }

    static string Arch() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x64",
        Architecture.Arm64 => "arm64",
        Architecture.X86 => "ia32",
        Architecture.Arm => "arm",
        _ => RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
    };

    static string Machine() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x86_64",
        Architecture.Arm64 => "aarch64",
        Architecture.X86 => "i686",
        Architecture.Arm => "armv7l",
        _ => RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
    };

    static string Platform() => OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";

    /// <summary>os.tmpdir: TMPDIR (TMP, TEMP) without a trailing slash, else /tmp.</summary>
    static string TempDirectory(Realm realm)
    {
        if (OperatingSystem.IsWindows()) return Path.GetTempPath().TrimEnd('\\');
        var dir = Env(realm, "TMPDIR") ?? Env(realm, "TMP") ?? Env(realm, "TEMP") ?? "/tmp";
        if (dir.Length > 1 && dir.EndsWith('/')) dir = dir[..^1];
        return dir;
    }

    /// <summary>A variable of process.env as the program sees it now (it may have changed it).</summary>
    static string? Env(Realm realm, string name)
    {
        var value = realm.GlobalObject.Get("process").AsObject?.Get("env").AsObject?.Get(name) ?? JsValue.Undefined;
        return value.IsUndefined ? null : TypeConversion.ToString(value);
    }

    static string HomeDirectory(Realm realm)
    {
        var home = Env(realm, OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME");
        return string.IsNullOrEmpty(home) ? SystemInfo.CurrentUser().HomeDirectory : home;
    }

    static JsValue LoadAverage(Realm realm)
    {
        var array = new JsArray(realm.ArrayPrototype);
        foreach (var load in SystemInfo.LoadAverage()) array.Push(load);
        return JsValue.FromObject(array);
    }

    static JsValue Cpus(Realm realm)
    {
        var array = new JsArray(realm.ArrayPrototype);
        foreach (var cpu in SystemInfo.Cpus())
        {
            var times = new JsObject(realm.ObjectPrototype);
            times.FastAddProperty("user", cpu.User);
            times.FastAddProperty("nice", cpu.Nice);
            times.FastAddProperty("sys", cpu.Sys);
            times.FastAddProperty("idle", cpu.Idle);
            times.FastAddProperty("irq", cpu.Irq);
            var o = new JsObject(realm.ObjectPrototype);
            o.FastAddProperty("model", cpu.Model);
            o.FastAddProperty("speed", cpu.Speed);
            o.FastAddProperty("times", JsValue.FromObject(times));
            array.Push(JsValue.FromObject(o));
        }
        return JsValue.FromObject(array);
    }

    /// <summary>os.userInfo([options]): a null-prototype record of strings (options.encoding 'buffer' is not supported).</summary>
    static JsValue UserInfo(Realm realm, JsValue options)
    {
        var user = SystemInfo.CurrentUser();
        var o = new JsObject((JsObject?)null);
        o.FastAddProperty("uid", user.Uid);
        o.FastAddProperty("gid", user.Gid);
        o.FastAddProperty("username", user.Name);
        o.FastAddProperty("homedir", user.HomeDirectory);
        o.FastAddProperty("shell", user.Shell == null ? JsValue.Null : JsValue.FromString(user.Shell));
        return JsValue.FromObject(o);
    }

    /// <summary>os.networkInterfaces: addresses per interface, as node lists them (IPv4 and IPv6, with cidr).</summary>
    static JsValue NetworkInterfaces(Realm realm)
    {
        var result = new JsObject(realm.ObjectPrototype);
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus == OperationalStatus.Down) continue;
            var list = new JsArray(realm.ArrayPrototype);
            var mac = string.Join(":", nic.GetPhysicalAddress().GetAddressBytes().Select(b => b.ToString("x2")));
            if (mac.Length == 0) mac = "00:00:00:00:00:00";
            bool loopback = nic.NetworkInterfaceType == NetworkInterfaceType.Loopback;
            foreach (var family in new[] { AddressFamily.InterNetwork, AddressFamily.InterNetworkV6 })
            foreach (var info in nic.GetIPProperties().UnicastAddresses)
            {
                if (info.Address.AddressFamily != family) continue;
                bool v4 = family == AddressFamily.InterNetwork;
                int prefix = info.PrefixLength;
                var entry = new JsObject(realm.ObjectPrototype);
                var address = info.Address.ToString();
                int percent = address.IndexOf('%');
                if (percent >= 0) address = address[..percent];
                entry.FastAddProperty("address", address);
                entry.FastAddProperty("netmask", Netmask(prefix, v4));
                entry.FastAddProperty("family", v4 ? "IPv4" : "IPv6");
                entry.FastAddProperty("mac", mac);
                entry.FastAddProperty("internal", loopback);
                entry.FastAddProperty("cidr", address + "/" + prefix);
                if (!v4) entry.FastAddProperty("scopeid", (double)info.Address.ScopeId);
                list.Push(JsValue.FromObject(entry));
            }
            if (list.Length > 0) result.CreateDataProperty(nic.Name, JsValue.FromObject(list));
        }
        return JsValue.FromObject(result);
    }

    static string Netmask(int prefix, bool v4)
    {
        var bytes = new byte[v4 ? 4 : 16];
        for (int i = 0; i < prefix && i < bytes.Length * 8; i++) bytes[i / 8] |= (byte)(0x80 >> (i % 8));
        return new IPAddress(bytes).ToString();
    }
}
