using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Jsc.Compiler.Building;

/// <summary>
/// `--r2r`: precompiles the app and the runtime assemblies to native code with crossgen2, so
/// start-up skips most of the JIT (the IL stays in the files: the JIT still tiers hot code up,
/// and the PDBs still map to JavaScript lines). crossgen2 comes from the NuGet package
/// Microsoft.NETCore.App.Crossgen2.RID of the running runtime's version: taken from the NuGet
/// packages folder, or fetched into it once with `dotnet restore` of a throwaway project.
/// </summary>
static class ReadyToRun
{
    public static void Compile(string output, IEnumerable<string> assemblies, TextWriter? log)
    {
        var crossgen = FindCrossgen() ?? Acquire(log);
        var framework = RuntimeEnvironment.GetRuntimeDirectory();
        var staging = Directory.CreateDirectory(Path.Combine(output, ".il")).FullName;
        foreach (var name in assemblies)
        {
            var input = Path.Combine(output, name + ".dll");
            var il = Path.Combine(staging, name + ".dll");
            File.Move(input, il, overwrite: true);
            var (code, text) = Run(crossgen, [il, "-o", input, "-O", "--targetos", TargetOs(), "--targetarch", Arch(),
                "-r", Path.Combine(framework, "*.dll"), "-r", Path.Combine(output, "*.dll")]);
            if (code != 0)
            {
                File.Move(il, input, overwrite: true);
                throw new BuildException($"crossgen2 failed on {name}.dll:\n{text}");
            }
            File.Delete(il);
            log?.WriteLine($"  ready to run: {name}.dll");
        }
        Directory.Delete(staging);
    }

    static string Rid => TargetOs() + "-" + Arch();
    static string TargetOs() => OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : "linux";
    static string Arch() => RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
    static string PackageId => "microsoft.netcore.app.crossgen2." + (OperatingSystem.IsWindows() ? "win" : TargetOs()) + "-" + Arch();
    static string Version => Environment.Version.ToString(3);

    static string PackagesFolder() => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
        ? folder : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    static string? FindCrossgen()
    {
        var path = Path.Combine(PackagesFolder(), PackageId, Version, "tools", OperatingSystem.IsWindows() ? "crossgen2.exe" : "crossgen2");
        return File.Exists(path) ? path : null;
    }

    /// <summary>Fetches the package with the ordinary NuGet client (a PackageDownload restore).</summary>
    static string Acquire(TextWriter? log)
    {
        log?.WriteLine($"  fetching {PackageId} {Version} (once) for --r2r");
        var project = Directory.CreateTempSubdirectory("jsc-crossgen-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(project, "fetch.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageDownload Include="{PackageId}" Version="[{Version}]" /></ItemGroup>
                </Project>
                """);
            var (code, text) = Run("dotnet", ["restore", Path.Combine(project, "fetch.csproj")]);
            return FindCrossgen() ?? throw new BuildException(
                $"--r2r needs crossgen2 ({PackageId} {Version}) and `dotnet restore` could not fetch it (exit {code}):\n{text}");
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    /// <summary>Runs a tool to its end: its exit code and everything it printed.</summary>
    internal static (int Code, string Output) Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
