using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Jsc.Benchmarks;

/// <summary>
/// <c>programs [names...] [--runs N] [--engines jsc,node,jint,jurassic] [--cap SECONDS]</c>: runs
/// whole programs (benchmarks/programs/*.js and the held-out set under heldout/.cache/) on
/// node, jsc, Jint and Jurassic, one engine at a time, and compares run times and output.
/// Every engine runs in a child process of its own (node with run-node.js, the others with
/// <c>programs-worker</c>, which hosts the engine in-process), so that one that passes the time
/// cap can be stopped, and no engine's JIT or heap state carries into another's.
/// </summary>
static class ProgramsComparison
{
    public static readonly string[] AllEngines = ["node", "jsc", "jint", "jurassic"];

    // Scripts in benchmarks/programs that are tools, not workloads.
    static readonly string[] ToolScripts = ["run-node.js", "parse-acorn.js"];

    const string HeldOutSetup = "node benchmarks/programs/heldout/setup.js";

    public sealed record Workload(string Name, string Path, bool HeldOut);

    /// <summary>What one engine did with one workload, filled in from its child's JSON lines.</summary>
    public sealed class EngineResult
    {
        public string? Version { get; set; }
        public string? UnavailableReason { get; set; }
        public double? CompileMs { get; set; }
        public double? WarmupMs { get; set; }
        public List<double> Times { get; } = [];
        /// <summary>The stdout of every finished run, the warm-up first.</summary>
        public List<string> Outputs { get; } = [];
        public string? Error { get; set; }
        public bool Capped { get; set; }
        public double? BestMs => Times.Count == 0 ? null : Times.Min();
        /// <summary>The workload's own "@ name bytes ms" lines of the timed runs, by phase name in first-seen order.</summary>
        public List<PhaseTimes> Phases { get; } = [];
    }

    /// <summary>One phase a workload timed itself (e.g. one pipe of an I/O workload): its bytes and the ms of each timed run.</summary>
    public sealed class PhaseTimes(string name, long bytes)
    {
        public string Name { get; } = name;
        public long Bytes { get; } = bytes;
        public List<double> Times { get; } = [];
        public double? BestMs => Times.Count == 0 ? null : Times.Min();
    }

    public sealed class Row(Workload workload)
    {
        public Workload Workload { get; } = workload;
        public Dictionary<string, EngineResult> Results { get; } = [];
    }

    sealed record Options(List<string> Names, int Runs, List<string> Engines, double CapSeconds);

    public static int Run(string[] args)
    {
        var options = ParseOptions(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: programs [names...] [--runs N] [--engines jsc,node,jint,jurassic] [--cap SECONDS]");
            return 2;
        }
        string? root = Repository.FindRoot();
        if (root is null)
        {
            Console.Error.WriteLine("repository root (Jsc.sln) not found; run from inside the repository");
            return 2;
        }
        var selected = SelectWorkloads(FindWorkloads(root), options.Names);
        if (selected is null) return 2;

        var (runs, engines) = (options.Runs, options.Engines);
        var cap = TimeSpan.FromSeconds(options.CapSeconds);
        string? jscMissing = engines.Contains("jsc") ? new JscEngineAdapter().Unavailable : null;
        Console.WriteLine($"{selected.Count} workloads; engines {string.Join(", ", engines)}; 1 warm-up, then best of {runs} timed runs; " +
            $"cap {options.CapSeconds.ToString(CultureInfo.InvariantCulture)} s per engine and workload");
        if (jscMissing is not null) Console.WriteLine($"jsc: n/a, {jscMissing}");

        var rows = new List<Row>();
        foreach (var workload in selected)
        {
            var row = new Row(workload);
            rows.Add(row);
            Console.WriteLine($"{workload.Name}{(workload.HeldOut ? " (held out)" : "")}");
            foreach (var engine in engines)
            {
                if (engine == "jsc" && jscMissing is not null)
                {
                    row.Results[engine] = new EngineResult { UnavailableReason = jscMissing };
                    continue;
                }
                row.Results[engine] = Measure(engine, workload, runs, cap, root);
                PrintProgress(engine, row, runs);
            }
        }

        Console.WriteLine();
        ProgramsTable.Print(Console.Out, rows, engines, runs, options.CapSeconds);
        return rows.Any(r => r.Results.Values.Any(e => e.Error is not null)) ? 1 : 0;
    }

    static Options? ParseOptions(string[] args, out string? error)
    {
        var options = new Options([], 5, [.. AllEngines], 60);
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--runs":
                    if (!int.TryParse(value, CultureInfo.InvariantCulture, out int runs) || runs < 1) error = "--runs needs a positive integer";
                    options = options with { Runs = runs };
                    i++;
                    break;
                case "--cap":
                    if (!double.TryParse(value, CultureInfo.InvariantCulture, out double cap) || cap <= 0) error = "--cap needs a positive number of seconds";
                    options = options with { CapSeconds = cap };
                    i++;
                    break;
                case "--engines":
                    var chosen = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (chosen.Length == 0 || chosen.Any(e => !AllEngines.Contains(e))) error = $"--engines takes a comma-separated list of {string.Join(", ", AllEngines)}";
                    options = options with { Engines = AllEngines.Where(chosen.Contains).ToList() };
                    i++;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) error = $"unknown option: {args[i]}";
                    options.Names.Add(args[i]);
                    break;
            }
            if (error is not null) return null;
        }
        return options;
    }

    /// <summary>The workloads named (by name or file name), or all of them; null after reporting an unknown name.</summary>
    static List<Workload>? SelectWorkloads(List<Workload> all, List<string> names)
    {
        bool heldOutMissing = !all.Any(w => w.HeldOut);
        if (names.Count == 0)
        {
            if (heldOutMissing) Console.WriteLine($"note: the held-out set is not set up; to add it, run: {HeldOutSetup}");
            return all;
        }
        var selected = new List<Workload>();
        foreach (var name in names)
        {
            var match = all.FirstOrDefault(w => w.Name == name || w.Name == Path.GetFileNameWithoutExtension(name));
            if (match is null)
            {
                Console.Error.WriteLine($"no workload named {name}; there are: {string.Join(' ', all.Select(w => w.Name))}");
                if (heldOutMissing) Console.Error.WriteLine($"(the held-out set is not set up: {HeldOutSetup})");
                return null;
            }
            selected.Add(match);
        }
        return selected;
    }

    /// <summary>benchmarks/programs/*.js less the tool scripts, then heldout/.cache/*.js, each by name.</summary>
    static List<Workload> FindWorkloads(string root)
    {
        string programs = Path.Combine(root, "benchmarks", "programs");
        string heldOut = Path.Combine(programs, "heldout", ".cache");
        var own = Directory.EnumerateFiles(programs, "*.js")
            .Where(f => !ToolScripts.Contains(Path.GetFileName(f)))
            .Select(f => new Workload(Path.GetFileNameWithoutExtension(f), f, HeldOut: false));
        var held = Directory.Exists(heldOut)
            ? Directory.EnumerateFiles(heldOut, "*.js").Select(f => new Workload(Path.GetFileNameWithoutExtension(f), f, HeldOut: true))
            : [];
        return [.. own.OrderBy(w => w.Name, StringComparer.Ordinal), .. held.OrderBy(w => w.Name, StringComparer.Ordinal)];
    }

    /// <summary>Runs one engine on one workload in a child process, ending it at the cap.</summary>
    static EngineResult Measure(string engine, Workload workload, int runs, TimeSpan cap, string root)
    {
        var info = engine == "node" ? NodeStartInfo(root) : WorkerStartInfo(engine);
        info.ArgumentList.Add(workload.Path);
        info.ArgumentList.Add("--runs");
        info.ArgumentList.Add(runs.ToString(CultureInfo.InvariantCulture));
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;

        var result = new EngineResult();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (result) Record(result, e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data);
        };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            result.Error = $"cannot start {info.FileName}: {e.Message}";
            return result;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(cap))
        {
            process.Kill(entireProcessTree: true);
            result.Capped = true;
        }
        process.WaitForExit(); // until the output events have all been raised

        lock (result)
        {
            if (!result.Capped && process.ExitCode != 0 && result.Error is null)
            {
                string text;
                lock (stderr) text = stderr.ToString().Trim();
                result.Error = $"exit code {process.ExitCode}" + (text.Length == 0 ? "" : ": " + text);
            }
        }
        return result;
    }

    static ProcessStartInfo NodeStartInfo(string root)
    {
        var info = new ProcessStartInfo("node");
        info.ArgumentList.Add(Path.Combine(root, "benchmarks", "programs", "run-node.js"));
        return info;
    }

    /// <summary>This same program, as <c>programs-worker &lt;engine&gt;</c>.</summary>
    static ProcessStartInfo WorkerStartInfo(string engine)
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell this program's path");
        var info = new ProcessStartInfo(self);
        // Started as `dotnet Jsc.Benchmarks.dll`, the process is dotnet itself: name the dll too.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(typeof(ProgramsComparison).Assembly.Location);
        info.ArgumentList.Add("programs-worker");
        info.ArgumentList.Add(engine);
        return info;
    }

    static void Record(EngineResult result, string line)
    {
        if (!line.StartsWith('{')) return;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return;
        }
        using (document)
        {
            var e = document.RootElement;
            switch (e.GetProperty("event").GetString())
            {
                case "engine":
                    result.Version = e.GetProperty("version").GetString();
                    break;
                case "unavailable":
                    result.UnavailableReason = e.GetProperty("message").GetString();
                    break;
                case "compile":
                    result.CompileMs = e.GetProperty("ms").GetDouble();
                    break;
                case "run":
                    double ms = e.GetProperty("ms").GetDouble();
                    bool warmup = e.GetProperty("warmup").GetBoolean();
                    if (warmup) result.WarmupMs = ms;
                    else result.Times.Add(ms);
                    result.Outputs.Add(SplitPhases(e.GetProperty("output").GetString() ?? "", warmup ? null : result.Phases));
                    break;
                case "error":
                    result.Error = $"{e.GetProperty("phase").GetString()}: {e.GetProperty("message").GetString()}";
                    break;
            }
        }
    }

    /// <summary>
    /// The output less its phase lines, "@ name bytes ms" (times the workload took itself, which
    /// differ from run to run, so they stay out of the output check); a timed run's phases are
    /// added to <paramref name="phases"/>.
    /// </summary>
    static string SplitPhases(string output, List<PhaseTimes>? phases)
    {
        if (!output.Contains("@ ", StringComparison.Ordinal)) return output;
        var kept = new StringBuilder();
        bool first = true;
        foreach (var line in output.Split('\n'))
        {
            var parts = line.Split(' ');
            if (parts.Length == 4 && parts[0] == "@" && long.TryParse(parts[2], CultureInfo.InvariantCulture, out long bytes) &&
                double.TryParse(parts[3], CultureInfo.InvariantCulture, out double ms))
            {
                if (phases is null) continue;
                var phase = phases.FirstOrDefault(p => p.Name == parts[1]);
                if (phase is null) phases.Add(phase = new PhaseTimes(parts[1], bytes));
                phase.Times.Add(ms);
                continue;
            }
            if (!first) kept.Append('\n');
            kept.Append(line);
            first = false;
        }
        return kept.ToString();
    }

    static void PrintProgress(string engine, Row row, int runs)
    {
        var r = row.Results[engine];
        var parts = new List<string>();
        if (r.UnavailableReason is not null) parts.Add($"n/a, {r.UnavailableReason}");
        if (r.CompileMs is double compile) parts.Add(Invariant($"compile {compile:F1} ms"));
        if (r.WarmupMs is double warmup) parts.Add(Invariant($"warm-up {warmup:F1} ms"));
        if (r.BestMs is double best) parts.Add(Invariant($"best {best:F1} ms of {r.Times.Count}"));
        if (r.Capped) parts.Add($"stopped at the cap after {r.Times.Count} of {runs} timed runs");
        if (r.Error is not null) parts.Add($"failed: {FirstLine(r.Error)}");
        string line = $"  {engine,-9} {string.Join(", ", parts)}";
        if (r.Outputs.Count > 0)
        {
            string output = r.Outputs[0].Trim();
            line += $"  | {(output.Length > 70 ? output[..67] + "..." : output)}";
            if (ProgramsTable.Agree(row, engine) == ProgramsTable.Agreement.Differs) line += "  ✗ differs from node's first run";
        }
        Console.WriteLine(line);
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    static string FirstLine(string text)
    {
        int newline = text.IndexOf('\n');
        return newline < 0 ? text : text[..newline].TrimEnd();
    }
}
