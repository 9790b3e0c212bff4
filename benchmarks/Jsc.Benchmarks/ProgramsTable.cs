using System.Globalization;
using System.Runtime.InteropServices;
using static Jsc.Benchmarks.ProgramsComparison;

namespace Jsc.Benchmarks;

/// <summary>The report of <c>programs</c>: run times, speed ratios, output checks, geometric means, compile times and versions.</summary>
static class ProgramsTable
{
    public enum Agreement { NotRun, NotAvailable, Failed, Unknown, Same, Differs }

    // Ratio columns: label, numerator engine, denominator engine.
    static readonly (string Label, string Over, string Under)[] Ratios =
    [
        ("jsc/node", "jsc", "node"),
        ("jurassic/jsc", "jurassic", "jsc"),
        ("jint/jsc", "jint", "jsc"),
    ];

    /// <summary>Compares every output of <paramref name="engine"/> with node's first (node's own runs included).</summary>
    public static Agreement Agree(Row row, string engine)
    {
        if (!row.Results.TryGetValue(engine, out var r)) return Agreement.NotRun;
        if (r.UnavailableReason is not null) return Agreement.NotAvailable;
        string? reference = row.Results.TryGetValue("node", out var node) && node.Outputs.Count > 0 ? node.Outputs[0] : null;
        if (reference is not null && r.Outputs.Any(o => o != reference)) return Agreement.Differs;
        if (r.Error is not null) return Agreement.Failed;
        return r.Outputs.Count == 0 || reference is null ? Agreement.Unknown : Agreement.Same;
    }

    public static void Print(TextWriter writer, List<Row> rows, List<string> engines, int runs, double capSeconds)
    {
        var ratios = Ratios.Where(r => engines.Contains(r.Over) && engines.Contains(r.Under)).ToList();
        var checkedEngines = engines.Where(e => e != "node").ToList();
        var header = new List<string> { "workload" };
        header.AddRange(engines.Select(e => $"{e} ms"));
        header.AddRange(ratios.Select(r => r.Label));
        header.AddRange(checkedEngines.Select(e => $"{e} ok"));

        var lines = new List<string[]?> { header.ToArray(), null };
        var groups = rows.GroupBy(r => r.Workload.HeldOut).OrderBy(g => g.Key).ToList();
        foreach (var group in groups)
        {
            if (group.Key) lines.Add(null);
            foreach (var row in group)
            {
                var cells = new List<string> { row.Workload.Name + (row.Workload.HeldOut ? " (held out)" : "") };
                cells.AddRange(engines.Select(e => TimeCell(row.Results.GetValueOrDefault(e))));
                cells.AddRange(ratios.Select(r => Number(Ratio(row, r.Over, r.Under), "F2")));
                cells.AddRange(checkedEngines.Select(e => AgreementCell(Agree(row, e))));
                lines.Add([.. cells]);
            }
            var correct = group.Where(r => AllCorrect(r, engines)).ToList();
            lines.Add(GeomeanLine($"geomean, all correct ({correct.Count})", correct, engines, ratios, checkedEngines, counts: false));
            lines.Add(GeomeanLine($"geomean, all ({group.Count()})", [.. group], engines, ratios, checkedEngines, counts: true));
        }
        TextTable.Print(writer, lines);
        writer.WriteLine();
        writer.WriteLine($"ms: best of {runs} timed runs after 1 warm-up, compile time apart; *: stopped at the cap ({capSeconds.ToString(CultureInfo.InvariantCulture)} s) " +
            "before all timed runs, best of those done; > cap: no timed run done within the cap; err: failed (see above); n/a: not available.");
        writer.WriteLine("jsc/node above 1: jsc is slower than node. jurassic/jsc and jint/jsc above 1: jsc is that many times faster.");
        writer.WriteLine("ok: ✓ every run printed what node printed, ✗ some run printed something else, ? nothing to compare.");
        writer.WriteLine("geomean, all correct: over the workloads where every engine compared ran and printed node's output; " +
            "geomean, all: each column over the workloads where it has a number; under ok, how many agree.");

        PrintPhases(writer, rows, engines);

        writer.WriteLine();
        writer.WriteLine("compile ms (once, cold: node's vm.Script with lazy function compilation, jsc's JscEngine.Compile, Jint's parse, Jurassic's CompiledScript.Compile):");
        var compileLines = new List<string[]?> { new[] { "workload" }.Concat(engines).ToArray(), null };
        compileLines.AddRange(rows.Select(row => (string[]?)[row.Workload.Name, .. engines.Select(e => Number(row.Results.GetValueOrDefault(e)?.CompileMs, "F1"))]));
        TextTable.Print(writer, compileLines);

        writer.WriteLine();
        writer.WriteLine("versions:");
        foreach (var engine in engines)
        {
            var results = rows.Select(r => r.Results.GetValueOrDefault(engine)).OfType<EngineResult>().ToList();
            string? version = results.Select(r => r.Version).FirstOrDefault(v => v is not null);
            string? unavailable = results.Select(r => r.UnavailableReason).FirstOrDefault(v => v is not null);
            writer.WriteLine($"  {engine,-9} {version ?? (unavailable is null ? "unknown" : $"n/a ({unavailable})")}");
        }
        writer.WriteLine($"  {".NET",-9} {RuntimeInformation.FrameworkDescription} (hosts jsc, jint and jurassic); " +
            $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores");
    }

    /// <summary>
    /// The phases that workloads timed themselves ("@ name bytes ms" lines): per engine the best
    /// ms of the timed runs and the MB/s it makes (MB = 1,000,000 bytes), and jsc/node.
    /// </summary>
    static void PrintPhases(TextWriter writer, List<Row> rows, List<string> engines)
    {
        var phased = rows.Where(r => r.Results.Values.Any(e => e.Phases.Count > 0)).ToList();
        if (phased.Count == 0) return;
        bool ratio = engines.Contains("jsc") && engines.Contains("node");
        var header = new List<string> { "workload", "phase", "MB" };
        foreach (var e in engines) header.AddRange([$"{e} ms", $"{e} MB/s"]);
        if (ratio) header.Add("jsc/node");
        var lines = new List<string[]?> { header.ToArray(), null };
        foreach (var row in phased)
        {
            var names = row.Results.Values.SelectMany(e => e.Phases).Select(p => (p.Name, p.Bytes)).Distinct().ToList();
            foreach (var (name, bytes) in names)
            {
                double? Best(string engine) => row.Results.GetValueOrDefault(engine)?.Phases.FirstOrDefault(p => p.Name == name)?.BestMs;
                var cells = new List<string> { row.Workload.Name, name, Number(bytes / 1e6, "F1") };
                foreach (var e in engines)
                {
                    double? ms = Best(e);
                    cells.Add(Number(ms, "F1"));
                    cells.Add(Number(ms is double m && m > 0 ? bytes / 1e6 / (m / 1e3) : null, "F1"));
                }
                if (ratio) cells.Add(Number(Best("jsc") is double j && Best("node") is double n && n > 0 ? j / n : null, "F2"));
                lines.Add([.. cells]);
            }
        }
        writer.WriteLine();
        writer.WriteLine("phases (timed by the workload itself: best of the timed runs; MB = 1,000,000 bytes):");
        TextTable.Print(writer, lines);
    }

    /// <summary>True when every engine that could run printed node's output and has a time.</summary>
    static bool AllCorrect(Row row, List<string> engines) =>
        engines.All(e => Agree(row, e) switch
        {
            Agreement.NotAvailable => true,
            Agreement.Same => row.Results[e].BestMs is not null,
            _ => false,
        });

    static string[] GeomeanLine(string label, List<Row> rows, List<string> engines, List<(string Label, string Over, string Under)> ratios,
        List<string> checkedEngines, bool counts)
    {
        var cells = new List<string> { label };
        cells.AddRange(engines.Select(e => Number(Geomean(rows.Select(r => r.Results.GetValueOrDefault(e)?.BestMs)), "F1")));
        cells.AddRange(ratios.Select(r => Number(Geomean(rows.Select(row => Ratio(row, r.Over, r.Under))), "F2")));
        cells.AddRange(checkedEngines.Select(e => counts ? AgreementCount(rows, e) : ""));
        return [.. cells];
    }

    /// <summary>"agreeing/ran", over the workloads the engine could run.</summary>
    static string AgreementCount(List<Row> rows, string engine)
    {
        var agreements = rows.Select(r => Agree(r, engine)).Where(a => a is not (Agreement.NotAvailable or Agreement.NotRun)).ToList();
        return agreements.Count == 0 ? "n/a" : $"{agreements.Count(a => a == Agreement.Same)}/{agreements.Count}";
    }

    static double? Ratio(Row row, string over, string under) =>
        row.Results.GetValueOrDefault(over)?.BestMs is double a && row.Results.GetValueOrDefault(under)?.BestMs is double b && b > 0 ? a / b : null;

    /// <summary>Geometric mean of the values present, or null when none is.</summary>
    static double? Geomean(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().Where(v => v > 0).ToList();
        return present.Count == 0 ? null : Math.Exp(present.Average(Math.Log));
    }

    static string TimeCell(EngineResult? r) => r switch
    {
        null => "-",
        { UnavailableReason: not null } => "n/a",
        { Error: not null } => "err",
        { BestMs: double best, Capped: true } => Number(best, "F1") + "*",
        { BestMs: double best } => Number(best, "F1"),
        { Capped: true } => "> cap",
        _ => "-",
    };

    static string AgreementCell(Agreement agreement) => agreement switch
    {
        Agreement.Same => "✓",
        Agreement.Differs => "✗",
        Agreement.Failed => "err",
        Agreement.Unknown => "?",
        Agreement.NotAvailable => "n/a",
        _ => "-",
    };

    static string Number(double? value, string format) => value is double v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
