using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
using Jsc.Compiler.Syntax;

namespace Jsc.Benchmarks;

/// <summary>
/// <c>parse [files...] [--runs N]</c>: whole-file parse throughput of Jsc's parser, side by
/// side with acorn 8 timed the same way in a node process (benchmarks/programs/parse-acorn.js).
/// </summary>
static class ParseThroughput
{
    const int WarmupRuns = 3;
    const string InstallCommand = "npm ci --prefix tests/parser";

    static readonly string[] DefaultFiles =
    [
        "tests/parser/node_modules/typescript/lib/typescript.js",
        "tests/parser/node_modules/lodash/lodash.js",
        "tests/parser/node_modules/jquery/dist/jquery.js",
    ];

    sealed record Timing(double BestMs, double MedianMs);

    sealed class Row(string name, long bytes)
    {
        public string Name { get; } = name;
        public long Bytes { get; } = bytes;
        public string? SourceType { get; set; }
        public Timing? Jsc { get; set; }
        public long AllocatedPerParse { get; set; }
        public Timing? Acorn { get; set; }
    }

    public static int Run(string[] args)
    {
        int runs = 10;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], CultureInfo.InvariantCulture, out runs) || runs < 1)
                {
                    Console.Error.WriteLine("--runs needs a positive integer");
                    return 2;
                }
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"unknown option: {args[i]}");
                return 2;
            }
            else files.Add(args[i]);
        }

        string? root = Repository.FindRoot();
        if (files.Count == 0)
        {
            // typescript.js is the one default that must exist; the others are used if present.
            if (root is null || !File.Exists(Path.Combine(root, DefaultFiles[0])))
            {
                Console.Error.WriteLine($"The default benchmark files are missing (expected {DefaultFiles[0]}).");
                Console.Error.WriteLine($"Install them first, from the repository root: {InstallCommand}");
                return 2;
            }
            files.AddRange(DefaultFiles.Select(f => Path.Combine(root, f)).Where(File.Exists));
        }
        foreach (var file in files.Where(f => !File.Exists(f)))
        {
            Console.Error.WriteLine($"no such file: {file}");
            return 2;
        }

        Console.WriteLine($"jsc: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; " +
            $"{WarmupRuns} warm-up runs, then {runs} timed runs per file");
        string? acornScript = root is null ? null : Path.Combine(root, "benchmarks", "programs", "parse-acorn.js");
        bool failed = false;
        var rows = new List<Row>();
        foreach (var file in files)
        {
            var row = new Row(Path.GetFileName(file), new FileInfo(file).Length);
            rows.Add(row);
            Console.WriteLine($"{row.Name} ({row.Bytes / 1e6:F2} MB)");
            failed |= !MeasureJsc(file, runs, row);
            if (acornScript is null) Console.WriteLine("  acorn: skipped, repository root (Jsc.sln) not found");
            else failed |= !MeasureAcorn(acornScript, file, runs, row);
        }
        Console.WriteLine();
        PrintTable(rows);
        return failed ? 1 : 0;
    }

    /// <summary>Times Parser.ParseScript (or ParseModule when the file is not a script).</summary>
    static bool MeasureJsc(string file, int runs, Row row)
    {
        string text = File.ReadAllText(file);
        bool module;
        try
        {
            try
            {
                Parse(text, file, module: false);
                module = false;
            }
            catch (SyntaxError)
            {
                Parse(text, file, module: true);
                module = true;
            }
            row.SourceType = module ? "module" : "script";

            for (int i = 0; i < WarmupRuns; i++) Parse(text, file, module);

            var times = new double[runs];
            long allocated = 0;
            object? tree = null;
            for (int i = 0; i < runs; i++)
            {
                // Drop the last tree first, so a run never pays to trace its predecessor's;
                // the node side does the same.
                tree = null;
                long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                tree = Parse(text, file, module);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                allocated += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            }
            GC.KeepAlive(tree);
            row.Jsc = Summarize(times);
            row.AllocatedPerParse = allocated / runs;
            Console.WriteLine($"  jsc:   best {row.Jsc.BestMs:F2} ms, median {row.Jsc.MedianMs:F2} ms ({row.SourceType})");
            return true;
        }
        catch (SyntaxError e)
        {
            Console.WriteLine($"  jsc:   failed as script and as module: {e.Format()}");
        }
        catch (Exception e)
        {
            // A parser still being written may throw anything; report it and go on to the next file.
            Console.WriteLine($"  jsc:   {e.GetType().Name}: {e.Message}");
        }
        return false;
    }

    // A fresh SourceText per run, so any table it caches is rebuilt and counted each time.
    static object Parse(string text, string file, bool module)
    {
        var source = new SourceText(text, file);
        return module ? Parser.ParseModule(source) : Parser.ParseScript(source);
    }

    /// <summary>Runs parse-acorn.js for one file after jsc is done, so the two never share the CPU.</summary>
    static bool MeasureAcorn(string script, string file, int runs, Row row)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(Path.GetFullPath(file));
        info.ArgumentList.Add("--runs");
        info.ArgumentList.Add(runs.ToString(CultureInfo.InvariantCulture));
        if (row.SourceType is not null)
        {
            // Parse in the mode jsc settled on, so both sides parse the same grammar.
            info.ArgumentList.Add("--source-type");
            info.ArgumentList.Add(row.SourceType);
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            Console.WriteLine("  acorn: skipped, `node` is not on PATH");
            return false;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            string? json = stdout.Split('\n').LastOrDefault(l => l.StartsWith('{'));
            if (process.ExitCode != 0 || json is null)
            {
                Console.WriteLine($"  acorn: failed (exit {process.ExitCode}): {stderr.Result.Trim()}");
                if (stderr.Result.Contains("cannot load acorn", StringComparison.Ordinal))
                    Console.WriteLine($"  install it from the repository root: {InstallCommand}");
                return false;
            }
            using var result = JsonDocument.Parse(json);
            var r = result.RootElement;
            row.Acorn = new Timing(r.GetProperty("bestMs").GetDouble(), r.GetProperty("medianMs").GetDouble());
            row.SourceType ??= r.GetProperty("sourceType").GetString();
            Console.WriteLine($"  acorn: best {row.Acorn.BestMs:F2} ms, median {row.Acorn.MedianMs:F2} ms " +
                $"(acorn {r.GetProperty("acornVersion").GetString()}, node {r.GetProperty("nodeVersion").GetString()})");
            return true;
        }
    }

    static Timing Summarize(double[] times)
    {
        var sorted = times.Order().ToArray();
        int mid = sorted.Length / 2;
        double median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Timing(sorted[0], median);
    }

    static void PrintTable(List<Row> rows)
    {
        string[] header =
        [
            "file", "size MB", "jsc best ms", "jsc median ms", "acorn best ms", "acorn median ms",
            "jsc MB/s", "acorn MB/s", "ratio", "jsc alloc/parse MB",
        ];
        var lines = new List<string[]?> { header };
        foreach (var row in rows)
        {
            double mb = row.Bytes / 1e6;
            lines.Add(
            [
                row.Name,
                mb.ToString("F2", CultureInfo.InvariantCulture),
                Ms(row.Jsc?.BestMs),
                Ms(row.Jsc?.MedianMs),
                Ms(row.Acorn?.BestMs),
                Ms(row.Acorn?.MedianMs),
                Rate(mb, row.Jsc?.BestMs),
                Rate(mb, row.Acorn?.BestMs),
                row.Jsc is null || row.Acorn is null ? "-" : (row.Acorn.BestMs / row.Jsc.BestMs).ToString("F2", CultureInfo.InvariantCulture),
                row.Jsc is null ? "-" : (row.AllocatedPerParse / 1e6).ToString("F1", CultureInfo.InvariantCulture),
            ]);
        }

        TextTable.Print(Console.Out, lines);
        Console.WriteLine();
        Console.WriteLine("MB = 1,000,000 bytes of the file's UTF-8; MB/s from the best run; ratio = jsc MB/s / acorn MB/s (above 1: jsc is faster).");
    }

    static string Ms(double? ms) => ms is null ? "-" : ms.Value.ToString("F2", CultureInfo.InvariantCulture);

    static string Rate(double mb, double? ms) =>
        ms is null ? "-" : (mb / (ms.Value / 1000)).ToString("F1", CultureInfo.InvariantCulture);
}
