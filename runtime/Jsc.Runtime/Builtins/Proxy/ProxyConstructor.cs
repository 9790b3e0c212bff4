using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The Proxy constructor and Proxy.revocable (https://tc39.es/ecma262/#sec-proxy-objects). Proxy has no `prototype`.</summary>
public static class ProxyConstructor
{
    public static void Install(Realm realm)
    {
        var proxy = new JsNativeFunction(realm, "Proxy", 2,
            (_, _) => Throw.TypeError<JsValue>("Constructor Proxy requires 'new'"),
            (args, _) => JsValue.FromObject(ProxyCreate(args.Arg(0), args.Arg(1))));
        proxy.DefineMethods(realm, new BuiltinMethod("revocable", 2, Revocable));
        realm.DefineGlobal("Proxy", proxy);
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxycreate</summary>
    public static JsObject ProxyCreate(JsValue target, JsValue handler)
    {
        if (target.AsObject is not { } t || handler.AsObject is not { } h)
            return Throw.TypeError<JsObject>("Cannot create proxy with a non-object as target or handler");
        var state = new ProxyState(t, h);
        return t is JsFunction f ? new JsProxyFunction(state, f.IsConstructor) : new JsProxyObject(state);
    }

    /// <summary>https://tc39.es/ecma262/#sec-proxy.revocable</summary>
    static JsValue Revocable(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var realm = Realm.Current;
        var proxy = ProxyCreate(args.Arg(0), args.Arg(1));
        var state = ((IProxyObject)proxy).State;
        var revoke = new JsNativeFunction(realm, "", 0, (_, _) =>
        {
            state.Revoke();
            return JsValue.Undefined;
        });
        var result = new JsObject(realm.ObjectPrototype);
        result.CreateDataProperty("proxy", JsValue.FromObject(proxy));
        result.CreateDataProperty("revoke", JsValue.FromObject(revoke));
        return JsValue.FromObject(result);
    }
}
