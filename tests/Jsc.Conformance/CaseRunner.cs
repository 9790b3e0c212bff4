using System.Collections.Concurrent;
using Jsc.Compiler.Hosting;

namespace Jsc.Conformance;

/// <summary>What one run of a case did.</summary>
public sealed record CaseResult(string Stdout, string Stderr, int ExitCode, Exception? Crash, bool TimedOut);

/// <summary>
/// Compiles and runs cases, each on its own thread with a time limit. xunit runs the rows of a
/// theory one after another, so the first request also starts every case in the background,
/// ProcessorCount at a time; a row then only waits for its own run (started at once if the
/// background has not reached it). Each case runs once per process, whoever asks first.
/// </summary>
public static class CaseRunner
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    // The compiler recurses over the syntax tree; the program itself runs on a thread of its own.
    const int CompileStackBytes = 64 * 1024 * 1024;

    static readonly ConcurrentDictionary<string, Lazy<Task<CaseResult>>> runs = new(StringComparer.Ordinal);
    static readonly Lazy<Task> background = new(RunAllInBackground, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<CaseResult> Run(string name)
    {
        EnsureThreadPool();
        _ = background.Value;
        return Start(name);
    }

    // Cases' I/O completes on the thread pool (sockets, DNS timeouts, child processes); with many
    // cases at once its slow thread injection can starve a case past its time limit.
    static void EnsureThreadPool()
    {
        ThreadPool.GetMinThreads(out int workers, out int io);
        if (workers < 64) ThreadPool.SetMinThreads(64, Math.Max(io, 64));
    }

    static Task<CaseResult> Start(string name) =>
        runs.GetOrAdd(name, n => new Lazy<Task<CaseResult>>(() => Launch(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    static Task RunAllInBackground()
    {
        var queue = new ConcurrentQueue<string>(CaseCorpus.Names);
        return Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var name)) await Start(name);
        })));
    }

    static async Task<CaseResult> Launch(string name)
    {
        var done = new TaskCompletionSource<CaseResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() => done.SetResult(Execute(name)), CompileStackBytes)
        {
            IsBackground = true, // a hung case must not keep the test process alive
            Name = "case " + name,
        };
        thread.Start();
        var first = await Task.WhenAny(done.Task, Task.Delay(TimeLimit));
        return first == done.Task ? done.Task.Result : new CaseResult("", "", -1, null, TimedOut: true);
    }

    static CaseResult Execute(string name)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        try
        {
            string path = CaseCorpus.PathOf(name);
            var program = JscEngine.Compile(CaseCorpus.ReadText(path), path);
            // process.argv as `jsc run` builds it: the host, then the script.
            int exitCode = program.Run(stdout, stderr, [Environment.ProcessPath ?? "jsc", path]);
            return new CaseResult(stdout.ToString(), stderr.ToString(), exitCode, null, TimedOut: false);
        }
        catch (Exception e)
        {
            return new CaseResult(stdout.ToString(), stderr.ToString(), -1, e, TimedOut: false);
        }
    }
}
