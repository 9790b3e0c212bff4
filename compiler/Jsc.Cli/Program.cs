using Jsc.Cli;

// `jsc <command> ...`. The work runs on a thread with a large stack so that deeply
// nested (but valid) programs parse; past that depth the parser reports an error.
int exitCode = 2;
var thread = new Thread(() => exitCode = Dispatch(args), 256 * 1024 * 1024);
thread.Start();
thread.Join();
return exitCode;

static int Dispatch(string[] args)
{
    if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
    {
        Console.Out.Write(Usage.Text);
        return args.Length == 0 ? 2 : 0;
    }
    var rest = args[1..];
    switch (args[0])
    {
        case "parse": return ParseCommand.Run(rest);
        case "run": return RunCommand.Run(rest);
        case "-i" or "--interactive" or "repl": return RunCommand.Repl();
        case "build": return BuildCommand.Build(rest);
        case "compile": return BuildCommand.Compile(rest);
        case var file when File.Exists(file) && !file.StartsWith('-'):
            return RunCommand.Run(args);
        default:
            Console.Error.WriteLine($"jsc: unknown command '{args[0]}'");
            Console.Error.Write(Usage.Text);
            return 2;
    }
}
