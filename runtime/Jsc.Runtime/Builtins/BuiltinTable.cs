using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>One row of a built-in's property table: a method with its spec `length`.</summary>
public readonly record struct BuiltinMethod(string Name, int Length, NativeCode Code);

/// <summary>Registers built-in properties from tables, so no prototype repeats define-property blocks.</summary>
public static class BuiltinTable
{
    /// <summary>Adds methods as writable, configurable, non-enumerable properties (the built-in default).</summary>
    public static void DefineMethods(this JsObject target, Realm realm, params BuiltinMethod[] methods)
    {
        foreach (var m in methods)
            target.FastAddProperty(m.Name, JsValue.FromObject(new JsNativeFunction(realm, m.Name, m.Length, m.Code)),
                PropertyFlags.Writable | PropertyFlags.Configurable);
    }

    /// <summary>Adds a getter (and optional setter) named like `get size`.</summary>
    public static void DefineAccessor(this JsObject target, Realm realm, string name, NativeCode getter, NativeCode? setter = null) =>
        target.FastAddAccessor(name,
            new JsNativeFunction(realm, "get " + name, 0, getter),
            setter == null ? null : new JsNativeFunction(realm, "set " + name, 1, setter),
            PropertyFlags.Configurable);

    /// <summary>
    /// Makes a constructor: `prototype` (non-writable, non-enumerable, non-configurable) and
    /// prototype.constructor linked, and the global defined (non-enumerable).
    /// </summary>
    public static JsNativeFunction DefineConstructor(Realm realm, string name, int length, JsObject prototype,
        NativeCode call, NativeConstruct? construct, bool global = true)
    {
        var ctor = new JsNativeFunction(realm, name, length, call, construct);
        ctor.FastAddProperty("prototype", JsValue.FromObject(prototype), PropertyFlags.None);
        prototype.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Writable | PropertyFlags.Configurable);
        if (global) realm.DefineGlobal(name, JsValue.FromObject(ctor));
        return ctor;
    }

    /// <summary>The argument at index i, or undefined.</summary>
    public static JsValue Arg(this ReadOnlySpan<JsValue> args, int i) => i < args.Length ? args[i] : JsValue.Undefined;
}
