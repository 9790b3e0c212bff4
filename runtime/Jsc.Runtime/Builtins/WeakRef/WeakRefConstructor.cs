using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A WeakRef instance: https://tc39.es/ecma262/#sec-weak-ref-objects. The target is held by a
/// .NET weak reference; KeepDuringJob keeps it strongly until the current callback and its
/// jobs are over (ClearKeptObjects runs as the loop's next posted callback).
/// </summary>
public sealed class JsWeakRef(JsObject prototype, object target) : JsObject(prototype)
{
    readonly WeakReference<object> _target = new(target);

    public override string ClassName => "WeakRef";

    public JsValue Deref()
    {
        if (!_target.TryGetTarget(out var target)) return JsValue.Undefined;
        WeakRefConstructor.KeepDuringJob(target);
        return target is JsSymbol s ? JsValue.FromSymbol(s) : JsValue.FromObject((JsObject)target);
    }
}

/// <summary>The WeakRef constructor and prototype: https://tc39.es/ecma262/#sec-weak-ref-constructor</summary>
public static class WeakRefConstructor
{
    public static void Install(Realm realm)
    {
        var proto = KeyedCollectionIntrinsics.Of(realm).WeakRefPrototype = new JsObject(realm.ObjectPrototype);
        BuiltinTable.DefineConstructor(realm, "WeakRef", 1, proto,
            (_, _) => Throw.TypeError<JsValue>("Constructor WeakRef requires 'new'"), Construct);
        proto.DefineMethods(realm, new BuiltinMethod("deref", 0, Deref));
        proto.DefineToStringTag("WeakRef");
    }

    /// <summary>https://tc39.es/ecma262/#sec-weak-ref-target</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var target = args.Arg(0);
        if (!JsWeakCollection.CanBeHeldWeakly(target)) return Throw.TypeError<JsValue>("WeakRef: invalid target");
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, KeyedCollectionIntrinsics.Of(Realm.Current).WeakRefPrototype);
        KeepDuringJob(target.Ref!);
        return new JsWeakRef(proto, target.Ref!);
    }

    /// <summary>https://tc39.es/ecma262/#sec-weak-ref.prototype.deref</summary>
    static JsValue Deref(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        (thisValue.Ref as JsWeakRef ?? Throw.TypeError<JsWeakRef>($"Method WeakRef.prototype.deref called on incompatible receiver {Inspect.Brief(thisValue)}")).Deref();

    [ThreadStatic] static List<object>? _kept;

    /// <summary>https://tc39.es/ecma262/#sec-addtokeptobjects</summary>
    internal static void KeepDuringJob(object target)
    {
        if (_kept == null)
        {
            _kept = new List<object>();
            // ClearKeptObjects (https://tc39.es/ecma262/#sec-clear-kept-objects) once this callback's jobs are done.
            var kept = _kept;
            Realm.Current.EventLoop.Post(() => { kept.Clear(); if (ReferenceEquals(_kept, kept)) _kept = null; });
        }
        _kept.Add(target);
    }
}
