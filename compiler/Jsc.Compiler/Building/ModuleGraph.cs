using Jsc.Compiler.Emit;
using Jsc.Compiler.Syntax;
using Jsc.Runtime.Modules;

namespace Jsc.Compiler.Building;

/// <summary>
/// Walks a project from its entry with node's resolution and compiles every module it reaches
/// into a <see cref="ModuleAssembly"/>: files named by `require('literal')`, every .js/.json file
/// of a package in which some `require` computes its argument (a file there that fails to
/// compile is only a warning: nothing proves it runs), `.json` files and the package.json files
/// resolution reads (as data), and the stdlib's JavaScript modules the program can reach
/// (internal/bootstrap always), so a built app starts without compiling anything. With a
/// <see cref="ModuleCache"/>, a module whose text the cache holds is not compiled again.
/// </summary>
sealed class ModuleGraph(ProjectLayout layout, ModuleAssembly assembly, BuildResult result, ModuleCache? cache, BuildProgress progress, TextWriter? log)
{
    readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    readonly HashSet<string> _packagesTaken = new(StringComparer.Ordinal);
    readonly Queue<(string File, bool Optional)> _files = new();
    readonly Queue<string> _libraries = new();
    int _found;

    public void Build()
    {
        Stdlib.NodeLibrary.Register();
        Enqueue(layout.Entry, optional: false);
        while (_files.TryDequeue(out var next)) CompileFile(next.File, next.Optional);
        EnqueueLibrary("internal/bootstrap");
        while (_libraries.TryDequeue(out var name)) CompileLibrary(name);
        progress.Done();
    }

    string Key(string file) => Path.GetRelativePath(layout.Root, file).Replace(Path.DirectorySeparatorChar, '/');

    void Enqueue(string file, bool optional)
    {
        if (!_seen.Add(file)) return;
        _files.Enqueue((file, optional));
        _found++;
    }

    void EnqueueLibrary(string name)
    {
        if (!ModuleLoader.LibraryModules.ContainsKey(name) || !_seen.Add("node:" + name)) return;
        _libraries.Enqueue(name);
        _found++;
    }

    void CompileFile(string file, bool optional)
    {
        AddPackageFiles(Path.GetDirectoryName(file)!);
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (optional) result.Warnings.Add($"{file}: cannot read file: {e.Message}");
            else result.Errors.Add(BuildError.Unreadable(file, e.Message));
            return;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            assembly.AddData(Key(file), text);
            return;
        }
        var source = new SourceText(text, file);
        List<string> requests;
        bool dynamic;
        try
        {
            (requests, dynamic) = AddModule(Key(file), source);
        }
        catch (SyntaxError e)
        {
            if (optional) result.Warnings.Add(e.Format());
            else result.Errors.Add(BuildError.FromSyntax(e));
            return;
        }
        var directory = Path.GetDirectoryName(file)!;
        foreach (var request in requests)
        {
            if (ModuleLoader.IsCoreModule(request))
            {
                EnqueueLibrary(request.StartsWith("node:", StringComparison.Ordinal) ? request[5..] : request);
                continue;
            }
            if (NodeResolution.Resolve(request, directory) is { } found) Enqueue(found, optional);
            else result.Warnings.Add($"{file}: cannot resolve require('{request}'); it will fail at run time as in node");
        }
        if (dynamic) TakeWholePackage(directory);
    }

    /// <summary>The package.json files between a module's directory and the root: resolution reads them.</summary>
    void AddPackageFiles(string directory)
    {
        for (var dir = directory; dir != null; dir = Path.GetDirectoryName(dir))
        {
            var package = Path.Combine(dir, "package.json");
            if (File.Exists(package) && _seen.Add(package)) assembly.AddData(Key(package), File.ReadAllText(package));
            if (dir == layout.Root || !dir.StartsWith(layout.Root, StringComparison.Ordinal)) break;
        }
    }

    /// <summary>A `require` with a computed argument: every .js/.json file of the package around it (nested node_modules aside).</summary>
    void TakeWholePackage(string directory)
    {
        var package = ProjectLayout.PackageRoot(directory) ?? layout.Root;
        if (!_packagesTaken.Add(package)) return;
        log?.WriteLine($"  dynamic require: taking every file of {Path.Combine(Key(package), "")}");
        foreach (var file in Directory.EnumerateFiles(package, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(package, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part == "node_modules" || part.StartsWith('.'))) continue;
            if (file.EndsWith(".js", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)) Enqueue(file, optional: true);
        }
    }

    void CompileLibrary(string name)
    {
        var file = "node:" + name;
        var source = new SourceText(ModuleLoader.LibraryModules[name](), file);
        foreach (var request in AddModule(file, source).Requests)
            EnqueueLibrary(request.StartsWith("node:", StringComparison.Ordinal) ? request[5..] : request);
    }

    /// <summary>
    /// Compiles a module into the assembly (or copies the cache's compilation of the same text)
    /// and returns what it requires; a SyntaxError leaves the assembly unchanged.
    /// </summary>
    (List<string> Requests, bool Dynamic) AddModule(string key, SourceText source)
    {
        (List<string>, bool) requires;
        bool cached = false;
        if (cache == null)
        {
            var program = Parser.ParseCommonJs(source);
            assembly.AddModule(key, source, program);
            requires = RequireScanner.Scan(program);
        }
        else
        {
            var entry = cache.Load(source);
            cached = entry != null;
            using (entry ??= cache.Compile(source))
            {
                assembly.AddCompiledModule(key, entry.Type);
                requires = (entry.Requests, entry.Dynamic);
            }
        }
        result.Modules.Add(key);
        if (cached) result.CachedModules++;
        progress.Module(key, cached, result.Modules.Count, _found);
        return requires;
    }
}
