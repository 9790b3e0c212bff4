using System.Diagnostics;
using System.Text.Json;

namespace Jsc.Compiler.Tests.Corpus;

/// <summary>How acorn handled one corpus file, as recorded by tests/parser/acorn-reference.js.</summary>
public sealed record AcornReference(string SourceType, string? Error, string? Sha256)
{
    public bool IsModule => SourceType == "module";
}

/// <summary>One reference manifest: files named relative to <see cref="Root"/>.</summary>
public sealed record CorpusManifest(string Root, IReadOnlyDictionary<string, AcornReference> Files);

/// <summary>
/// Everything the corpus tests read from tests/parser, prepared once per test process: the npm
/// packages installed and acorn's reference manifests generated. Theory data needs the corpus
/// at discovery time, so the setup runs then, from whichever test class asks first.
/// </summary>
public static class CorpusSetup
{
    // ExecutionAndPublication: the test classes run in parallel and must not both run npm.
    static readonly Lazy<State> state = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    sealed record State(
        string ParserDir,
        CorpusManifest Test262,
        CorpusManifest Real,
        IReadOnlyDictionary<string, string> Test262Accepted,
        IReadOnlyDictionary<string, string> KnownFailures);

    public static string ParserDir => state.Value.ParserDir;
    public static CorpusManifest Test262 => state.Value.Test262;
    public static CorpusManifest Real => state.Value.Real;
    /// <summary>fail/ and early/ files that ES2022 made valid, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> Test262Accepted => state.Value.Test262Accepted;
    /// <summary>Cases expected to fail for now, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> KnownFailures => state.Value.KnownFailures;

    public static string Test262Root => Path.Combine(ParserDir, Test262.Root);
    public static string RealRoot => Path.Combine(ParserDir, Real.Root);

    static readonly string[] GeneratorScripts = ["acorn-reference.js", "canonical.js", "corpus.js"];

    static State Prepare()
    {
        string parserDir = Path.Combine(FindRepoRoot(), "tests", "parser");
        string cacheDir = Path.Combine(parserDir, ".cache");
        Directory.CreateDirectory(cacheDir);

        // Other test processes (another test project, an IDE run) may prepare the same folder.
        using (AcquireLock(Path.Combine(cacheDir, ".lock")))
        {
            EnsurePackages(parserDir);
            var inputs = GeneratorScripts.Select(s => Path.Combine(parserDir, s))
                .Append(Path.Combine(parserDir, "package-lock.json"))
                .ToArray();
            return new State(
                parserDir,
                EnsureManifest(parserDir, "test262", inputs),
                EnsureManifest(parserDir, "real", inputs),
                ReadList(Path.Combine(parserDir, "test262-accepted.txt")),
                ReadList(Path.Combine(parserDir, "known-failures.txt")));
        }
    }

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jsc.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Jsc.sln above {AppContext.BaseDirectory}");
    }

    static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    // npm ci writes node_modules/.package-lock.json; when the committed lock file is newer,
    // someone changed a version and the install is stale.
    static void EnsurePackages(string parserDir)
    {
        string lockFile = Path.Combine(parserDir, "package-lock.json");
        string installed = Path.Combine(parserDir, "node_modules", ".package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile)) return;
        Run(parserDir, "npm", "ci", "--no-audit", "--no-fund");
    }

    static CorpusManifest EnsureManifest(string parserDir, string corpus, string[] inputs)
    {
        string path = Path.Combine(parserDir, ".cache", corpus + ".json");
        bool stale = !File.Exists(path)
            || inputs.Any(input => File.GetLastWriteTimeUtc(input) > File.GetLastWriteTimeUtc(path));
        if (stale) Run(parserDir, "node", "acorn-reference.js", "--corpus", corpus, "--out", path);
        return ReadManifest(path);
    }

    static CorpusManifest ReadManifest(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var files = new Dictionary<string, AcornReference>(StringComparer.Ordinal);
        foreach (var file in doc.RootElement.GetProperty("files").EnumerateObject())
        {
            files[file.Name] = new AcornReference(
                file.Value.GetProperty("sourceType").GetString()!,
                file.Value.GetProperty("error").GetString(),
                file.Value.GetProperty("sha256").GetString());
        }
        return new CorpusManifest(doc.RootElement.GetProperty("root").GetString()!, files);
    }

    /// <summary>Reads "name  # reason" lines; blank lines and lines starting with '#' are skipped.</summary>
    static IReadOnlyDictionary<string, string> ReadList(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            string name = (hash < 0 ? line : line[..hash]).Trim();
            string reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            if (reason.Length == 0) throw new InvalidDataException($"{path}: '{name}' needs a '# reason'");
            if (!entries.TryAdd(name, reason)) throw new InvalidDataException($"{path}: '{name}' is listed twice");
        }
        return entries;
    }

    static void Run(string workingDirectory, string program, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        string command = $"{program} {string.Join(' ', args)}";
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run '{command}' (is Node.js installed?): {e.Message}", e);
        }
        using (process)
        {
            process.StandardInput.Close();
            // Both pipes are drained concurrently, or a chatty npm blocks on a full pipe.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{command}' in {workingDirectory} took over 10 minutes");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{command}' in {workingDirectory} exited with {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
            }
        }
    }
}
