using System.Diagnostics;
using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// The solution packed once (`dotnet pack Jsc.sln --no-build`, the test run's configuration) into
/// a temp feed, with a NuGet packages folder of its own (so a package of the same version from an
/// earlier run is never reused), plus `dotnet` runs of throwaway projects that use it.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("jsc-feed-").FullName;
    public string Feed => Path.Combine(Root, "feed");
    public string Packages => Path.Combine(Root, "packages");
    public string Version { get; }

    public PackageFeed()
    {
        // bin/CONFIG/TFM/ of this test assembly: the configuration the solution was built in.
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        var (code, stdout, stderr) = Dotnet(Samples.RepoRoot, "pack", Path.Combine(Samples.RepoRoot, "Jsc.sln"), "-c", configuration, "--no-build", "-o", Feed);
        Assert.True(code == 0, $"dotnet pack failed:\n{stdout}\n{stderr}");
        var build = Directory.GetFiles(Feed, "Jsc.Build.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(build)["Jsc.Build.".Length..];
    }

    /// <summary>A nuget.config for <paramref name="dir"/>: this feed, then nuget.org (the source the repository uses).</summary>
    public void WriteNuGetConfig(string dir) => File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="jsc-test-feed" value="{Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """);

    /// <summary>
    /// `dotnet ARGS` in <paramref name="cwd"/> without the MSBuild variables the test host
    /// inherits, with no build servers or reused nodes left behind, and with this feed's packages folder.
    /// </summary>
    public (int Code, string Out, string Err) Dotnet(string cwd, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cwd };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not exit");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>`dotnet build` of the project in <paramref name="dir"/>, normal verbosity (skipped targets are reported).</summary>
    public (int Code, string Out, string Err) Build(string dir) =>
        Dotnet(dir, "build", "-v:n", "-nodeReuse:false", "--disable-build-servers");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>
/// The Jsc.Build package as a user meets it: a fresh C# console project references it and two
/// sample Node projects through `JsProject` items; `dotnet build` compiles them before C#, the
/// program calls into both, and a second build compiles no JavaScript. A syntax error fails the
/// build with one canonical MSBuild error per error, in every module.
/// </summary>
[Collection(SamplesCollection.Name)]
public class MSBuildTests(Samples samples, PackageFeed feed) : IClassFixture<PackageFeed>
{
    const string CompilingMarker = "jsc: compiling ";
    const string SkippedMarker = "Skipping target \"JscCompile\" because all output files are up-to-date";

    static string Project(string version, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Jsc.Build" Version="{version}" />
            {items}
          </ItemGroup>
        </Project>
        """;

    // Each project's table has its own namespace (Jsc.Modules.<Name>), so C# sees both.
    const string Program = """
        using Jsc.Interop;

        switch (args.FirstOrDefault())
        {
            case "hello": return Jsc.Modules.Hello.ModuleTable.Main(args[1..]);
            case "wordfreq": return Jsc.Modules.Wordfreq.ModuleTable.Main(args[1..]);
        }
        using var js = JsRuntime.Start(typeof(Jsc.Modules.Wordfreq.ModuleTable).Assembly);
        dynamic tokenize = js.Require("./lib/tokenize")!;
        object?[] words = tokenize("One fish, two fish; red fish, blue fish");
        Console.WriteLine(string.Join("|", words));
        return 0;
        """;

    [Fact]
    public void AConsoleProjectReferencingJsProjectsBuildsRunsAndRebuildsNothing()
    {
        var dir = samples.NewDirectory("consumer");
        feed.WriteNuGetConfig(dir);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project(feed.Version, $"""
            <JsProject Include="{Samples.SampleDir("wordfreq")}" />
                <JsProject Include="{Samples.SampleDir("hello")}/" />
            """));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);

        var first = feed.Build(dir);
        Assert.True(first.Code == 0, first.Out + first.Err);
        Assert.Equal(2, Count(first.Out, CompilingMarker));
        var output = Path.Combine(dir, "bin", "Debug", "net10.0");
        foreach (var file in new[] { "wordfreq.dll", "wordfreq.pdb", "hello.dll", "Jsc.Runtime.dll", "Jsc.Stdlib.dll", "Jsc.Compiler.dll", "Mono.Cecil.dll" })
            Assert.True(File.Exists(Path.Combine(output, file)), file + " is not in the output");

        var app = Path.Combine(output, "Consumer.dll");
        foreach (var name in new[] { "hello-ann", "wordfreq-json" })
        {
            var (sample, args) = BuiltAppTests.Case(name);
            BuiltAppTests.AssertLikeNode(name, Samples.Dotnet(app, [sample, .. args]));
        }
        var interop = Samples.Dotnet(app, []);
        Assert.Equal((0, "", File.ReadLines(Path.Combine(Samples.DataDir, "InteropProgram.expected")).First() + "\n"), (interop.Code, interop.Err, interop.Out));

        var built = Path.Combine(dir, "obj", "Debug", "net10.0", "jsc", "wordfreq", "wordfreq.dll");
        var stamp = File.GetLastWriteTimeUtc(built);
        var second = feed.Build(dir);
        Assert.True(second.Code == 0, second.Out + second.Err);
        Assert.Equal(0, Count(second.Out, CompilingMarker));
        Assert.Equal(2, Count(second.Out, SkippedMarker));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(built));
    }

    [Fact]
    public void ASyntaxErrorFailsTheBuildWithACanonicalErrorPerError()
    {
        var dir = samples.NewDirectory("broken-consumer");
        feed.WriteNuGetConfig(dir);
        var js = Directory.CreateDirectory(Path.Combine(dir, "js")).FullName;
        File.WriteAllText(Path.Combine(js, "index.js"), "require('./a');\nrequire('./b');\n");
        File.WriteAllText(Path.Combine(js, "a.js"), "var x = 1;\nvar y = ;\n");
        File.WriteAllText(Path.Combine(js, "b.js"), "var s = 'ok';\nvar t = s +;\n");
        File.WriteAllText(Path.Combine(dir, "Broken.csproj"), Project(feed.Version, """<JsProject Include="js" />"""));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "return 0;\n");

        var (code, stdout, stderr) = feed.Build(dir);
        Assert.Equal(1, code);
        Assert.Contains($"{Path.Combine(js, "a.js")}(2,9): error JSC1001: SyntaxError: Unexpected token", stdout);
        Assert.Contains($"{Path.Combine(js, "b.js")}(2,12): error JSC1001: SyntaxError: Unexpected token", stdout);
        Assert.Contains("2 Error(s)", stdout);
        Assert.Equal("", stderr);
        Assert.False(File.Exists(Path.Combine(dir, "bin", "Debug", "net10.0", "Broken.dll")));
    }

    static int Count(string text, string marker)
    {
        int count = 0;
        for (int at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
