using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>A Proxy exotic object (https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots),
/// callable or not: both kinds keep their [[ProxyTarget]] and [[ProxyHandler]] in a <see cref="ProxyState"/>.</summary>
public interface IProxyObject
{
    ProxyState State { get; }
}

/// <summary>[[ProxyTarget]] and [[ProxyHandler]]; both null once the proxy is revoked.</summary>
public sealed class ProxyState(JsObject target, JsObject handler)
{
    public JsObject? Target = target;
    public JsObject? Handler = handler;

    public void Revoke()
    {
        Target = null;
        Handler = null;
    }

    /// <summary>The target, or V8's TypeError for an operation on a revoked proxy.</summary>
    public JsObject RequireTarget(string operation) =>
        Target ?? Throw.TypeError<JsObject>($"Cannot perform '{operation}' on a proxy that has been revoked");
}

/// <summary>A proxy of a non-callable target: typeof is "object".</summary>
public sealed class JsProxyObject(ProxyState state) : JsObject, IProxyObject
{
    public ProxyState State { get; } = state;
    public override string ClassName => "Object";
    protected internal override bool IsOrdinaryKey(PropertyKey key) => false;
    public override JsObject? GetPrototypeOf() => ProxyInternalMethods.GetPrototypeOf(State);
    public override bool SetPrototypeOf(JsObject? proto) => ProxyInternalMethods.SetPrototypeOf(State, proto);
    public override bool IsExtensible() => ProxyInternalMethods.IsExtensible(State);
    public override bool PreventExtensions() => ProxyInternalMethods.PreventExtensions(State);
    public override PropertyDescriptor? GetOwnProperty(PropertyKey key) => ProxyInternalMethods.GetOwnProperty(State, key);
    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc) => ProxyInternalMethods.DefineOwnProperty(State, key, desc);
    public override bool HasProperty(PropertyKey key) => ProxyInternalMethods.HasProperty(State, key);
    public override bool HasOwnPropertyFast(PropertyKey key) => GetOwnProperty(key) != null;
    public override JsValue Get(PropertyKey key, JsValue receiver) => ProxyInternalMethods.Get(State, key, receiver);
    public override bool Set(PropertyKey key, JsValue value, JsValue receiver) => ProxyInternalMethods.Set(State, key, value, receiver);
    public override bool CreateDataProperty(PropertyKey key, JsValue value) => DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default));
    public override bool Delete(PropertyKey key) => ProxyInternalMethods.Delete(State, key);
    public override List<PropertyKey> OwnPropertyKeys() => ProxyInternalMethods.OwnPropertyKeys(State);
}

/// <summary>A proxy of a callable target: typeof is "function"; [[Call]] and [[Construct]] go through the apply and construct traps.</summary>
public sealed class JsProxyFunction(ProxyState state, bool isConstructor) : JsFunction, IProxyObject
{
    public ProxyState State { get; } = state;
    readonly bool _isConstructor = isConstructor;
    public override bool IsConstructor => _isConstructor;
    public override string DisplayName => State.Target is JsFunction f ? f.DisplayName : "";
    protected internal override bool IsOrdinaryKey(PropertyKey key) => false;
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) => ProxyInternalMethods.Call(State, thisValue, args);
    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) => ProxyInternalMethods.Construct(State, args, newTarget);
    public override JsObject? GetPrototypeOf() => ProxyInternalMethods.GetPrototypeOf(State);
    public override bool SetPrototypeOf(JsObject? proto) => ProxyInternalMethods.SetPrototypeOf(State, proto);
    public override bool IsExtensible() => ProxyInternalMethods.IsExtensible(State);
    public override bool PreventExtensions() => ProxyInternalMethods.PreventExtensions(State);
    public override PropertyDescriptor? GetOwnProperty(PropertyKey key) => ProxyInternalMethods.GetOwnProperty(State, key);
    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc) => ProxyInternalMethods.DefineOwnProperty(State, key, desc);
    public override bool HasProperty(PropertyKey key) => ProxyInternalMethods.HasProperty(State, key);
    public override bool HasOwnPropertyFast(PropertyKey key) => GetOwnProperty(key) != null;
    public override JsValue Get(PropertyKey key, JsValue receiver) => ProxyInternalMethods.Get(State, key, receiver);
    public override bool Set(PropertyKey key, JsValue value, JsValue receiver) => ProxyInternalMethods.Set(State, key, value, receiver);
    public override bool CreateDataProperty(PropertyKey key, JsValue value) => DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default));
    public override bool Delete(PropertyKey key) => ProxyInternalMethods.Delete(State, key);
    public override List<PropertyKey> OwnPropertyKeys() => ProxyInternalMethods.OwnPropertyKeys(State);
}
