using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Modules;

/// <summary>
/// CommonJS modules: https://nodejs.org/docs/v0.8.16/api/modules.html — `module` objects,
/// a `require` per module (with resolve, cache, main and extensions), the cache keyed by
/// file name, cycles (a module required while it loads gives its exports so far), `.json`
/// files, and node's error for a module that cannot be found.
/// </summary>
public sealed class ModuleLoader
{
    readonly Realm _realm;
    readonly JsObject _cache;
    readonly JsObject _extensions;
    JsObject? _main;

    /// <summary>Modules built into the program (the stdlib's C# modules), by name: each returns its exports.</summary>
    public static readonly Dictionary<string, Func<Realm, JsValue>> CoreModules = new();

    /// <summary>
    /// The stdlib's own JavaScript modules, by name (events, util, ...): each gives its source,
    /// which runs as a module named `node:NAME`. Names under `internal/` are only visible to them.
    /// </summary>
    public static readonly Dictionary<string, Func<string>> LibraryModules = new();

    readonly Dictionary<string, JsObject> _coreCache = new();

    /// <summary>Whether <paramref name="name"/> (with or without `node:`) names a core module user code may require.</summary>
    public static bool IsCoreModule(string name)
    {
        if (name.StartsWith("node:", StringComparison.Ordinal)) name = name[5..];
        return !name.StartsWith("internal/", StringComparison.Ordinal) && (CoreModules.ContainsKey(name) || LibraryModules.ContainsKey(name));
    }

    ModuleLoader(Realm realm)
    {
        _realm = realm;
        _cache = new JsObject(realm.ObjectPrototype);
        _extensions = new JsObject(realm.ObjectPrototype);
    }

    public static ModuleLoader For(Realm realm) => realm.ModuleLoader as ModuleLoader ?? (ModuleLoader)(realm.ModuleLoader = new ModuleLoader(realm));

    /// <summary>Makes a module object and its `require`, for the main program or a file being loaded.</summary>
    public (JsObject Module, JsFunction Require) CreateModule(string fileName, JsObject? parent, bool isMain = true)
    {
        var module = new JsObject(_realm.ObjectPrototype);
        module.FastAddProperty("id", parent == null ? "." : fileName);
        module.FastAddProperty("exports", JsValue.FromObject(new JsObject(_realm.ObjectPrototype)));
        module.FastAddProperty("parent", parent == null ? JsValue.Null : JsValue.FromObject(parent));
        module.FastAddProperty("filename", fileName);
        module.FastAddProperty("loaded", false);
        module.FastAddProperty("children", JsValue.FromObject(new JsArray(_realm.ArrayPrototype)));
        var paths = new JsArray(_realm.ArrayPrototype);
        if (!fileName.StartsWith("node:", StringComparison.Ordinal))
            foreach (var p in NodeResolution.LookupPaths(Path.GetDirectoryName(fileName) ?? "/")) paths.Push(p);
        module.FastAddProperty("paths", JsValue.FromObject(paths));
        if (parent == null && isMain) _main ??= module;
        if (parent?.Get("children").AsObject is JsArray siblings) siblings.Push(JsValue.FromObject(module));
        return (module, MakeRequire(module, fileName));
    }

    JsFunction MakeRequire(JsObject module, string fileName)
    {
        string directory = fileName.StartsWith("node:", StringComparison.Ordinal) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(fileName) ?? "/";
        var require = new JsNativeFunction(_realm, "require", 1, (_, args) =>
        {
            var request = args.Arg(0);
            if (!request.IsString) Throw.TypeError("The \"id\" argument must be of type string. Received " + Inspect.Brief(request));
            return Require(request.String, directory, module, fileName);
        });
        var resolve = new JsNativeFunction(_realm, "resolve", 1, (_, args) =>
        {
            var request = TypeConversion.ToString(args.Arg(0));
            if (IsCoreModule(request)) return request;
            return NodeResolution.Resolve(request, directory) ?? ThrowNotFound(request, fileName);
        });
        require.FastAddProperty("resolve", JsValue.FromObject(resolve));
        require.FastAddProperty("cache", JsValue.FromObject(_cache));
        require.FastAddProperty("extensions", JsValue.FromObject(_extensions));
        require.FastAddProperty("main", _main == null ? JsValue.Undefined : JsValue.FromObject(_main));
        return require;
    }

    JsValue Require(string request, string directory, JsObject parent, string parentFile)
    {
        if (RequireCore(request, parentFile) is { } core) return core.Get("exports");
        var file = NodeResolution.Resolve(request, directory);
        if (file == null) return ThrowNotFound(request, parentFile);
        if (_cache.Get(file).AsObject is { } cached) return cached.Get("exports");
        var (module, require) = CreateModule(file, parent);
        _cache.CreateDataProperty(file, JsValue.FromObject(module));
        try
        {
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var source = WithoutBom(ModuleTable.ReadText(file));
                var parse = _realm.GlobalObject.Get("JSON").Object.Get("parse");
                module.Set("exports", ObjectOperations.CallFunction(parse, JsValue.Undefined, source), true);
            }
            else
            {
                var wrapper = CompiledOrCompile(file, () => WithoutBom(File.ReadAllText(file)));
                var exports = module.Get("exports");
                wrapper.Call(exports, new[]
                {
                    exports, JsValue.FromObject(require), JsValue.FromObject(module),
                    JsValue.FromString(file), JsValue.FromString(Path.GetDirectoryName(file) ?? "/"),
                });
            }
        }
        catch
        {
            _cache.Delete(file);
            throw;
        }
        module.Set("loaded", JsValue.True, true);
        return module.Get("exports");
    }

    /// <summary>Loads a stdlib module for the host (the bootstrap), internal ones included; returns its exports.</summary>
    public JsValue RequireInternal(string name) =>
        (RequireCore(name, "node:internal") ?? throw new ArgumentException("no such core module: " + name)).Get("exports");

    /// <summary>The module object of core module <paramref name="request"/>, loaded once per realm; null if there is none.</summary>
    JsObject? RequireCore(string request, string parentFile)
    {
        var name = request.StartsWith("node:", StringComparison.Ordinal) ? request[5..] : request;
        if (name.StartsWith("internal/", StringComparison.Ordinal) && !parentFile.StartsWith("node:", StringComparison.Ordinal)) return null;
        if (_coreCache.TryGetValue(name, out var cached)) return cached;
        if (CoreModules.TryGetValue(name, out var native))
        {
            var holder = new JsObject(_realm.ObjectPrototype);
            holder.FastAddProperty("exports", native(_realm));
            return _coreCache[name] = holder;
        }
        if (!LibraryModules.TryGetValue(name, out var source)) return null;
        var file = "node:" + name;
        var (module, require) = CreateModule(file, null, isMain: false);
        _coreCache[name] = module;
        var wrapper = CompiledOrCompile(file, source);
        var exports = module.Get("exports");
        wrapper.Call(exports, new[]
        {
            exports, JsValue.FromObject(require), JsValue.FromObject(module), JsValue.FromString(file), JsValue.FromString("node:"),
        });
        module.Set("loaded", JsValue.True, true);
        return module;
    }

    /// <summary>
    /// The hook for ahead-of-time builds: a module's wrapper from a registered
    /// <see cref="ModuleTable"/>, else compiled from its source now.
    /// </summary>
    JsFunction CompiledOrCompile(string file, Func<string> source) =>
        ModuleTable.Compiled(file) ?? ModuleTable.CompileAtRunTime(_realm, source(), file);

    static string WithoutBom(string source) => source.Length > 0 && source[0] == '\uFEFF' ? source[1..] : source;

    /// <summary>node's "Cannot find module" error, with code MODULE_NOT_FOUND and the require stack.</summary>
    JsValue ThrowNotFound(string request, string fromFile)
    {
        var error = new JsError(_realm.ErrorPrototype, $"Cannot find module '{request}'\nRequire stack:\n- {fromFile}");
        error.FastAddProperty("code", "MODULE_NOT_FOUND");
        var stack = new JsArray(_realm.ArrayPrototype);
        stack.Push(fromFile);
        error.FastAddProperty("requireStack", JsValue.FromObject(stack));
        throw new JsException(JsValue.FromObject(error));
    }
}
