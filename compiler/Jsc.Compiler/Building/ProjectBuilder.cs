using Jsc.Compiler.Emit;
using Jsc.Stdlib.Hosting;

namespace Jsc.Compiler.Building;

/// <summary>
/// `jsc build` as a library call (the CLI and a future MSBuild task share it): finds the project
/// (<see cref="ProjectLayout"/>), compiles every reachable module into one assembly
/// (<see cref="ModuleGraph"/>, <see cref="ModuleAssembly"/>), and lays out an app that
/// `dotnet OUT/NAME.dll` or the app host `OUT/NAME` runs: the runtime assemblies beside it (and
/// the compiler, unless <see cref="BuildOptions.RuntimeCompile"/> is off) and a runtimeconfig.
/// </summary>
public static class ProjectBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        if (!IsNamespace(options.Namespace)) throw new BuildException($"--namespace {options.Namespace}: not a C# namespace (dotted identifiers)");
        var layout = ProjectLayout.Find(options);
        var result = new BuildResult();
        options.Log?.WriteLine($"jsc build: {layout.Name} from {layout.Root} (entry {Path.GetRelativePath(layout.Root, layout.Entry)})");
        using var assembly = new ModuleAssembly(layout.Name, options.Debug, options.Namespace);
        var cache = options.CacheDirectory == null ? null : new ModuleCache(options.CacheDirectory);
        new ModuleGraph(layout, assembly, result, cache, new BuildProgress(options.Log, options.Terminal, options.TerminalWidth), options.Log).Build();
        if (!result.Success) return result;

        var output = Path.GetFullPath(options.Output);
        Directory.CreateDirectory(output);
        var dll = Path.Combine(output, layout.Name + ".dll");
        if (options.ReadyToRun) assembly.PrecompileEveryMethod();
        assembly.Write(dll, layout.Root, Path.GetRelativePath(layout.Root, layout.Entry).Replace(Path.DirectorySeparatorChar, '/'),
            options.RuntimeCompile, withMain: true);
        result.AssemblyPath = dll;
        CopyRuntime(output, options.RuntimeCompile);
        WriteRuntimeConfig(Path.Combine(output, layout.Name + ".runtimeconfig.json"));
        // The compiler stays IL: it only runs for what the build did not see.
        if (options.ReadyToRun) ReadyToRun.Compile(output, [layout.Name, "Jsc.Runtime", "Jsc.Stdlib"], options.Log);
        if (options.SelfContained)
            result.AppHostPath = SingleFilePublish.Publish(output, layout.Name, options.Namespace,
                [layout.Name, "Jsc.Runtime", "Jsc.Stdlib", .. options.RuntimeCompile ? CompilerAssemblies : []], options.Log);
        else if (options.AppHost) result.AppHostPath = AppHostWriter.Write(output, layout.Name);
        return result;
    }

    /// <summary>
    /// `jsc compile`: one file as a library assembly (its module table, no entry point) plus its
    /// PDB, keyed by its file name relative to its directory.
    /// </summary>
    public static BuildResult CompileFile(string file, string outputDirectory, bool debug)
    {
        var full = Path.GetFullPath(file);
        if (!File.Exists(full)) throw new BuildException($"{file}: no such file");
        var name = Path.GetFileNameWithoutExtension(full);
        var layout = new ProjectLayout(Path.GetDirectoryName(full)!, full, name);
        var result = new BuildResult();
        using var assembly = new ModuleAssembly(name, debug);
        var source = File.ReadAllText(full);
        if (source.Length > 0 && source[0] == '\uFEFF') source = source[1..];
        var text = new Syntax.SourceText(source, full);
        try
        {
            assembly.AddModule(Path.GetFileName(full), text, Syntax.Parser.ParseCommonJs(text));
        }
        catch (Syntax.SyntaxError e)
        {
            result.Errors.Add(BuildError.FromSyntax(e));
            return result;
        }
        result.Modules.Add(Path.GetFileName(full));
        Directory.CreateDirectory(outputDirectory);
        var dll = Path.Combine(Path.GetFullPath(outputDirectory), name + ".dll");
        assembly.Write(dll, layout.Root, Path.GetFileName(full), allowRuntimeCompile: true, withMain: false);
        result.AssemblyPath = dll;
        return result;
    }

    static bool IsNamespace(string name) =>
        name.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));

    static readonly string[] CompilerAssemblies = ["Jsc.Compiler", "Mono.Cecil", "Mono.Cecil.Rocks", "Mono.Cecil.Pdb", "Mono.Cecil.Mdb"];

    /// <summary>The assemblies a built app loads, copied from beside the compiler (with their PDBs, for stack traces).</summary>
    static void CopyRuntime(string output, bool withCompiler)
    {
        var from = Path.GetDirectoryName(typeof(AppHost).Assembly.Location)!;
        var runtime = new[] { "Jsc.Runtime", "Jsc.Stdlib" };
        var compiler = CompilerAssemblies;
        foreach (var name in runtime.Concat(withCompiler ? compiler : []))
            foreach (var ext in new[] { ".dll", ".pdb" })
            {
                var source = Path.Combine(from, name + ext);
                if (File.Exists(source)) CopyIfChanged(source, Path.Combine(output, name + ext));
            }
        // A rebuild with --no-runtime-compile must not leave an earlier build's compiler behind.
        if (!withCompiler)
            foreach (var name in compiler)
                foreach (var ext in new[] { ".dll", ".pdb" })
                    File.Delete(Path.Combine(output, name + ext));
    }

    static void CopyIfChanged(string source, string target)
    {
        var info = new FileInfo(target);
        var from = new FileInfo(source);
        // An earlier --r2r build left a native image of a different size: copied again, so a plain build is plain IL.
        if (info.Exists && info.Length == from.Length && info.LastWriteTimeUtc >= from.LastWriteTimeUtc) return;
        File.Copy(source, target, overwrite: true);
    }

    /// <summary>
    /// The framework the app runs on: this runtime's major.minor, rolling forward like any app;
    /// invariant globalization, as Jsc is built; no EventSource (nothing listens, and setting
    /// the runtime's up costs start-up time).
    /// </summary>
    static void WriteRuntimeConfig(string path)
    {
        var version = $"{Environment.Version.Major}.{Environment.Version.Minor}.0";
        File.WriteAllText(path, $$"""
            {
              "runtimeOptions": {
                "tfm": "net{{Environment.Version.Major}}.{{Environment.Version.Minor}}",
                "framework": { "name": "Microsoft.NETCore.App", "version": "{{version}}" },
                "configProperties": { "System.Globalization.Invariant": true, "System.Diagnostics.Tracing.EventSource.IsSupported": false }
              }
            }

            """);
    }
}
