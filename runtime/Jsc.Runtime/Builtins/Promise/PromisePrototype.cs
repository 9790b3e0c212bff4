using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>Promise.prototype: https://tc39.es/ecma262/#sec-properties-of-the-promise-prototype-object</summary>
public static class PromisePrototype
{
    public static void Install(Realm realm, JsObject proto, PromiseIntrinsics intrinsics)
    {
        proto.DefineMethods(realm,
            new BuiltinMethod("then", 2, Then),
            new BuiltinMethod("catch", 1, Catch),
            new BuiltinMethod("finally", 1, Finally));
        proto.DefineToStringTag("Promise");
        intrinsics.Then = (JsFunction)proto.Get("then").Object;
    }

    /// <summary>https://tc39.es/ecma262/#sec-promise.prototype.then</summary>
    static JsValue Then(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not JsPromise promise)
            return Throw.TypeError<JsValue>($"Method Promise.prototype.then called on incompatible receiver {Inspect.Brief(thisValue)}");
        var c = PromiseConstructor.SpeciesConstructor(promise, PromiseIntrinsics.Of(Realm.Current).Constructor);
        var capability = PromiseCapability.New(c);
        promise.PerformThen(new PromiseReaction(capability, OnlyCallable(args.Arg(0)), OnlyCallable(args.Arg(1))));
        return capability.Promise;
    }

    static JsValue OnlyCallable(JsValue handler) => handler.Ref is JsFunction ? handler : JsValue.Undefined;

    /// <summary>https://tc39.es/ecma262/#sec-promise.prototype.catch</summary>
    static JsValue Catch(JsValue thisValue, ReadOnlySpan<JsValue> args) => Invoke(thisValue, "then", JsValue.Undefined, args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-invoke: `value.name(a, b)`.</summary>
    internal static JsValue Invoke(JsValue value, string name, JsValue a, JsValue b)
    {
        var method = ArrayAlgorithms.GetV(value, name);
        if (method.Ref is not JsFunction f) return Throw.TypeError<JsValue>($"{Inspect.Brief(method)} is not a function");
        return f.Call(value, [a, b]);
    }

    /// <summary>https://tc39.es/ecma262/#sec-promise.prototype.finally</summary>
    static JsValue Finally(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not JsObject promise) return Throw.TypeError<JsValue>("Promise.prototype.finally called on non-object");
        var realm = Realm.Current;
        var c = PromiseConstructor.SpeciesConstructor(promise, PromiseIntrinsics.Of(realm).Constructor).Object;
        var onFinally = args.Arg(0);
        if (onFinally.Ref is not JsFunction onFinallyFn) return Invoke(thisValue, "then", onFinally, onFinally);
        var thenFinally = new JsNativeFunction(realm, "", 1, (_, a) =>
        {
            var value = a.Arg(0);
            var result = onFinallyFn.Call(JsValue.Undefined, ReadOnlySpan<JsValue>.Empty);
            var p = PromiseConstructor.PromiseResolve(c, result);
            var valueThunk = new JsNativeFunction(Realm.Current, "", 0, (_, _) => value);
            return Invoke(p, "then", JsValue.FromObject(valueThunk), JsValue.Undefined);
        });
        var catchFinally = new JsNativeFunction(realm, "", 1, (_, a) =>
        {
            var reason = a.Arg(0);
            var result = onFinallyFn.Call(JsValue.Undefined, ReadOnlySpan<JsValue>.Empty);
            var p = PromiseConstructor.PromiseResolve(c, result);
            var thrower = new JsNativeFunction(Realm.Current, "", 0, (_, _) => throw new JsException(reason));
            return Invoke(p, "then", JsValue.FromObject(thrower), JsValue.Undefined);
        });
        return Invoke(thisValue, "then", JsValue.FromObject(thenFinally), JsValue.FromObject(catchFinally));
    }
}
