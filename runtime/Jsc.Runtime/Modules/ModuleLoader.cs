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

    /// <summary>Modules built into the program (the stdlib), by name: each returns its exports.</summary>
    public static readonly Dictionary<string, Func<Realm, JsValue>> CoreModules = new();

    ModuleLoader(Realm realm)
    {
        _realm = realm;
        _cache = new JsObject(realm.ObjectPrototype);
        _extensions = new JsObject(realm.ObjectPrototype);
    }

    public static ModuleLoader For(Realm realm) => realm.ModuleLoader as ModuleLoader ?? (ModuleLoader)(realm.ModuleLoader = new ModuleLoader(realm));

    /// <summary>Makes a module object and its `require`, for the main program or a file being loaded.</summary>
    public (JsObject Module, JsFunction Require) CreateModule(string fileName, JsObject? parent)
    {
        var module = new JsObject(_realm.ObjectPrototype);
        module.FastAddProperty("id", parent == null ? "." : fileName);
        module.FastAddProperty("exports", JsValue.FromObject(new JsObject(_realm.ObjectPrototype)));
        module.FastAddProperty("parent", parent == null ? JsValue.Null : JsValue.FromObject(parent));
        module.FastAddProperty("filename", fileName);
        module.FastAddProperty("loaded", false);
        module.FastAddProperty("children", JsValue.FromObject(new JsArray(_realm.ArrayPrototype)));
        var paths = new JsArray(_realm.ArrayPrototype);
        foreach (var p in NodeResolution.LookupPaths(Path.GetDirectoryName(fileName) ?? "/")) paths.Push(p);
        module.FastAddProperty("paths", JsValue.FromObject(paths));
        if (parent == null) _main ??= module;
        if (parent?.Get("children").AsObject is JsArray siblings) siblings.Push(JsValue.FromObject(module));
        return (module, MakeRequire(module, fileName));
    }

    JsFunction MakeRequire(JsObject module, string fileName)
    {
        string directory = Path.GetDirectoryName(fileName) ?? "/";
        var require = new JsNativeFunction(_realm, "require", 1, (_, args) =>
        {
            var request = args.Arg(0);
            if (!request.IsString) Throw.TypeError("The \"id\" argument must be of type string. Received " + Inspect.Brief(request));
            return Require(request.String, directory, module, fileName);
        });
        var resolve = new JsNativeFunction(_realm, "resolve", 1, (_, args) =>
        {
            var request = TypeConversion.ToString(args.Arg(0));
            if (CoreModules.ContainsKey(request)) return request;
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
        if (CoreModules.TryGetValue(request, out var core)) return core(_realm);
        var file = NodeResolution.Resolve(request, directory);
        if (file == null) return ThrowNotFound(request, parentFile);
        if (_cache.Get(file).AsObject is { } cached) return cached.Get("exports");
        var (module, require) = CreateModule(file, parent);
        _cache.CreateDataProperty(file, JsValue.FromObject(module));
        try
        {
            var source = File.ReadAllText(file);
            if (source.Length > 0 && source[0] == '\uFEFF') source = source[1..];
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var parse = _realm.GlobalObject.Get("JSON").Object.Get("parse");
                module.Set("exports", ObjectOperations.CallFunction(parse, JsValue.Undefined, source), true);
            }
            else
            {
                var wrapper = Realm.RuntimeCompiler!.CompileModule(_realm, source, file);
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
