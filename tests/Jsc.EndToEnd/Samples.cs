using System.Diagnostics;
using Jsc.Compiler.Building;
using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// The samples built once per test run (in-process, through the library API the CLI uses), each
/// into its own temp directory, plus helpers to run programs as processes.
/// </summary>
public sealed class Samples : IDisposable
{
    public static readonly string RepoRoot = FindRepoRoot();
    public static string SampleDir(string name) => Path.Combine(RepoRoot, "samples", name);
    public static string DataDir => Path.Combine(AppContext.BaseDirectory, "data");

    readonly string _temp = Directory.CreateTempSubdirectory("jsc-e2e-").FullName;
    readonly Dictionary<string, Lazy<BuildResult>> _builds = new();

    /// <summary>`jsc build samples/NAME -o TEMP/NAME` (or with --no-runtime-compile), once.</summary>
    public BuildResult Built(string sample, bool runtimeCompile = true, bool readyToRun = false)
    {
        var key = sample + (runtimeCompile ? "" : "-aot") + (readyToRun ? "-r2r" : "");
        Lazy<BuildResult> build;
        lock (_builds)
        {
            if (!_builds.TryGetValue(key, out build!))
                _builds[key] = build = new Lazy<BuildResult>(() =>
                {
                    var result = ProjectBuilder.Build(new BuildOptions { Input = SampleDir(sample), Output = Path.Combine(_temp, key), RuntimeCompile = runtimeCompile, ReadyToRun = readyToRun,
                        CacheDirectory = Path.Combine(_temp, "cache") });
                    Assert.True(result.Success, string.Join("\n", result.Errors));
                    return result;
                });
        }
        return build.Value;
    }

    /// <summary>A fresh temp directory, removed with the fixture.</summary>
    public string NewDirectory(string name) => Directory.CreateDirectory(Path.Combine(_temp, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public static (int Code, string Out, string Err) Run(string file, IEnumerable<string> args, string? cwd = null,
        Action<IDictionary<string, string?>>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cwd ?? "" };
        environment?.Invoke(start.Environment);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not exit");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>`dotnet DLL args...`.</summary>
    public static (int Code, string Out, string Err) Dotnet(string dll, IEnumerable<string> args, string? cwd = null) =>
        Run("dotnet", [dll, .. args], cwd);

    /// <summary>`jsc ARGS` as a process (jsc.dll is copied beside the tests).</summary>
    public static (int Code, string Out, string Err) Jsc(params string[] args) =>
        Dotnet(Path.Combine(AppContext.BaseDirectory, "jsc.dll"), args);

    static string FindRepoRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "Jsc.sln"))) return dir;
        throw new InvalidOperationException("Jsc.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SamplesCollection : ICollectionFixture<Samples>
{
    public const string Name = "samples";
}
