using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>Helpers for function prologues and literals in emitted code.</summary>
public static class FunctionOperations
{
    /// <summary>https://tc39.es/ecma262/#sec-ordinarycallbindthis — sloppy functions see the global object for undefined/null and wrappers for primitives.</summary>
    public static JsValue CoerceThisSloppy(JsValue thisValue)
    {
        if (thisValue.IsObject) return thisValue;
        if (thisValue.IsNullOrUndefined) return JsValue.FromObject(Realm.Current.GlobalObject);
        return JsValue.FromObject(TypeConversion.ToObject(thisValue));
    }

    public static void CheckStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) Throw.StackOverflow();
    }

    public static JsValue NewClosure(FunctionInfo info, object? env) => JsValue.FromObject(new JsClosure(info, env));

    public static JsValue NewArrow(FunctionInfo info, object? env, JsValue lexicalThis) => JsValue.FromObject(new JsClosure(info, env, lexicalThis));

    /// <summary>The closure a direct call passes to the function's method.</summary>
    public static JsClosure AsClosure(JsValue function) => (JsClosure)function.Object;

    public static JsValue NewObject() => JsValue.FromObject(new JsObject(Realm.Current.ObjectPrototype));

    public static JsValue NewArray(JsValue[] items) => JsValue.FromObject(new JsArray(Realm.Current.ArrayPrototype, items));

    /// <summary>Adds `key: value` to an object literal under construction, reusing the site's shape transition.</summary>
    public static void AddLiteralProperty(JsValue target, JsValue value, PropertySite site)
    {
        var o = target.Object;
        var add = site.AddCache;
        if (add != null && ReferenceEquals(o._shape, add.From))
        {
            o.AppendSlot(add.To, value);
            return;
        }
        var before = o._shape;
        o.CreateDataProperty(site.Key, value);
        var after = o._shape;
        if (before != null && after != null && after.Parent == before) site.AddCache = new PropertySite.AddEntry(before, after, []);
    }

    /// <summary>`[key]: value`, or a literal key that is not an identifier-like name.</summary>
    public static void AddComputedProperty(JsValue target, JsValue key, JsValue value) =>
        target.Object.CreateDataProperty(TypeConversion.ToPropertyKey(key), value);

    /// <summary>`[key]: function () {}`, `[key]: () => {}` or `[key]() {}` in a literal: the anonymous function takes the key as its name.</summary>
    public static void AddComputedFunction(JsValue target, JsValue key, JsValue value)
    {
        var propertyKey = TypeConversion.ToPropertyKey(key);
        if (value.Object is JsClosure closure) closure.SetFunctionName(propertyKey, null);
        target.Object.CreateDataProperty(propertyKey, value);
    }

    /// <summary>`get key() {}` / `set key(v) {}` in a literal.</summary>
    public static void AddAccessor(JsValue target, JsValue key, JsValue function, bool isGetter)
    {
        var o = target.Object;
        var propertyKey = TypeConversion.ToPropertyKey(key);
        var fn = (JsFunction)function.Object;
        if (fn is JsClosure closure) closure.SetFunctionName(propertyKey, isGetter ? "get" : "set");
        var existing = o.GetOwnProperty(propertyKey);
        var desc = new PropertyDescriptor { HasEnumerable = true, Enumerable = true, HasConfigurable = true, Configurable = true };
        if (isGetter) { desc.Getter = fn; desc.HasGet = true; if (existing is { IsAccessorDescriptor: true }) { desc.Setter = existing.Setter; desc.HasSet = true; } }
        else { desc.Setter = fn; desc.HasSet = true; if (existing is { IsAccessorDescriptor: true }) { desc.Getter = existing.Getter; desc.HasGet = true; } }
        o.DefineOwnProperty(propertyKey, desc);
    }

    /// <summary>Annex B `__proto__: value` in an object literal.</summary>
    public static void SetLiteralPrototype(JsValue target, JsValue proto)
    {
        if (proto.IsObject) target.Object.SetPrototypeOf(proto.Object);
        else if (proto.IsNull) target.Object.SetPrototypeOf(null);
    }

    /// <summary>A regular expression literal: always the built-in RegExp, whatever the global now holds.</summary>
    public static JsValue NewRegExp(string pattern, string flags) =>
        JsValue.FromObject(Builtins.RegExpConstructor.FromLiteral(pattern, flags));

    /// <summary>Where a mapped `arguments` object keeps the parameters.</summary>
    public static JsValue[] ArgumentsSlots(JsValue arguments) => ((ArgumentsObject)arguments.Object).Slots;
}
