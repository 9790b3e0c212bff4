using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// Names that no enclosing scope declares resolve on the global object
/// (https://tc39.es/ecma262/#sec-global-environment-records), through the same inline
/// caches as property access.
/// </summary>
public static class GlobalOperations
{
    public static JsValue Get(PropertySite site)
    {
        var global = Realm.Current.GlobalObject;
        var entry = site.Cache;
        if (ReferenceEquals(global._shape, entry.Receiver) && entry.Holder == null) return global._slots[entry.Slot];
        var value = ObjectOperations.GetMember(JsValue.FromObject(global), site);
        if (value.IsUndefined && !global.HasProperty(site.Key)) Throw.ReferenceError($"{site.Name} is not defined");
        return value;
    }

    /// <summary>`typeof name` never throws for an undeclared name.</summary>
    public static JsValue TypeOf(PropertySite site)
    {
        var global = Realm.Current.GlobalObject;
        return JsValue.FromString(ObjectOperations.GetMember(JsValue.FromObject(global), site).TypeOf());
    }

    /// <summary>Assignment to an undeclared name: creates a global in sloppy code, a ReferenceError in strict code.</summary>
    public static void Set(PropertySite site, JsValue value, bool strict)
    {
        var global = Realm.Current.GlobalObject;
        if (strict && !global.HasProperty(site.Key)) Throw.ReferenceError($"{site.Name} is not defined");
        ObjectOperations.SetMember(JsValue.FromObject(global), value, site, strict);
    }

    public static bool Delete(PropertySite site) => Realm.Current.GlobalObject.Delete(site.Key);

    /// <summary>Script-mode `var` and function declarations: https://tc39.es/ecma262/#sec-createglobalvarbinding</summary>
    public static void DeclareVar(string name, bool deletable)
    {
        // Eval code's vars can be deleted; a script's cannot.
        var global = Realm.Current.GlobalObject;
        if (!global.HasOwnPropertyFast(name) && global.IsExtensible())
            global.DefineOwnProperty(name, PropertyDescriptor.Data(JsValue.Undefined,
                PropertyFlags.Writable | PropertyFlags.Enumerable | (deletable ? PropertyFlags.Configurable : 0)));
    }

    /// <summary>CreateGlobalFunctionBinding (https://tc39.es/ecma262/#sec-createglobalfunctionbinding): eval code's can be deleted.</summary>
    /// <summary>
    /// GlobalDeclarationInstantiation / EvalDeclarationInstantiation: each function name must pass
    /// CanDeclareGlobalFunction before anything is declared: https://tc39.es/ecma262/#sec-candeclareglobalfunction
    /// </summary>
    public static void CheckDeclarableFunctions(string[] names)
    {
        var global = Realm.Current.GlobalObject;
        foreach (var name in names)
        {
            var existing = global.GetOwnProperty(name);
            bool definable = existing == null ? global.IsExtensible()
                : existing.Configurable || existing.IsDataDescriptor && existing.Writable && existing.Enumerable;
            if (!definable) Throw.TypeError($"Identifier '{name}' has already been declared");
        }
    }

    public static void DeclareFunction(string name, JsValue function, bool deletable)
    {
        var global = Realm.Current.GlobalObject;
        var existing = global.GetOwnProperty(name);
        if (existing == null || existing.Configurable)
            global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(function,
                PropertyFlags.Writable | PropertyFlags.Enumerable | (deletable ? PropertyFlags.Configurable : 0)));
        else
            global.Set(name, function, true);
    }
}
