using Jsc.Compiler.Building;

namespace Jsc.Cli;

/// <summary>`jsc build PROJECT -o OUT` and `jsc compile FILE -o OUT`: ahead-of-time assemblies on disk.</summary>
static class BuildCommand
{
    public static int Build(string[] args)
    {
        string? input = null, output = null, entry = null, name = null, ns = null, cacheDirectory = BuildOptions.DefaultCacheDirectory;
        bool debug = false, verbose = false, runtimeCompile = true, r2r = false, selfContained = false, appHost = true, msbuild = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--entry" when i + 1 < args.Length: entry = args[++i]; break;
                case "--name" when i + 1 < args.Length: name = args[++i]; break;
                case "--debug": debug = true; break;
                case "--release": debug = false; break;
                case "--verbose": verbose = true; break;
                case "--no-runtime-compile": runtimeCompile = false; break;
                case "--r2r": r2r = true; break;
                case "--self-contained": selfContained = true; break;
                case "--namespace" when i + 1 < args.Length: ns = args[++i]; break;
                case "--no-apphost": appHost = false; break;
                case "--cache-dir" when i + 1 < args.Length: cacheDirectory = args[++i]; break;
                case "--no-cache": cacheDirectory = null; break;
                case "--error-format" when i + 1 < args.Length && args[i + 1] is "msbuild" or "text": msbuild = args[++i] == "msbuild"; break;
                default:
                    if (args[i].StartsWith('-') || input != null) return Fail("build", $"unexpected argument '{args[i]}'");
                    input = args[i];
                    break;
            }
        }
        if (input == null) return Fail("build", "no project (a directory, package.json or entry .js file)");
        if (output == null) return Fail("build", "no output directory (-o OUT)");
        var options = new BuildOptions
        {
            Input = input, Output = output, Entry = entry, Name = name, Debug = debug, RuntimeCompile = runtimeCompile,
            ReadyToRun = r2r, SelfContained = selfContained, AppHost = appHost, Log = verbose ? Console.Out : null,
            Namespace = ns ?? Jsc.Compiler.Emit.ModuleAssembly.DefaultNamespace, CacheDirectory = cacheDirectory,
            // A progress bar only where someone watches it: a terminal, and no --verbose lines.
            Terminal = !verbose && !Console.IsErrorRedirected ? Console.Error : null, TerminalWidth = TerminalWidth(),
        };
        return Report("build", () => ProjectBuilder.Build(options), verbose, msbuild);
    }

    static int TerminalWidth()
    {
        try
        {
            return Console.IsErrorRedirected || Console.WindowWidth <= 0 ? 80 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    public static int Compile(string[] args)
    {
        string? input = null, output = null;
        bool debug = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--debug": debug = true; break;
                case "--release": debug = false; break;
                default:
                    if (args[i].StartsWith('-') || input != null) return Fail("compile", $"unexpected argument '{args[i]}'");
                    input = args[i];
                    break;
            }
        }
        if (input == null) return Fail("compile", "no input file");
        return Report("compile", () => ProjectBuilder.CompileFile(input, output ?? ".", debug), verbose: false, msbuild: false);
    }

    /// <summary>
    /// Prints the result; with <paramref name="msbuild"/> every error is one canonical line
    /// (`file.js(line,col): error JSC1001: message`) and a build that cannot start is
    /// `jsc: error JSC1000: message`, for the MSBuild task (Jsc.Build) to log.
    /// </summary>
    static int Report(string command, Func<BuildResult> build, bool verbose, bool msbuild)
    {
        BuildResult result;
        try
        {
            result = build();
        }
        catch (BuildException e)
        {
            Console.Error.WriteLine(msbuild ? $"jsc: error JSC1000: {e.Message}" : $"jsc {command}: {e.Message}");
            return 1;
        }
        if (verbose)
            foreach (var warning in result.Warnings) Console.Error.WriteLine("warning: " + warning);
        foreach (var error in result.Errors) Console.Error.WriteLine(msbuild ? error.Canonical : error.Report);
        if (!result.Success)
        {
            Console.Error.WriteLine($"jsc {command}: {result.Errors.Count} error(s)");
            return 1;
        }
        if (verbose)
            Console.Out.WriteLine($"jsc {command}: {result.Modules.Count} modules ({result.CompiledModules} compiled, {result.CachedModules} from the cache) -> {result.AssemblyPath}");
        return 0;
    }

    static int Fail(string command, string message)
    {
        Console.Error.WriteLine($"jsc {command}: {message}");
        Console.Error.Write(Usage.Text);
        return 2;
    }
}
