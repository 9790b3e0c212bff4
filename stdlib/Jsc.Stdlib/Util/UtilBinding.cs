using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Util;

/// <summary>
/// `internal/util`: the runtime's Inspector (the one console.log uses) as the util module
/// needs it: inspect with node's two signatures, format, formatWithOptions, the hooks that
/// make inspect.styles/colors/defaultOptions live, and V8's internal class checks that
/// util.types reads. https://nodejs.org/docs/latest-v20.x/api/util.html
/// </summary>
public static class UtilBinding
{
    public static void Install(Realm realm) =>
        ModuleLoader.CoreModules.TryAdd("internal/util", r => JsValue.FromObject(Create(r)));

    static JsObject Create(Realm realm)
    {
        var exports = new JsObject(realm.ObjectPrototype);
        var inspect = new JsNativeFunction(realm, "inspect", 2, (_, a) => Inspect(realm, a));
        exports.FastAddProperty("inspect", JsValue.FromObject(inspect));
        exports.DefineMethods(realm,
            new BuiltinMethod("format", 1, (_, a) => Inspector.Format(a)),
            new BuiltinMethod("formatWithOptions", 2, (_, a) => FormatWithOptions(a)),
            new BuiltinMethod("stripVTControlCharacters", 1, (_, a) => a.Arg(0).IsString
                ? Inspector.RemoveColors(a.Arg(0).String) : throw NodeErrors.InvalidArgType("str", "of type string", a.Arg(0))),
            new BuiltinMethod("setHooks", 2, (_, a) => SetHooks(realm, inspect, a)),
            new BuiltinMethod("getDefaultOptions", 0, (_, _) => Inspector.HooksOf(realm).Defaults.ToObject(realm)),
            new BuiltinMethod("setDefaultOptions", 1, (_, a) => SetDefaultOptions(realm, a.Arg(0))),
            new BuiltinMethod("internalClass", 1, (_, a) => InternalClass(a.Arg(0))),
            new BuiltinMethod("writeStdout", 1, (_, a) => Write(realm.StandardOutput, a.Arg(0))),
            new BuiltinMethod("writeStderr", 1, (_, a) => Write(realm.StandardError, a.Arg(0))),
            new BuiltinMethod("readSource", 1, (_, a) => ReadSource(a.Arg(0))));
        return exports;
    }

    /// <summary>util.inspect(object, options) or the v0.8 inspect(object, showHidden, depth, colors).</summary>
    static JsValue Inspect(Realm realm, ReadOnlySpan<JsValue> args)
    {
        var options = Inspector.HooksOf(realm).Defaults.Clone();
        if (args.Length > 1)
        {
            if (args.Length > 2)
            {
                var depth = args[2];
                if (!depth.IsUndefined) options.Depth = depth.IsNull ? double.PositiveInfinity : TypeConversion.ToNumber(depth);
                if (args.Length > 3 && !args[3].IsUndefined) options.Colors = TypeConversion.ToBoolean(args[3]);
            }
            if (args[1].IsBoolean) options.ShowHidden = args[1].IsTrue;
            else if (args[1].IsObject) options = InspectOptions.FromObject(args[1], options);
        }
        return Inspector.Inspect(args.Arg(0), options);
    }

    static JsValue FormatWithOptions(ReadOnlySpan<JsValue> args)
    {
        var first = args.Arg(0);
        if (first.AsObject is null || first.AsObject is JsFunction)
            throw NodeErrors.InvalidArgType("inspectOptions", "of type object", first);
        var options = InspectOptions.FromObject(first, Inspector.HooksOf(Realm.Current).Defaults);
        return Inspector.FormatWithOptions(options, args[1..]);
    }

    static JsValue SetHooks(Realm realm, JsFunction inspect, ReadOnlySpan<JsValue> args)
    {
        var hooks = Inspector.HooksOf(realm);
        hooks.Inspect = inspect;
        hooks.Styles = args.Arg(0).AsObject;
        hooks.Colors = args.Arg(1).AsObject;
        return JsValue.Undefined;
    }

    static JsValue SetDefaultOptions(Realm realm, JsValue options)
    {
        var hooks = Inspector.HooksOf(realm);
        hooks.Defaults = InspectOptions.FromObject(options, hooks.Defaults);
        return JsValue.Undefined;
    }

    static JsValue Write(TextWriter writer, JsValue text)
    {
        writer.Write(TypeConversion.ToString(text));
        return JsValue.Undefined;
    }

    /// <summary>A module's source text, for assert.ok's "The expression evaluated to a falsy value" message; undefined when unreadable.</summary>
    static JsValue ReadSource(JsValue path)
    {
        if (!path.IsString || !Path.IsPathRooted(path.String)) return JsValue.Undefined;
        try
        {
            return File.ReadAllText(path.String);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return JsValue.Undefined;
        }
    }

    /// <summary>The engine's class of a value (V8's IsDate, IsRegExp, IsNativeError...): "" for primitives.</summary>
    static JsValue InternalClass(JsValue value)
    {
        if (value.AsObject is not { } o) return "";
        if (o is JsClosure closure)
        {
            var kind = closure.Info.Kind;
            if ((kind & FunctionKind.Async) != 0) return (kind & FunctionKind.Generator) != 0 ? "AsyncGeneratorFunction" : "AsyncFunction";
            if ((kind & FunctionKind.Generator) != 0) return "GeneratorFunction";
        }
        return o.ClassName;
    }
}
