using System.Globalization;
using System.Runtime.InteropServices;

namespace Jsc.Stdlib.Os;

/// <summary>
/// What the os module reports about the machine: on Linux read from /proc and /etc/passwd as
/// libuv does; elsewhere the nearest .NET figure (or zero where .NET has none).
/// </summary>
static partial class SystemInfo
{
    [LibraryImport("libc")] private static partial uint getuid();
    [LibraryImport("libc")] private static partial uint getgid();

    public readonly record struct Cpu(string Model, double Speed, double User, double Nice, double Sys, double Idle, double Irq);

    public readonly record struct User(double Uid, double Gid, string Name, string HomeDirectory, string? Shell);

    static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A field of /proc/meminfo in bytes, or null.</summary>
    static double? MemInfo(string field)
    {
        var text = Read("/proc/meminfo");
        if (text == null) return null;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(field + ":", StringComparison.Ordinal)) continue;
            var parts = line[(field.Length + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return Number(parts[0]) * 1024;
        }
        return null;
    }

    public static double TotalMemory() => MemInfo("MemTotal") ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    public static double FreeMemory() => MemInfo("MemAvailable") ?? MemInfo("MemFree") ?? 0;

    public static double Uptime()
    {
        var text = Read("/proc/uptime");
        if (text != null) return Math.Round(Number(text.Split(' ')[0]) * 100) / 100;
        return Math.Floor(Environment.TickCount64 / 1000.0);
    }

    public static double[] LoadAverage()
    {
        var text = Read("/proc/loadavg");
        if (text == null) return [0, 0, 0];
        var parts = text.Split(' ');
        return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
    }

    public static string Release() =>
        Read("/proc/sys/kernel/osrelease")?.Trim() ?? Environment.OSVersion.Version.ToString();

    public static string KernelVersion() =>
        Read("/proc/sys/kernel/version")?.Trim() ?? RuntimeInformation.OSDescription;

    /// <summary>One entry per logical CPU: model and MHz from /proc/cpuinfo, times (ms) from /proc/stat.</summary>
    public static List<Cpu> Cpus()
    {
        var models = new List<string>();
        var speeds = new List<double>();
        foreach (var line in (Read("/proc/cpuinfo") ?? "").Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == "model name") models.Add(value);
            else if (key == "cpu MHz") speeds.Add(Math.Floor(Number(value)));
        }
        var cpus = new List<Cpu>();
        const double msPerTick = 10; // USER_HZ is 100 on Linux
        foreach (var line in (Read("/proc/stat") ?? "").Split('\n'))
        {
            if (!line.StartsWith("cpu", StringComparison.Ordinal) || line.Length < 4 || !char.IsDigit(line[3])) continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int i = cpus.Count;
            cpus.Add(new Cpu(i < models.Count ? models[i] : models.Count > 0 ? models[0] : "unknown", i < speeds.Count ? speeds[i] : 0,
                Number(f[1]) * msPerTick, Number(f[2]) * msPerTick, Number(f[3]) * msPerTick, Number(f[4]) * msPerTick,
                Number(f[6]) * msPerTick));
        }
        if (cpus.Count == 0)
            for (int i = 0; i < Environment.ProcessorCount; i++) cpus.Add(new Cpu("unknown", 0, 0, 0, 0, 0, 0));
        return cpus;
    }

    /// <summary>The current user from /etc/passwd (uid, gid, name, home, shell).</summary>
    public static User CurrentUser()
    {
        if (OperatingSystem.IsWindows())
            return new User(-1, -1, Environment.UserName, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), null);
        uint uid = getuid(), gid = getgid();
        foreach (var line in (Read("/etc/passwd") ?? "").Split('\n'))
        {
            var f = line.Split(':');
            if (f.Length >= 7 && f[2] == uid.ToString(CultureInfo.InvariantCulture))
                return new User(uid, gid, f[0], f[5], f[6]);
        }
        return new User(uid, gid, Environment.UserName, Environment.GetEnvironmentVariable("HOME") ?? "/", Environment.GetEnvironmentVariable("SHELL"));
    }
}
