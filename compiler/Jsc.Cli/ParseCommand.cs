using Jsc.Compiler.Ast;
using Jsc.Compiler.Syntax;

namespace Jsc.Cli;

/// <summary>`jsc parse`: prints each file's ESTree JSON, or with --check one status line per file.</summary>
static class ParseCommand
{
    public static int Run(string[] args)
    {
        bool check = false, forceModule = false;
        var files = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--check": check = true; break;
                case "--module": forceModule = true; break;
                case "--json": break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine($"jsc parse: unknown option '{arg}'");
                        return 2;
                    }
                    files.Add(arg);
                    break;
            }
        }
        if (files.Count == 0)
        {
            Console.Error.WriteLine("jsc parse: no input files");
            return 2;
        }

        int failures = 0;
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
        foreach (var file in files)
        {
            var source = SourceFiles.Read(file, out var readError, keepBom: true);
            if (source == null)
            {
                failures++;
                stdout.Flush();
                Console.Error.WriteLine(readError);
                continue;
            }
            try
            {
                bool module = forceModule || SourceFiles.IsModulePath(file);
                var program = module ? Parser.ParseModule(source) : Parser.ParseScript(source);
                if (check) stdout.WriteLine("OK " + file);
                else
                {
                    EstreeJson.Write(program, source, stdout);
                    stdout.WriteLine();
                }
            }
            catch (SyntaxError e)
            {
                failures++;
                stdout.Flush();
                Console.Error.WriteLine(e.Format());
            }
        }
        stdout.Flush();
        return failures > 0 ? 1 : 0;
    }
}
