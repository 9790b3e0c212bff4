using Jsc.Compiler.Hosting;
using Jsc.Compiler.Syntax;

namespace Jsc.Cli;

/// <summary>`jsc run file.js [args]` (or `jsc file.js [args]`): compile in memory and run, like `node file.js`.</summary>
static class RunCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 1 && args[0] == "--script-batch") return ScriptBatchCommand.Run();
        bool script = args.Length > 0 && args[0] == "--script";
        if (script) args = args[1..];
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--")
        {
            Console.Error.WriteLine(args.Length == 0 ? "jsc run: no input file" : $"jsc run: unknown option '{args[0]}'");
            return 2;
        }
        var file = args[0];
        var source = SourceFiles.Read(file, out var error);
        if (source == null)
        {
            Console.Error.WriteLine(error);
            return 1;
        }
        CompiledProgram program;
        try
        {
            program = script ? JscEngine.CompileScript(source.Text, file) : JscEngine.Compile(source.Text, file);
        }
        catch (SyntaxError e)
        {
            Console.Error.WriteLine(e.Format());
            return 1;
        }
        return Execute(program, new[] { ExecPath(), Path.GetFullPath(file) }.Concat(args.Skip(1)).ToArray());
    }

    /// <summary>`jsc -i` (or `jsc repl`): the read-eval-print loop on stdin and stdout, as `node -i` starts it.</summary>
    public static int Repl()
    {
        var file = Path.Combine(Environment.CurrentDirectory, "[repl]");
        return Execute(JscEngine.Compile("require('repl').start('> ');", file), [ExecPath()]);
    }

    static int Execute(CompiledProgram program, string[] argv)
    {
        var (stdout, stderr) = Jsc.Stdlib.Hosting.StandardStreams.Open();
        int code = program.Run(stdout, stderr, argv, Console.OpenStandardInput(), isConsole: true);
        stdout.Flush();
        return code;
    }

    /// <summary>
    /// process.execPath: the program that runs a script given as its first argument, as node's
    /// does (`spawn(process.execPath, [file])`). Under `dotnet jsc.dll` that is the jsc launcher
    /// beside jsc.dll, not the dotnet host (which would take the script for a .NET command).
    /// </summary>
    static string ExecPath()
    {
        var path = Environment.ProcessPath;
        if (path != null && Path.GetFileNameWithoutExtension(path) != "dotnet") return path;
        var launcher = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "jsc.exe" : "jsc");
        return File.Exists(launcher) ? launcher : path ?? "jsc";
    }
}
