using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The Promise constructor and its static methods: https://tc39.es/ecma262/#sec-promise-constructor</summary>
public static class PromiseConstructor
{
    public static void Install(Realm realm)
    {
        var intrinsics = PromiseIntrinsics.Of(realm);
        var proto = intrinsics.Prototype = new JsObject(realm.ObjectPrototype);
        var ctor = BuiltinTable.DefineConstructor(realm, "Promise", 1, proto,
            (_, _) => Throw.TypeError<JsValue>("Promise constructor cannot be invoked without 'new'"), Construct);
        intrinsics.Constructor = ctor;
        ctor.DefineMethods(realm,
            new BuiltinMethod("all", 1, PromiseCombinators.All),
            new BuiltinMethod("allSettled", 1, PromiseCombinators.AllSettled),
            new BuiltinMethod("any", 1, PromiseCombinators.Any),
            new BuiltinMethod("race", 1, PromiseCombinators.Race),
            new BuiltinMethod("resolve", 1, Resolve),
            new BuiltinMethod("reject", 1, Reject));
        MapConstructor.DefineSpecies(ctor, realm);
        PromisePrototype.Install(realm, proto, intrinsics);
        realm.EventLoop.AfterJobs = intrinsics.Tracker.Process;
    }

    /// <summary>https://tc39.es/ecma262/#sec-promise-executor</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var executor = args.Arg(0);
        if (executor.Ref is not JsFunction executorFn) return Throw.TypeError<JsValue>($"Promise resolver {Inspect.Brief(executor)} is not a function");
        var promise = new JsPromise(JsFunction.GetPrototypeFromConstructor(newTarget, PromiseIntrinsics.Of(Realm.Current).Prototype));
        var (resolve, reject) = PromiseResolvingFunctions.Create(promise);
        try
        {
            executorFn.Call(JsValue.Undefined, [JsValue.FromObject(resolve), JsValue.FromObject(reject)]);
        }
        catch (JsException e)
        {
            reject.Call(JsValue.Undefined, [e.Value]);
        }
        return promise;
    }

    /// <summary>https://tc39.es/ecma262/#sec-promise.resolve</summary>
    static JsValue Resolve(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (!thisValue.IsObject) return Throw.TypeError<JsValue>("PromiseResolve called on non-object");
        return PromiseResolve(thisValue.Object, args.Arg(0));
    }

    /// <summary>https://tc39.es/ecma262/#sec-promise-resolve</summary>
    public static JsValue PromiseResolve(JsObject c, JsValue x)
    {
        if (x.Ref is JsPromise && x.Object.Get("constructor").Ref is JsObject xConstructor && ReferenceEquals(xConstructor, c)) return x;
        var capability = PromiseCapability.New(c);
        capability.Resolve(x);
        return capability.Promise;
    }

    /// <summary>https://tc39.es/ecma262/#sec-promise.reject</summary>
    static JsValue Reject(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (!thisValue.IsObject) return Throw.TypeError<JsValue>("PromiseReject called on non-object");
        var capability = PromiseCapability.New(thisValue);
        capability.Reject(args.Arg(0));
        return capability.Promise;
    }

    /// <summary>https://tc39.es/ecma262/#sec-speciesconstructor</summary>
    public static JsValue SpeciesConstructor(JsObject o, JsObject defaultConstructor)
    {
        var c = o.Get("constructor");
        if (c.IsUndefined) return defaultConstructor;
        if (c.Ref is not JsObject co) return Throw.TypeError<JsValue>("The .constructor property is not an object");
        var s = co.Get(JsSymbol.Species);
        if (s.IsNullOrUndefined) return defaultConstructor;
        if (s.Ref is JsFunction { IsConstructor: true }) return s;
        return Throw.TypeError<JsValue>("object.constructor[Symbol.species] is not a constructor");
    }
}

/// <summary>The Promise intrinsics that <see cref="Realm"/> has no field for, one instance per realm.</summary>
public sealed class PromiseIntrinsics
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, PromiseIntrinsics> ByRealm = new();

    /// <summary>%Promise%</summary>
    public JsFunction Constructor = null!;
    /// <summary>%Promise.prototype%</summary>
    public JsObject Prototype = null!;
    /// <summary>%Promise.prototype.then%</summary>
    public JsFunction Then = null!;
    /// <summary>%AggregateError.prototype%</summary>
    public JsObject AggregateErrorPrototype = null!;
    /// <summary>HostPromiseRejectionTracker's state: which rejected promises nobody handled.</summary>
    public readonly PromiseRejectionTracker Tracker = new();

    public static PromiseIntrinsics Of(Realm realm) => ByRealm.GetValue(realm, _ => new PromiseIntrinsics());
}
