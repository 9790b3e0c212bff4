namespace Jsc.Benchmarks;

/// <summary>Entry point: <c>Jsc.Benchmarks &lt;command&gt; [args]</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
#if DEBUG
        Console.Error.WriteLine("warning: this is a Debug build; its numbers mean little. Use: dotnet run -c Release --project benchmarks/Jsc.Benchmarks -- <command>");
#endif
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(Console.Out);
            return args.Length == 0 ? 2 : 0;
        }
        string[] rest = args[1..];
        switch (args[0])
        {
            case "parse":
                return ParseThroughput.Run(rest);
            case "programs":
                return ProgramsComparison.Run(rest);
            case "programs-worker":
                return ProgramsWorker.Run(rest);
            default:
                Console.Error.WriteLine($"unknown command: {args[0]}");
                PrintUsage(Console.Error);
                return 2;
        }
    }

    static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: Jsc.Benchmarks <command> [args]");
        writer.WriteLine();
        writer.WriteLine("commands:");
        writer.WriteLine("  parse [files...] [--runs N]   parser throughput, jsc against acorn (see benchmarks/README.md)");
        writer.WriteLine("  programs [names...] [--runs N] [--engines jsc,node,jint,jurassic] [--cap SECONDS]");
        writer.WriteLine("                                whole programs on node, jsc, Jint and Jurassic (see benchmarks/README.md)");
        writer.WriteLine("  programs-worker <jsc|jint|jurassic> <file> [--runs N]");
        writer.WriteLine("                                one engine on one program; what `programs` starts for each");
    }
}
