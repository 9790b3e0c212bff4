using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Modules;

/// <summary>
/// require('module'): https://nodejs.org/api/module.html — the Module class of this realm's
/// loader, its prototype (require, load, _compile, parent) and the statics programs and
/// tools reach for (_load, _resolveFilename, _extensions, _cache, builtinModules,
/// createRequire, wrap, wrapper, isBuiltin, _nodeModulePaths).
/// </summary>
public sealed partial class ModuleLoader
{
    JsNativeFunction _moduleConstructor = null!;
    JsObject _modulePrototype = null!;
    JsFunction _resolveFilename = null!;
    JsFunction _load = null!;

    static readonly string[] Wrapper = ["(function (exports, require, module, __filename, __dirname) { ", "\n});"];

    void CreateModuleClass()
    {
        _modulePrototype = new JsObject(_realm.ObjectPrototype);
        _moduleConstructor = new JsNativeFunction(_realm, "Module", 0,
            (_, args) => JsValue.FromObject(ConstructModule(args, null)),
            (args, newTarget) => JsValue.FromObject(ConstructModule(args, newTarget.Get("prototype").AsObject)));
        var ctor = _moduleConstructor;
        ctor.FastAddProperty("prototype", JsValue.FromObject(_modulePrototype), PropertyFlags.Writable);
        _modulePrototype.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Writable | PropertyFlags.Configurable);
        _modulePrototype.FastAddAccessor("parent",
            new JsNativeFunction(_realm, "get parent", 0, (self, _) =>
                self.AsObject is { } m && _parents.GetValueOrDefault(m) is { } p ? JsValue.FromObject(p) : JsValue.Null),
            null, PropertyFlags.None);
        _modulePrototype.DefineMethods(_realm,
            new BuiltinMethod("load", 1, (self, args) => LoadInto(ThisModule(self), TypeConversion.ToString(args.Arg(0)))),
            new BuiltinMethod("require", 1, (self, args) => RequireFrom(ThisModule(self), args.Arg(0))),
            new BuiltinMethod("_compile", 2, (self, args) =>
                Compile(ThisModule(self), TypeConversion.ToString(args.Arg(0)), TypeConversion.ToString(args.Arg(1)))));

        DefineExtensions();
        _resolveFilename = new JsNativeFunction(_realm, "_resolveFilename", 4, (_, args) =>
        {
            var request = args.Arg(0);
            if (!request.IsString) throw ModuleErrors.InvalidId(_realm, request);
            return ResolveFilename(request.String, args.Arg(1).AsObject, args.Arg(3));
        });
        var builtins = new JsArray(_realm.ArrayPrototype);
        foreach (var name in BuiltinNames()) builtins.Push(name);
        var wrapper = new JsArray(_realm.ArrayPrototype);
        foreach (var part in Wrapper) wrapper.Push(part);

        ctor.FastAddProperty("_cache", JsValue.FromObject(_cache));
        ctor.FastAddProperty("_pathCache", JsValue.FromObject(new JsObject((JsObject?)null)));
        ctor.FastAddProperty("_extensions", JsValue.FromObject(_extensions));
        var globalPaths = new JsArray(_realm.ArrayPrototype);
        foreach (var p in GlobalPaths()) globalPaths.Push(p);
        ctor.FastAddProperty("globalPaths", JsValue.FromObject(globalPaths));
        ctor.FastAddProperty("isBuiltin", Function("isBuiltin", 1, (_, a) => a.Arg(0).IsString && IsCoreModule(a.Arg(0).String)));
        ctor.FastAddProperty("_nodeModulePaths", Function("_nodeModulePaths", 1, (_, a) =>
            JsValue.FromObject(PathsArray(Path.GetFullPath(TypeConversion.ToString(a.Arg(0)))))));
        _load = new JsNativeFunction(_realm, "_load", 3, (_, a) =>
        {
            var request = a.Arg(0);
            if (!request.IsString) throw ModuleErrors.InvalidId(_realm, request);
            return Load(request.String, a.Arg(1).AsObject, a.Arg(2).IsTrue);
        });
        ctor.FastAddProperty("_load", JsValue.FromObject(_load));
        ctor.FastAddProperty("_resolveFilename", JsValue.FromObject(_resolveFilename));
        ctor.FastAddProperty("createRequire", Function("createRequire", 1, (_, a) => CreateRequire(a.Arg(0))));
        ctor.FastAddProperty("Module", JsValue.FromObject(ctor));
        ctor.FastAddProperty("builtinModules", JsValue.FromObject(builtins));
        // node defines wrap and wrapper as accessors, so they are not among Object.keys(Module)
        ctor.FastAddProperty("wrap", Function("wrap", 1, (_, a) => Wrapper[0] + TypeConversion.ToString(a.Arg(0)) + Wrapper[1]),
            PropertyFlags.Writable | PropertyFlags.Configurable);
        ctor.FastAddProperty("wrapper", JsValue.FromObject(wrapper), PropertyFlags.Writable | PropertyFlags.Configurable);
    }

    /// <summary>
    /// The global folders (https://nodejs.org/docs/v0.8.16/api/modules.html#modules_loading_from_the_global_folders):
    /// NODE_PATH's entries, then $HOME/.node_modules, $HOME/.node_libraries and $PREFIX/lib/node.
    /// </summary>
    static List<string> GlobalPaths()
    {
        var paths = new List<string>();
        var nodePath = Environment.GetEnvironmentVariable("NODE_PATH");
        if (!string.IsNullOrEmpty(nodePath))
            paths.AddRange(nodePath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFullPath));
        var home = Environment.GetEnvironmentVariable(OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME");
        if (!string.IsNullOrEmpty(home))
        {
            paths.Add(Path.Combine(home, ".node_modules"));
            paths.Add(Path.Combine(home, ".node_libraries"));
        }
        var prefix = Path.GetDirectoryName(Path.GetDirectoryName(Environment.ProcessPath ?? "/") ?? "/") ?? "/";
        paths.Add(Path.Combine(prefix, "lib", "node"));
        return paths;
    }

    JsValue Function(string name, int length, NativeCode code) => JsValue.FromObject(new JsNativeFunction(_realm, name, length, code));

    /// <summary>new Module(id = '', parent): https://nodejs.org/api/module.html#class-module</summary>
    JsObject ConstructModule(ReadOnlySpan<JsValue> args, JsObject? prototype)
    {
        var id = args.Arg(0).IsUndefined ? "" : TypeConversion.ToString(args.Arg(0));
        var module = NewModule(id, args.Arg(1).AsObject, prototype);
        if (!Path.IsPathRooted(id)) module.Set("filename", JsValue.Null, true);
        return module;
    }

    JsObject ThisModule(JsValue self) =>
        self.AsObject ?? throw ModuleErrors.Coded(_realm.TypeErrorPrototype, "ERR_INVALID_THIS", "Value of \"this\" must be of type Module");

    /// <summary>Module.prototype.require: https://nodejs.org/docs/v0.8.16/api/modules.html#modules_module_require_id</summary>
    JsValue RequireFrom(JsObject module, JsValue id)
    {
        if (!id.IsString) throw ModuleErrors.InvalidId(_realm, id);
        if (id.String.Length == 0) throw ModuleErrors.EmptyId(_realm);
        var load = _moduleConstructor.Get("_load");
        // the loader's own Module._load runs directly; a replaced one (a program's hook) is called
        if (load.AsObject == _load) return Load(id.String, module, false);
        return ObjectOperations.CallFunction(load, JsValue.FromObject(_moduleConstructor), id, JsValue.FromObject(module), JsValue.False);
    }

    /// <summary>Module.prototype.load: sets filename and paths, runs the handler for the file's extension, marks it loaded.</summary>
    JsValue LoadInto(JsObject module, string filename)
    {
        module.Set("filename", JsValue.FromString(filename), true);
        module.Set("paths", JsValue.FromObject(PathsArray(Path.GetDirectoryName(filename) ?? "/")), true);
        var handler = _extensions.Get(LongestRegisteredExtension(filename));
        ObjectOperations.CallFunction(handler, JsValue.FromObject(_extensions), JsValue.FromObject(module), filename);
        module.Set("loaded", JsValue.True, true);
        return JsValue.Undefined;
    }

    /// <summary>findLongestRegisteredExtension: `.test.js` before `.js`, and `.js` when none is registered.</summary>
    string LongestRegisteredExtension(string filename)
    {
        var name = Path.GetFileName(filename);
        for (int index = name.IndexOf('.', 1); index > 0; index = name.IndexOf('.', index + 1))
        {
            var ext = name[index..];
            if (_extensions.GetOwnProperty(ext) != null) return ext;
        }
        return ".js";
    }

    /// <summary>Module._extensions['.js'], ['.json'] and ['.node'].</summary>
    void DefineExtensions()
    {
        _extensions.FastAddProperty(".js", Function("", 2, (_, a) =>
        {
            var module = ThisModule(a.Arg(0));
            var filename = TypeConversion.ToString(a.Arg(1));
            // A module an ahead-of-time build compiled needs no source (a relocated app may not have it).
            var source = ModuleTable.Compiled(filename) != null ? "" : ReadSource(filename);
            return ObjectOperations.CallFunction(module.Get("_compile"), JsValue.FromObject(module), source, filename);
        }));
        _extensions.FastAddProperty(".json", Function("", 2, (_, a) =>
        {
            var module = ThisModule(a.Arg(0));
            var filename = TypeConversion.ToString(a.Arg(1));
            var parse = _realm.GlobalObject.Get("JSON").AsObject!.Get("parse");
            try
            {
                module.Set("exports", ObjectOperations.CallFunction(parse, JsValue.Undefined, ReadSource(filename)), true);
            }
            catch (JsException e) when (e.Value.AsObject is JsError error)
            {
                // node: `path: <the JSON.parse message>`
                error.Set("message", JsValue.FromString(filename + ": " + TypeConversion.ToString(error.Get("message"))), true);
                throw;
            }
            return JsValue.Undefined;
        }));
        _extensions.FastAddProperty(".node", Function("", 2, (_, a) =>
            throw ModuleErrors.Coded(_realm.ErrorPrototype, "ERR_DLOPEN_FAILED",
                $"Cannot load native addon {TypeConversion.ToString(a.Arg(1))}: Jsc runs JavaScript modules only")));
    }

    static string ReadSource(string filename)
    {
        var source = ModuleTable.ReadText(filename);
        return source.Length > 0 && source[0] == '\uFEFF' ? source[1..] : source;
    }

    /// <summary>Module.createRequire(filename): a require that resolves from that file (a path or a file: URL).</summary>
    JsValue CreateRequire(JsValue filename)
    {
        string? path = filename.IsString ? filename.String : null;
        if (path == null && filename.AsObject is { } url && url.Get("href") is { IsString: true } href) path = href.String;
        if (path != null && path.StartsWith("file://", StringComparison.Ordinal)) path = Uri.UnescapeDataString(new Uri(path).AbsolutePath);
        if (path == null || !Path.IsPathRooted(path))
            throw ModuleErrors.Coded(_realm.TypeErrorPrototype, "ERR_INVALID_ARG_VALUE",
                "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received " +
                Inspect.Brief(filename));
        var proxyPath = path.EndsWith('/') ? Path.Combine(path, "noop.js") : path;
        var module = NewModule(proxyPath, null);
        module.Set("filename", JsValue.FromString(proxyPath), true);
        _parents.Remove(module);
        return JsValue.FromObject(MakeRequire(module));
    }
}
