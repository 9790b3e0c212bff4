using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Modules;

/// <summary>
/// The modules an assembly built by `jsc build` (or `jsc compile`) carries, compiled ahead of
/// time: the loader consults the registered tables before it reads or compiles anything.
///
/// Keys are paths relative to the project root, with `/` separators (`index.js`,
/// `node_modules/pkg/lib/a.js`), or `node:NAME` for the stdlib's JavaScript modules. The
/// build records the project root's absolute path. At run time the table's <see cref="Root"/>
/// is that recorded root when the entry file still exists there (so `__filename`, `argv[1]` and
/// stack traces read exactly as node's on the build machine), otherwise the directory of the
/// built assembly: the project's files then count as lying beside the app (stack traces map
/// the PDB's build-time paths there: <see cref="MapSourcePath"/>). Resolution is
/// unchanged (node's algorithm on the real file system); a key under the root simply counts as
/// an existing file (<see cref="FileExists"/>), so a relocated app needs none of its sources.
/// A resolved file the table lacks is compiled from disk at run time, if the compiler ships.
/// </summary>
public sealed class ModuleTable
{
    readonly Dictionary<string, Func<FunctionInfo>> _modules = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _data = new(StringComparer.Ordinal);
    readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    /// <summary>The project root's absolute path when the assembly was built.</summary>
    public string BuildRoot { get; }

    /// <summary>The entry module's key.</summary>
    public string Entry { get; }

    /// <summary>False when the app was built with `--no-runtime-compile`: a module outside the table is an error.</summary>
    public bool AllowRuntimeCompile { get; }

    /// <summary>The root keys are relative to at run time (see the type's summary); set by <see cref="Register"/>.</summary>
    public string Root { get; private set; }

    public ModuleTable(string buildRoot, string entry, bool allowRuntimeCompile)
    {
        BuildRoot = buildRoot;
        Root = buildRoot;
        Entry = entry;
        AllowRuntimeCompile = allowRuntimeCompile;
    }

    /// <summary>A compiled CommonJS module: <paramref name="wrapper"/> gives its wrapper function's FunctionInfo.</summary>
    public void AddModule(string key, Func<FunctionInfo> wrapper)
    {
        _modules[key] = wrapper;
        AddDirectories(key);
    }

    /// <summary>A data file (a `.json` module or a package.json that resolution reads), with its text.</summary>
    public void AddData(string key, string text)
    {
        _data[key] = text;
        AddDirectories(key);
    }

    void AddDirectories(string key)
    {
        for (int slash = key.IndexOf('/'); slash > 0; slash = key.IndexOf('/', slash + 1)) _directories.Add(key[..slash]);
    }

    /// <summary>The keys of every compiled module, in the order they were added.</summary>
    public IEnumerable<string> ModuleKeys => _modules.Keys;

    /// <summary>The absolute path a key names under <see cref="Root"/>.</summary>
    public string PathOf(string key) => Path.GetFullPath(Path.Combine(Root, key));

    static ModuleTable[] _registered = [];

    /// <summary>Every registered table, newest first.</summary>
    public static IReadOnlyList<ModuleTable> Registered => Volatile.Read(ref _registered);

    /// <summary>Makes the table visible to every realm's loader; picks its run-time root (see the type's summary).</summary>
    public static void Register(ModuleTable table, string appDirectory)
    {
        table.Root = File.Exists(Path.Combine(table.BuildRoot, table.Entry)) ? table.BuildRoot : Path.GetFullPath(appDirectory);
        lock (typeof(ModuleTable))
        {
            if (Array.IndexOf(_registered, table) < 0) Volatile.Write(ref _registered, [table, .. _registered]);
        }
    }

    /// <summary>This table's key for an absolute path or `node:NAME`; null when the path lies outside the root's tree.</summary>
    string? KeyOf(string path)
    {
        if (path.StartsWith("node:", StringComparison.Ordinal)) return path;
        var key = Path.GetRelativePath(Root, path);
        if (Path.IsPathRooted(key)) return null;
        return Path.DirectorySeparatorChar == '/' ? key : key.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// A source path as the PDB records it (under the build root) moved to where the app now sees
    /// its modules, so stack traces agree with `__filename` in a relocated app.
    /// </summary>
    public static string MapSourcePath(string file)
    {
        foreach (var table in Registered)
        {
            if (table.Root == table.BuildRoot || !file.StartsWith(table.BuildRoot, StringComparison.Ordinal)) continue;
            var rest = file[table.BuildRoot.Length..];
            if (rest.Length > 0 && rest[0] == Path.DirectorySeparatorChar) return table.Root.TrimEnd(Path.DirectorySeparatorChar) + rest;
        }
        return file;
    }

    /// <summary>The compiled wrapper of the module at <paramref name="path"/> (absolute, or `node:NAME`), if a table has it.</summary>
    public static JsClosure? Compiled(string path)
    {
        foreach (var table in Registered)
            if (table.KeyOf(path) is { } key && table._modules.TryGetValue(key, out var info)) return new JsClosure(info(), null);
        return null;
    }

    /// <summary>Whether a file exists on disk or in a table (resolution sees both).</summary>
    public static bool FileExists(string path)
    {
        if (File.Exists(path)) return true;
        foreach (var table in Registered)
            if (table.KeyOf(path) is { } key && (table._modules.ContainsKey(key) || table._data.ContainsKey(key))) return true;
        return false;
    }

    /// <summary>Whether a directory exists on disk or holds files of a table.</summary>
    public static bool DirectoryExists(string path)
    {
        if (Directory.Exists(path)) return true;
        foreach (var table in Registered)
            if (table.KeyOf(path) is { } key && (key == "." || table._directories.Contains(key))) return true;
        return false;
    }

    /// <summary>A data file's text: the table's copy (what the build saw) first, else the file on disk.</summary>
    public static string ReadText(string path)
    {
        foreach (var table in Registered)
            if (table.KeyOf(path) is { } key && table._data.TryGetValue(key, out var text)) return text;
        return File.ReadAllText(path);
    }

    /// <summary>
    /// Compiles a module the tables lack, with the compiler the host loaded; without one (an app
    /// built with `--no-runtime-compile`) a JavaScript Error names the module.
    /// </summary>
    public static JsFunction CompileAtRunTime(Realm realm, string source, string file)
    {
        if (Realm.RuntimeCompiler is { } compiler) return compiler.CompileModule(realm, source, file);
        var error = new JsError(realm.ErrorPrototype,
            $"Cannot compile module '{file}' at run time: it is not in the built assembly and the app was built without the compiler (--no-runtime-compile)");
        error.FastAddProperty("code", "ERR_JSC_NO_RUNTIME_COMPILE");
        throw new JsException(Values.JsValue.FromObject(error));
    }
}
