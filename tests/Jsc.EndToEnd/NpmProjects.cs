using System.Diagnostics;
using Jsc.Compiler.Building;
using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// The projects of npm-projects/: each a package.json and package-lock.json naming one real npm
/// package, a program of ours that uses it, and an input file. Their packages are installed here
/// with `npm ci` (never committed) when node_modules is missing or older than the lock file, and
/// each project is built once per test run, into a temp directory.
/// </summary>
public sealed class NpmProjects : IDisposable
{
    public static string ProjectDir(string name) => Path.Combine(Samples.RepoRoot, "tests", "Jsc.EndToEnd", "npm-projects", name);

    readonly string _temp = Directory.CreateTempSubdirectory("jsc-npm-").FullName;
    readonly Dictionary<string, Lazy<BuildResult>> _builds = new();

    /// <summary>`npm ci` (if needed) and `jsc build npm-projects/NAME -o TEMP/NAME`, once.</summary>
    public BuildResult Built(string name)
    {
        Lazy<BuildResult> build;
        lock (_builds)
        {
            if (!_builds.TryGetValue(name, out build!))
                _builds[name] = build = new Lazy<BuildResult>(() =>
                {
                    Install(ProjectDir(name));
                    var result = ProjectBuilder.Build(new BuildOptions { Input = ProjectDir(name), Output = Path.Combine(_temp, name), CacheDirectory = Path.Combine(_temp, "cache") });
                    Assert.True(result.Success, string.Join("\n", result.Errors));
                    return result;
                });
        }
        return build.Value;
    }

    /// <summary>A fresh temp directory, removed with the fixture.</summary>
    public string NewDirectory(string name) => Directory.CreateDirectory(Path.Combine(_temp, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    /// <summary>
    /// npm ci writes node_modules/.package-lock.json: when it is there and not older than the
    /// committed lock file, the install is current. One project at a time (npm's cache is shared).
    /// </summary>
    public static void Install(string project)
    {
        lock (typeof(NpmProjects))
        {
            var installed = Path.Combine(project, "node_modules", ".package-lock.json");
            if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(project, "package-lock.json"))) return;
            ProcessStartInfo start;
            try
            {
                start = new ProcessStartInfo("npm") { WorkingDirectory = project };
                foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" }) start.ArgumentList.Add(arg);
                var (code, stdout, stderr) = Run(start);
                if (code != 0) throw new InvalidOperationException($"npm ci in {project} exited with {code}\n{stdout}\n{stderr}");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"cannot run npm ci in {project} (is Node.js installed?): {e.Message}", e);
            }
        }
    }

    static (int Code, string Out, string Err) Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} in {start.WorkingDirectory} took over 10 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
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
public sealed class NpmProjectsCollection : ICollectionFixture<NpmProjects>
{
    public const string Name = "npm-projects";
}
