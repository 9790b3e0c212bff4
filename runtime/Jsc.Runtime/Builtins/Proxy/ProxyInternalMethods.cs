using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The internal methods of Proxy exotic objects (https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots):
/// each calls its handler's trap, or the target's own internal method when the handler has none, and
/// checks the trap's result against the target's invariants, with V8's TypeError messages.
/// </summary>
public static class ProxyInternalMethods
{
    /// <summary>GetMethod(handler, name), after the revocation check.</summary>
    static JsFunction? Trap(ProxyState state, string name, out JsObject target)
    {
        var handler = state.Handler ?? Throw.TypeError<JsObject>($"Cannot perform '{name}' on a proxy that has been revoked");
        target = state.Target!;
        var trap = handler.Get(name);
        if (trap.IsNullOrUndefined) return null;
        return trap.AsObject as JsFunction
            ?? Throw.TypeError<JsFunction>($"'{Inspect.Brief(trap)}' returned for property '{name}' of object '#<Object>' is not a function");
    }

    static JsValue CallTrap(JsFunction trap, ProxyState state, params JsValue[] args) => trap.Call(JsValue.FromObject(state.Handler!), args);

    static JsValue Value(JsObject? o) => o == null ? JsValue.Null : JsValue.FromObject(o);

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getprototypeof</summary>
    public static JsObject? GetPrototypeOf(ProxyState state)
    {
        var trap = Trap(state, "getPrototypeOf", out var target);
        if (trap == null) return target.GetPrototypeOf();
        var result = CallTrap(trap, state, JsValue.FromObject(target));
        if (!result.IsObject && !result.IsNull) Throw.TypeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
        if (target.IsExtensible()) return result.AsObject;
        if (!ReferenceEquals(result.AsObject, target.GetPrototypeOf()))
            Throw.TypeError("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
        return result.AsObject;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-setprototypeof-v</summary>
    public static bool SetPrototypeOf(ProxyState state, JsObject? proto)
    {
        var trap = Trap(state, "setPrototypeOf", out var target);
        if (trap == null) return target.SetPrototypeOf(proto);
        if (!TypeConversion.ToBoolean(CallTrap(trap, state, JsValue.FromObject(target), Value(proto)))) return false;
        if (target.IsExtensible()) return true;
        if (!ReferenceEquals(proto, target.GetPrototypeOf()))
            Throw.TypeError("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-isextensible</summary>
    public static bool IsExtensible(ProxyState state)
    {
        var trap = Trap(state, "isExtensible", out var target);
        if (trap == null) return target.IsExtensible();
        bool result = TypeConversion.ToBoolean(CallTrap(trap, state, JsValue.FromObject(target)));
        bool actual = target.IsExtensible();
        if (result != actual)
            Throw.TypeError($"'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{(actual ? "true" : "false")}')");
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-preventextensions</summary>
    public static bool PreventExtensions(ProxyState state)
    {
        var trap = Trap(state, "preventExtensions", out var target);
        if (trap == null) return target.PreventExtensions();
        bool result = TypeConversion.ToBoolean(CallTrap(trap, state, JsValue.FromObject(target)));
        if (result && target.IsExtensible()) Throw.TypeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p</summary>
    public static PropertyDescriptor? GetOwnProperty(ProxyState state, PropertyKey key)
    {
        var trap = Trap(state, "getOwnPropertyDescriptor", out var target);
        if (trap == null) return target.GetOwnProperty(key);
        var result = CallTrap(trap, state, JsValue.FromObject(target), key.ToJsValue());
        if (!result.IsObject && !result.IsUndefined)
            Throw.TypeError($"'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '{key}'");
        var targetDesc = target.GetOwnProperty(key);
        if (result.IsUndefined)
        {
            if (targetDesc == null) return null;
            if (!targetDesc.Configurable)
                Throw.TypeError($"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{key}' which is non-configurable in the proxy target");
            if (!target.IsExtensible())
                Throw.TypeError($"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{key}' which exists in the non-extensible proxy target");
            return null;
        }
        var desc = Complete(ObjectAlgorithms.ToPropertyDescriptor(result));
        if (!IsCompatible(target.IsExtensible(), desc, targetDesc))
            Throw.TypeError($"'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '{key}' that is incompatible with the existing property in the proxy target");
        if (!desc.Configurable && (targetDesc == null || targetDesc.Configurable))
            Throw.TypeError($"'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '{key}' which is either non-existent or configurable in the proxy target");
        return desc;
    }

    /// <summary>https://tc39.es/ecma262/#sec-completepropertydescriptor</summary>
    static PropertyDescriptor Complete(PropertyDescriptor desc)
    {
        if (desc.IsGenericDescriptor || desc.IsDataDescriptor)
        {
            if (!desc.HasValue) { desc.Value = JsValue.Undefined; desc.HasValue = true; }
            desc.HasWritable = true;
        }
        else
        {
            desc.HasGet = true;
            desc.HasSet = true;
        }
        desc.HasEnumerable = true;
        desc.HasConfigurable = true;
        return desc;
    }

    /// <summary>https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor — ValidateAndApplyPropertyDescriptor's checks, applying nothing.</summary>
    static bool IsCompatible(bool extensible, PropertyDescriptor desc, PropertyDescriptor? current)
    {
        if (current == null) return extensible;
        if (current.Configurable) return true;
        if (desc.HasConfigurable && desc.Configurable) return false;
        if (desc.HasEnumerable && desc.Enumerable != current.Enumerable) return false;
        if (!desc.IsGenericDescriptor && desc.IsAccessorDescriptor != current.IsAccessorDescriptor) return false;
        if (current.IsAccessorDescriptor)
            return !(desc.HasGet && !ReferenceEquals(desc.Getter, current.Getter)) && !(desc.HasSet && !ReferenceEquals(desc.Setter, current.Setter));
        if (current.Writable) return true;
        return !(desc.HasWritable && desc.Writable) && !(desc.HasValue && !Comparison.SameValue(desc.Value, current.Value));
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-defineownproperty-p-desc</summary>
    public static bool DefineOwnProperty(ProxyState state, PropertyKey key, PropertyDescriptor desc)
    {
        var trap = Trap(state, "defineProperty", out var target);
        if (trap == null) return target.DefineOwnProperty(key, desc);
        var descObject = ObjectAlgorithms.FromPropertyDescriptor(desc);
        if (!TypeConversion.ToBoolean(CallTrap(trap, state, JsValue.FromObject(target), key.ToJsValue(), descObject))) return false;
        var targetDesc = target.GetOwnProperty(key);
        bool extensible = target.IsExtensible();
        bool settingConfigFalse = desc.HasConfigurable && !desc.Configurable;
        if (targetDesc == null)
        {
            if (!extensible) Throw.TypeError($"'defineProperty' on proxy: trap returned truish for adding property '{key}'  to the non-extensible proxy target");
            if (settingConfigFalse) ThrowNonConfigurable(key);
        }
        else
        {
            if (!IsCompatible(extensible, desc, targetDesc))
                Throw.TypeError($"'defineProperty' on proxy: trap returned truish for adding property '{key}'  that is incompatible with the existing property in the proxy target");
            if (settingConfigFalse && targetDesc.Configurable) ThrowNonConfigurable(key);
        }
        return true;
    }

    static void ThrowNonConfigurable(PropertyKey key) =>
        Throw.TypeError($"'defineProperty' on proxy: trap returned truish for defining non-configurable property '{key}' which is either non-existent or configurable in the proxy target");

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-hasproperty-p</summary>
    public static bool HasProperty(ProxyState state, PropertyKey key)
    {
        var trap = Trap(state, "has", out var target);
        if (trap == null) return target.HasProperty(key);
        bool result = TypeConversion.ToBoolean(CallTrap(trap, state, JsValue.FromObject(target), key.ToJsValue()));
        if (!result && target.GetOwnProperty(key) is { } targetDesc)
        {
            if (!targetDesc.Configurable)
                Throw.TypeError($"'has' on proxy: trap returned falsish for property '{key}' which exists in the proxy target as non-configurable");
            if (!target.IsExtensible())
                Throw.TypeError($"'has' on proxy: trap returned falsish for property '{key}' but the proxy target is not extensible");
        }
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver</summary>
    public static JsValue Get(ProxyState state, PropertyKey key, JsValue receiver)
    {
        var trap = Trap(state, "get", out var target);
        if (trap == null) return target.Get(key, receiver);
        var result = CallTrap(trap, state, JsValue.FromObject(target), key.ToJsValue(), receiver);
        if (target.GetOwnProperty(key) is { Configurable: false } targetDesc)
        {
            if (targetDesc.IsDataDescriptor && !targetDesc.Writable && !Comparison.SameValue(result, targetDesc.Value))
                Throw.TypeError($"'get' on proxy: property '{key}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '{TypeConversion.ToString(targetDesc.Value)}' but got '{TypeConversion.ToString(result)}')");
            if (targetDesc.IsAccessorDescriptor && targetDesc.Getter == null && !result.IsUndefined)
                Throw.TypeError($"'get' on proxy: property '{key}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '{TypeConversion.ToString(result)}')");
        }
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver</summary>
    public static bool Set(ProxyState state, PropertyKey key, JsValue value, JsValue receiver)
    {
        var trap = Trap(state, "set", out var target);
        if (trap == null) return target.Set(key, value, receiver);
        if (!TypeConversion.ToBoolean(CallTrap(trap, state, JsValue.FromObject(target), key.ToJsValue(), value, receiver))) return false;
        if (target.GetOwnProperty(key) is { Configurable: false } targetDesc)
        {
            if (targetDesc.IsDataDescriptor && !targetDesc.Writable && !Comparison.SameValue(value, targetDesc.Value))
                Throw.TypeError($"'set' on proxy: trap returned truish for property '{key}' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
            if (targetDesc.IsAccessorDescriptor && targetDesc.Setter == null)
                Throw.TypeError($"'set' on proxy: trap returned truish for property '{key}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
        }
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-delete-p</summary>
    public static bool Delete(ProxyState state, PropertyKey key)
    {
        var trap = Trap(state, "deleteProperty", out var target);
        if (trap == null) return target.Delete(key);
        if (!TypeConversion.ToBoolean(CallTrap(trap, state, JsValue.FromObject(target), key.ToJsValue()))) return false;
        if (target.GetOwnProperty(key) is { } targetDesc)
        {
            if (!targetDesc.Configurable)
                Throw.TypeError($"'deleteProperty' on proxy: trap returned truish for property '{key}' which is non-configurable in the proxy target");
            if (!target.IsExtensible())
                Throw.TypeError($"'deleteProperty' on proxy: trap returned truish for property '{key}' but the proxy target is non-extensible");
        }
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys</summary>
    public static List<PropertyKey> OwnPropertyKeys(ProxyState state)
    {
        var trap = Trap(state, "ownKeys", out var target);
        if (trap == null) return target.OwnPropertyKeys();
        var list = FunctionPrototype.CreateListFromArrayLike(CallTrap(trap, state, JsValue.FromObject(target)));
        var keys = new List<PropertyKey>(list.Length);
        var seen = new HashSet<PropertyKey>();
        foreach (var item in list)
        {
            if (!item.IsString && !item.IsSymbol) Throw.TypeError($"{Inspect.Brief(item)} is not a valid property name");
            var key = TypeConversion.ToPropertyKey(item);
            if (!seen.Add(key)) Throw.TypeError("'ownKeys' on proxy: trap returned duplicate entries");
            keys.Add(key);
        }
        bool extensible = target.IsExtensible();
        var configurable = new List<PropertyKey>();
        var nonConfigurable = new List<PropertyKey>();
        foreach (var key in target.OwnPropertyKeys())
            (target.GetOwnProperty(key) is { Configurable: false } ? nonConfigurable : configurable).Add(key);
        if (extensible && nonConfigurable.Count == 0) return keys;
        var unchecked_ = new HashSet<PropertyKey>(keys);
        foreach (var key in nonConfigurable)
            if (!unchecked_.Remove(key)) Throw.TypeError($"'ownKeys' on proxy: trap result did not include '{key}'");
        if (extensible) return keys;
        foreach (var key in configurable)
            if (!unchecked_.Remove(key)) Throw.TypeError($"'ownKeys' on proxy: trap result did not include '{key}'");
        if (unchecked_.Count > 0) Throw.TypeError("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
        return keys;
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist</summary>
    public static JsValue Call(ProxyState state, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var trap = Trap(state, "apply", out var target);
        if (trap == null) return ((JsFunction)target).Call(thisValue, args);
        return CallTrap(trap, state, JsValue.FromObject(target), thisValue, JsValue.FromObject(CoreBuiltins.CreateArrayFromList(args.ToArray())));
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-construct-argumentslist-newtarget</summary>
    public static JsValue Construct(ProxyState state, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var trap = Trap(state, "construct", out var target);
        if (trap == null) return ((JsFunction)target).Construct(args, newTarget);
        var result = CallTrap(trap, state, JsValue.FromObject(target), JsValue.FromObject(CoreBuiltins.CreateArrayFromList(args.ToArray())), JsValue.FromObject(newTarget));
        if (!result.IsObject) Throw.TypeError($"'construct' on proxy: trap returned non-object ('{TypeConversion.ToString(result)}')");
        return result;
    }
}
