using System.Runtime.InteropServices;
using System.Security;

namespace Jsc.Compiler.Building;

/// <summary>
/// `--self-contained`: the built app as one executable OUT/NAME that carries the .NET runtime
/// and runs where no `dotnet` is installed. A throwaway C# launcher project (its Main calls the
/// app's `NS.ModuleTable.Main`) references the built assemblies and is published by the SDK with
/// PublishSingleFile and SelfContained for this machine's RID; the runtime pack comes from NuGet
/// (fetched once by `dotnet publish`). Every file is extracted on first run
/// (IncludeAllContentForSelfExtract), so the runtime compiler and the PDBs find their files.
/// </summary>
static class SingleFilePublish
{
    public static string Publish(string output, string name, string ns, IEnumerable<string> assemblies, TextWriter? log)
    {
        var rid = (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
            RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        log?.WriteLine($"  publishing a self-contained single file for {rid}");
        var project = Directory.CreateTempSubdirectory("jsc-publish-").FullName;
        try
        {
            var launcher = name + ".Launcher";
            var references = string.Concat(assemblies.Select(a =>
                $"""<Reference Include="{a}"><HintPath>{SecurityElement.Escape(Path.Combine(output, a + ".dll"))}</HintPath></Reference>"""));
            File.WriteAllText(Path.Combine(project, "Launcher.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework>
                    <AssemblyName>{SecurityElement.Escape(launcher)}</AssemblyName>
                    <RootNamespace>JscLauncher</RootNamespace>
                    <RuntimeIdentifier>{rid}</RuntimeIdentifier>
                    <SelfContained>true</SelfContained>
                    <PublishSingleFile>true</PublishSingleFile>
                    <IncludeAllContentForSelfExtract>true</IncludeAllContentForSelfExtract>
                    <InvariantGlobalization>true</InvariantGlobalization>
                    <EventSourceSupport>false</EventSourceSupport>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <Nullable>disable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>{references}</ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "Program.cs"),
                $"static class Program {{ static int Main(string[] args) => global::{ns}.ModuleTable.Main(args); }}\n");
            var publish = Path.Combine(project, "publish");
            var (code, text) = ReadyToRun.Run("dotnet", ["publish", Path.Combine(project, "Launcher.csproj"), "-c", "Release", "-o", publish, "--nologo"]);
            var exe = OperatingSystem.IsWindows() ? ".exe" : "";
            var built = Path.Combine(publish, launcher + exe);
            if (code != 0 || !File.Exists(built))
                throw new BuildException($"--self-contained: `dotnet publish` of the launcher failed (exit {code}):\n{text}");
            var target = Path.Combine(output, name + exe);
            File.Move(built, target, overwrite: true);
            return target;
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
