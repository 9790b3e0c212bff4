using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Modules;

/// <summary>
/// CommonJS modules: https://nodejs.org/docs/v0.8.16/api/modules.html, shaped like node 20's
/// loader (lib/internal/modules/cjs/loader.js) so code that reaches into it works: module
/// objects are instances of `Module` (require('module')), `require` goes through
/// Module.prototype.require and Module._load, files load through Module._extensions and are
/// cached in Module._cache, all of which programs may replace or extend. Cycles give the
/// exports so far; a failed load leaves nothing in the cache.
/// </summary>
public sealed partial class ModuleLoader
{
    readonly Realm _realm;
    readonly JsObject _cache;
    readonly JsObject _extensions;
    JsObject? _main;

    /// <summary>Each module's parent (node keeps it out of the module object, behind the `parent` getter).</summary>
    readonly Dictionary<JsObject, JsObject?> _parents = new(ReferenceEqualityComparer.Instance);

    /// <summary>Modules built into the program (the stdlib's C# modules), by name: each returns its exports.
    /// Concurrent: realms on several threads (tests, worker hosts) install their modules at once.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<Realm, JsValue>> CoreModules = new()
    {
        ["module"] = realm => JsValue.FromObject(For(realm)._moduleConstructor),
    };

    /// <summary>
    /// The stdlib's own JavaScript modules, by name (events, util, ...): each gives its source,
    /// which runs as a module named `node:NAME`. Names under `internal/` are only visible to them.
    /// </summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<string>> LibraryModules = new();

    readonly Dictionary<string, JsObject> _coreCache = new();

    /// <summary>Whether <paramref name="name"/> (with or without `node:`) names a core module user code may require.</summary>
    public static bool IsCoreModule(string name)
    {
        if (name.StartsWith("node:", StringComparison.Ordinal)) name = name[5..];
        return !name.StartsWith("internal/", StringComparison.Ordinal) && (CoreModules.ContainsKey(name) || LibraryModules.ContainsKey(name));
    }

    /// <summary>The core modules' names, sorted (Module.builtinModules).</summary>
    public static List<string> BuiltinNames()
    {
        var names = CoreModules.Keys.Concat(LibraryModules.Keys)
            .Where(n => !n.StartsWith("internal/", StringComparison.Ordinal)).Distinct().ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    ModuleLoader(Realm realm)
    {
        _realm = realm;
        _cache = new JsObject((JsObject?)null);
        _extensions = new JsObject((JsObject?)null);
        CreateModuleClass();
    }

    public static ModuleLoader For(Realm realm) => realm.ModuleLoader as ModuleLoader ?? (ModuleLoader)(realm.ModuleLoader = new ModuleLoader(realm));

    /// <summary>
    /// Makes the module object and `require` of a program's main module (cached under its file
    /// name, `require.main`); the host then runs its compiled code and calls <see cref="FinishMain"/>.
    /// </summary>
    public (JsObject Module, JsFunction Require) CreateModule(string fileName, JsObject? parent, bool isMain = true)
    {
        var module = NewModule(fileName, parent);
        if (parent == null && isMain && _main == null)
        {
            _main = module;
            module.Set("id", JsValue.FromString("."), true);
            _cache.CreateDataProperty(fileName, JsValue.FromObject(module));
            if (_realm.GlobalObject.Get("process").AsObject is { } process)
                process.CreateDataProperty("mainModule", JsValue.FromObject(module));
        }
        return (module, MakeRequire(module));
    }

    /// <summary>The main module has run: it is loaded.</summary>
    public void FinishMain(JsObject module) => module.Set("loaded", JsValue.True, true);

    /// <summary>new Module(id, parent): the own properties in node's order.</summary>
    JsObject NewModule(string id, JsObject? parent, JsObject? prototype = null)
    {
        var module = new JsObject(prototype ?? _modulePrototype);
        bool file = !id.StartsWith("node:", StringComparison.Ordinal) && Path.IsPathRooted(id);
        module.FastAddProperty("id", id);
        module.FastAddProperty("path", file ? Path.GetDirectoryName(id) ?? "/" : ".");
        module.FastAddProperty("exports", JsValue.FromObject(new JsObject(_realm.ObjectPrototype)));
        module.FastAddProperty("filename", file ? JsValue.FromString(id) : JsValue.Null);
        module.FastAddProperty("loaded", false);
        module.FastAddProperty("children", JsValue.FromObject(new JsArray(_realm.ArrayPrototype)));
        module.FastAddProperty("paths", file ? JsValue.FromObject(PathsArray(Path.GetDirectoryName(id) ?? "/")) : JsValue.FromObject(new JsArray(_realm.ArrayPrototype)));
        _parents[module] = parent;
        if (parent?.Get("children").AsObject is JsArray siblings) siblings.Push(JsValue.FromObject(module));
        return module;
    }

    JsArray PathsArray(string directory)
    {
        var paths = new JsArray(_realm.ArrayPrototype);
        foreach (var p in NodeResolution.LookupPaths(directory)) paths.Push(p);
        return paths;
    }

    /// <summary>makeRequireFunction: `require` of a module, with resolve (and resolve.paths), main, extensions, cache.</summary>
    JsFunction MakeRequire(JsObject module)
    {
        // The stdlib's own modules load their dependencies directly, out of reach of program hooks.
        bool library = module.Get("id") is { IsString: true } id && id.String.StartsWith("node:", StringComparison.Ordinal);
        var require = new JsNativeFunction(_realm, "require", 1, (_, args) =>
        {
            if (library && args.Arg(0).IsString) return Load(args.Arg(0).String, module, false);
            var method = module.Get("require");
            return ObjectOperations.CallFunction(method, JsValue.FromObject(module), args.Arg(0));
        });
        var resolve = new JsNativeFunction(_realm, "resolve", 2, (_, args) =>
        {
            var request = args.Arg(0);
            if (!request.IsString) throw ModuleErrors.Coded(_realm.TypeErrorPrototype, "ERR_INVALID_ARG_TYPE",
                "The \"request\" argument must be of type string. Received " + ModuleErrors.Describe(request));
            return CallResolveFilename(request, module, false, args.Arg(1));
        });
        resolve.FastAddProperty("paths", JsValue.FromObject(new JsNativeFunction(_realm, "paths", 1, (_, args) =>
        {
            var request = TypeConversion.ToString(args.Arg(0));
            if (IsCoreModule(request)) return JsValue.Null;
            if (NodeResolution.IsRelative(request))
            {
                var single = new JsArray(_realm.ArrayPrototype);
                single.Push(DirectoryOf(module));
                return JsValue.FromObject(single);
            }
            var lookup = PathsArray(DirectoryOf(module));
            foreach (var global in GlobalPaths()) lookup.Push(global);
            return JsValue.FromObject(lookup);
        })));
        require.FastAddProperty("resolve", JsValue.FromObject(resolve));
        require.FastAddProperty("main", _main == null ? JsValue.Undefined : JsValue.FromObject(_main));
        require.FastAddProperty("extensions", JsValue.FromObject(_extensions));
        require.FastAddProperty("cache", JsValue.FromObject(_cache));
        return require;
    }

    string DirectoryOf(JsObject module)
    {
        var filename = module.Get("filename");
        return filename.IsString && !filename.String.StartsWith("node:", StringComparison.Ordinal)
            ? Path.GetDirectoryName(filename.String) ?? "/" : Directory.GetCurrentDirectory();
    }

    /// <summary>Module._load: a core module, the cached module, or a new one loaded through Module._extensions.</summary>
    JsValue Load(string request, JsObject? parent, bool isMain)
    {
        if (request.StartsWith("node:", StringComparison.Ordinal))
        {
            var core = RequireCore(request, ParentFile(parent));
            if (core == null) throw ModuleErrors.Coded(_realm.ErrorPrototype, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + request);
            return core.Get("exports");
        }
        var filename = TypeConversion.ToString(CallResolveFilename(request, parent, isMain, JsValue.Undefined));
        if (_cache.Get(filename).AsObject is { } cached)
        {
            if (parent?.Get("children").AsObject is JsArray children && !Contains(children, cached)) children.Push(JsValue.FromObject(cached));
            return cached.Get("exports");
        }
        if (RequireCore(filename, ParentFile(parent)) is { } builtin) return builtin.Get("exports");
        var module = NewModule(filename, parent);
        _cache.CreateDataProperty(filename, JsValue.FromObject(module));
        try
        {
            ObjectOperations.CallFunction(module.Get("load"), JsValue.FromObject(module), filename);
        }
        catch
        {
            _cache.Delete(filename);
            if (parent?.Get("children").AsObject is JsArray children && children.Length > 0 &&
                children.Get((children.Length - 1).ToString()).AsObject == module)
                children.SetLength(children.Length - 1);
            throw;
        }
        return module.Get("exports");
    }

    static bool Contains(JsArray array, JsObject item)
    {
        for (uint i = 0; i < array.Length; i++)
            if (array.Get(i.ToString()).AsObject == item) return true;
        return false;
    }

    string ParentFile(JsObject? parent) =>
        parent?.Get("filename") is { IsString: true } f ? f.String : parent?.Get("id") is { IsString: true } id ? id.String : "";

    /// <summary>Calls Module._resolveFilename as the program sees it (it may have been replaced).</summary>
    JsValue CallResolveFilename(JsValue request, JsObject? parent, bool isMain, JsValue options)
    {
        var resolver = _moduleConstructor.Get("_resolveFilename");
        if (resolver.AsObject == _resolveFilename && request.IsString) return ResolveFilename(request.String, parent, options);
        return ObjectOperations.CallFunction(resolver, JsValue.FromObject(_moduleConstructor),
            request, parent == null ? JsValue.Null : JsValue.FromObject(parent), isMain ? JsValue.True : JsValue.False, options);
    }

    /// <summary>Module._resolveFilename: the core module's name or the file; MODULE_NOT_FOUND with the require stack.</summary>
    JsValue ResolveFilename(string request, JsObject? parent, JsValue options)
    {
        if (IsCoreModule(request) || IsInternalFor(request, parent)) return request;
        var extensions = new List<string>();
        foreach (var key in _extensions.OwnPropertyKeys())
            if (key.IsString) extensions.Add(key.Name);
        var directories = new List<string>();
        if (options.AsObject?.Get("paths").AsObject is JsArray paths)
        {
            for (uint i = 0; i < paths.Length; i++) directories.Add(Path.GetFullPath(TypeConversion.ToString(paths.Get(i.ToString()))));
        }
        else
        {
            directories.Add(parent == null ? Directory.GetCurrentDirectory() : DirectoryOf(parent));
        }
        try
        {
            foreach (var directory in directories)
                if (NodeResolution.Resolve(request, directory, extensions, Warn) is { } found) return found;
            if (!NodeResolution.IsRelative(request))
                foreach (var global in GlobalPaths())
                    if (NodeResolution.ResolveIn(request, global, extensions, Warn) is { } found) return found;
        }
        catch (ResolutionException e)
        {
            throw ModuleErrors.FromResolution(_realm, e);
        }
        var stack = new List<string>();
        for (var cursor = parent; cursor != null; cursor = _parents.GetValueOrDefault(cursor))
        {
            var name = ParentFile(cursor);
            if (name.Length > 0) stack.Add(name);
        }
        throw ModuleErrors.NotFound(_realm, request, stack);
    }

    /// <summary>Whether request is an internal stdlib module and parent a stdlib module, which alone may load it.</summary>
    bool IsInternalFor(string request, JsObject? parent) =>
        request.StartsWith("internal/", StringComparison.Ordinal) && ParentFile(parent).StartsWith("node:", StringComparison.Ordinal) &&
        (CoreModules.ContainsKey(request) || LibraryModules.ContainsKey(request));

    /// <summary>process.emitWarning(text, 'DeprecationWarning', 'DEP0128') when the process has it.</summary>
    void Warn(string text)
    {
        if (_realm.GlobalObject.Get("process").AsObject is { } process && process.Get("emitWarning").AsObject is JsFunction emit)
            emit.Call(JsValue.FromObject(process), new[] { JsValue.FromString(text), JsValue.FromString("DeprecationWarning"), JsValue.FromString("DEP0128") });
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
        var module = NewModule(file, null);
        _coreCache[name] = module;
        Compile(module, source(), file, "node:");
        module.Set("loaded", JsValue.True, true);
        return module;
    }

    /// <summary>Module.prototype._compile: runs source with node's wrapper (exports, require, module, __filename, __dirname).</summary>
    JsValue Compile(JsObject module, string source, string fileName, string? directory = null)
    {
        // A module an ahead-of-time build compiled (ModuleTable) runs as built; else it is compiled now.
        var wrapper = ModuleTable.Compiled(fileName) ?? ModuleTable.CompileAtRunTime(_realm, source, fileName);
        var exports = module.Get("exports");
        return wrapper.Call(exports, new[]
        {
            exports, JsValue.FromObject(MakeRequire(module)), JsValue.FromObject(module),
            JsValue.FromString(fileName), JsValue.FromString(directory ?? Path.GetDirectoryName(fileName) ?? "/"),
        });
    }
}
