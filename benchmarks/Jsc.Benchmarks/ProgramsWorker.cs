using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jsc.Compiler.Syntax;

namespace Jsc.Benchmarks;

/// <summary>
/// <c>programs-worker &lt;jsc|jint|jurassic&gt; &lt;file&gt; [--runs N]</c>: the child process that
/// <c>programs</c> starts for one in-process engine and one workload, so that a run past the
/// time cap can be stopped by ending the process. Compiles once, then runs 1 warm-up and N
/// timed runs, and prints one JSON object per line as it goes, as run-node.js does:
/// <c>engine</c>, <c>compile</c> (or <c>unavailable</c>), <c>run</c> per run, <c>error</c>, <c>done</c>.
/// </summary>
static class ProgramsWorker
{
    public static int Run(string[] args)
    {
        int runs = 5;
        var positional = new List<string>();
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
            else positional.Add(args[i]);
        }
        if (positional.Count != 2 || !EngineAdapter.InProcessEngines.Contains(positional[0]))
        {
            Console.Error.WriteLine($"usage: programs-worker <{string.Join('|', EngineAdapter.InProcessEngines)}> <file> [--runs N]");
            return 2;
        }

        var engine = EngineAdapter.Create(positional[0]);
        string file = Path.GetFullPath(positional[1]);
        Emit(new { @event = "engine", name = engine.Name, version = engine.Version });
        if (engine.Unavailable is string why)
        {
            Emit(new { @event = "unavailable", message = why });
            return 0;
        }

        string source = File.ReadAllText(file);
        long start = Stopwatch.GetTimestamp();
        try
        {
            engine.Compile(source, file);
        }
        catch (Exception e)
        {
            Emit(new { @event = "error", phase = "compile", message = Describe(e) });
            return 1;
        }
        Emit(new { @event = "compile", ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds });

        for (int i = 0; i <= runs; i++)
        {
            var stdout = new StringWriter { NewLine = "\n" };
            double ms;
            try
            {
                engine.PrepareRun(stdout);
                start = Stopwatch.GetTimestamp();
                engine.Run(stdout);
                ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            catch (Exception e)
            {
                Emit(new { @event = "error", phase = "run", message = Describe(e) });
                return 1;
            }
            Emit(new { @event = "run", warmup = i == 0, ms, output = stdout.ToString() });
        }
        Emit(new { @event = "done" });
        return 0;
    }

    // Relaxed escaping keeps a program's output readable in the JSON; the reader is our own.
    static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static void Emit(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    static string Describe(Exception e) => e switch
    {
        SyntaxError syntax => syntax.Format(),
        _ => $"{e.GetType().FullName}: {e.Message}",
    };
}
