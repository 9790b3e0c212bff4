using System.Runtime.InteropServices;
using System.Text;

namespace Jsc.Compiler.Building;

/// <summary>
/// The native launcher `OUT/NAME` beside `OUT/NAME.dll`. The SDK's apphost template (in the dotnet
/// root's `packs/Microsoft.NETCore.App.Host.RID/VERSION/runtimes/RID/native/`) carries a fixed
/// 64-byte placeholder, the SHA-256 of "foobar" in hex, inside a 1024-byte buffer where the
/// app's dll path belongs; we write the dll's file name over it (zero-padded), as the SDK does.
/// </summary>
public static class AppHostWriter
{
    static readonly byte[] Placeholder = Encoding.UTF8.GetBytes("c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2");
    const int PathBufferSize = 1024;

    /// <summary>Writes the app host; returns its path, or throws <see cref="BuildException"/> when no template is installed.</summary>
    public static string Write(string outputDirectory, string name)
    {
        var template = FindTemplate() ?? throw new BuildException(
            $"no apphost template for {Rid()} under the dotnet root's packs/ (Microsoft.NETCore.App.Host.{Rid()}); run `dotnet OUT/{name}.dll` instead");
        var bytes = File.ReadAllBytes(template);
        int at = IndexOf(bytes, Placeholder);
        if (at < 0) throw new BuildException($"{template}: the app path placeholder is missing");
        var dll = Encoding.UTF8.GetBytes(name + ".dll");
        if (dll.Length >= PathBufferSize) throw new BuildException($"the app name is too long for the app host: {name}");
        Array.Copy(dll, 0, bytes, at, dll.Length);
        Array.Clear(bytes, at + dll.Length, Math.Max(0, Placeholder.Length - dll.Length));
        var path = Path.Combine(outputDirectory, OperatingSystem.IsWindows() ? name + ".exe" : name);
        File.WriteAllBytes(path, bytes);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return path;
    }

    static string Rid()
    {
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return os + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
    }

    /// <summary>The template of the newest host pack whose major version is the running runtime's.</summary>
    static string? FindTemplate()
    {
        // The runtime lives in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/.
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Host." + Rid());
        if (!Directory.Exists(packs)) return null;
        var file = OperatingSystem.IsWindows() ? "apphost.exe" : "apphost";
        return Directory.GetDirectories(packs)
            .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == Environment.Version.Major)
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .Select(d => Path.Combine(d, "runtimes", Rid(), "native", file))
            .FirstOrDefault(File.Exists);
    }

    static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
