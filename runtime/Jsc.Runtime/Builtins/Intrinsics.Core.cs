using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

public static partial class Intrinsics
{
    /// <summary>
    /// Order matters where V8's property order shows: each prototype's `constructor` comes
    /// first, and the global functions exist before Number reuses parseInt and parseFloat.
    /// </summary>
    static partial void InstallCore(Realm realm)
    {
        ObjectConstructor.Install(realm);
        ObjectPrototype.Install(realm);
        FunctionPrototype.Install(realm);
        FunctionConstructor.Install(realm);
        FunctionPrototype.InstallMethods(realm);
        ErrorConstructor.Install(realm);
        BooleanConstructor.Install(realm);
        SymbolConstructor.Install(realm);
        GlobalFunctions.Install(realm);
        UriFunctions.Install(realm);
        NumberConstructor.Install(realm);
        NumberPrototype.Install(realm);
        BigIntConstructor.Install(realm);
        MathObject.Install(realm);
        JsonObject.Install(realm);
        ReflectObject.Install(realm);
        ProxyConstructor.Install(realm);
    }
}

/// <summary>Small installation helpers the core built-ins share, next to <see cref="BuiltinTable"/>.</summary>
public static class CoreBuiltins
{
    /// <summary>A symbol-keyed method such as `[Symbol.hasInstance]`, named as V8 names it.</summary>
    public static void DefineSymbolMethod(this JsObject target, Realm realm, JsSymbol symbol, int length, NativeCode code,
        PropertyFlags flags = PropertyFlags.Writable | PropertyFlags.Configurable)
    {
        var name = "[" + symbol.Description + "]";
        target.FastAddProperty(symbol, JsValue.FromObject(new JsNativeFunction(realm, name, length, code)), flags);
    }

    /// <summary>Constants such as Number.EPSILON and Math.PI: non-writable, non-enumerable, non-configurable.</summary>
    public static void DefineConstants(this JsObject target, params (string Name, JsValue Value)[] constants)
    {
        foreach (var (name, value) in constants) target.FastAddProperty(name, value, PropertyFlags.None);
    }

    /// <summary>`[Symbol.toStringTag]`: non-writable, non-enumerable, configurable.</summary>
    public static void DefineToStringTag(this JsObject target, string tag) =>
        target.FastAddProperty(JsSymbol.ToStringTag, tag, PropertyFlags.Configurable);

    /// <summary>https://tc39.es/ecma262/#sec-createarrayfromlist</summary>
    public static JsArray CreateArrayFromList(IEnumerable<JsValue> items) =>
        new(Realm.Current.ArrayPrototype, items.ToArray());
}
