using System.Text;
using System.Text.Json;
using Jsc.Compiler.Hosting;
using Jsc.Compiler.Syntax;

namespace Jsc.Cli;

/// <summary>`jsc run --script-batch`: reads one script path per line from stdin, runs each as
/// `jsc run --script FILE` would (a fresh realm each time, its output captured) and writes one JSON
/// line per script to stdout: {"file","code","stdout","stderr"}. Test harnesses (tests/test262/run.js)
/// use it to avoid a process start per test.</summary>
static class ScriptBatchCommand
{
    public static int Run()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        string? line;
        while ((line = Console.In.ReadLine()) != null)
        {
            var file = line.Trim();
            if (file.Length == 0) continue;
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = RunOne(file, stdout, stderr);
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["file"] = file, ["code"] = code, ["stdout"] = stdout.ToString(), ["stderr"] = stderr.ToString(),
            }));
        }
        return 0;
    }

    static int RunOne(string file, StringWriter stdout, StringWriter stderr)
    {
        var source = SourceFiles.Read(file, out var error);
        if (source == null)
        {
            stderr.WriteLine(error);
            return 1;
        }
        CompiledProgram program;
        try
        {
            program = JscEngine.CompileScript(source.Text, file);
        }
        catch (SyntaxError e)
        {
            stderr.WriteLine(e.Format());
            return 1;
        }
        var argv = new[] { Environment.ProcessPath ?? "jsc", Path.GetFullPath(file) };
        return program.Run(stdout, stderr, argv, Stream.Null, isConsole: false);
    }
}
