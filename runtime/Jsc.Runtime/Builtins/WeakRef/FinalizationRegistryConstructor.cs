using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A FinalizationRegistry instance: https://tc39.es/ecma262/#sec-finalization-registry-objects.
/// Each registered target gets a watcher object in a ConditionalWeakTable keyed by the
/// target: when the target is collected the watcher becomes garbage too, and its .NET
/// finalizer posts the cleanup callbacks to the event loop (HostEnqueueFinalizationRegistryCleanupJob).
/// Like node, a pending cleanup never keeps the process alive.
/// </summary>
public sealed class JsFinalizationRegistry : JsObject
{
    internal sealed class Cell(JsValue held, object? token)
    {
        public readonly JsValue Held = held;
        public readonly object? Token = token;
        public bool Unregistered;
    }

    /// <summary>Lives exactly as long as its target; its finalizer reports the target's collection.</summary>
    sealed class Watcher(JsFinalizationRegistry registry)
    {
        public readonly List<Cell> Cells = new();

        ~Watcher() => registry._loop.Post(() => registry.Cleanup(Cells));
    }

    readonly JsFunction _cleanup;
    readonly Loop.EventLoop _loop;
    readonly ConditionalWeakTable<object, Watcher> _watchers = new();
    readonly ConditionalWeakTable<object, List<Cell>> _byToken = new();

    public JsFinalizationRegistry(JsObject prototype, JsFunction cleanup, Loop.EventLoop loop) : base(prototype)
    {
        _cleanup = cleanup;
        _loop = loop;
    }

    public override string ClassName => "FinalizationRegistry";

    internal void Register(object target, JsValue held, object? token)
    {
        var cell = new Cell(held, token);
        _watchers.GetValue(target, _ => new Watcher(this)).Cells.Add(cell);
        if (token != null) _byToken.GetValue(token, _ => new List<Cell>()).Add(cell);
    }

    internal bool Unregister(object token)
    {
        if (!_byToken.TryGetValue(token, out var cells)) return false;
        _byToken.Remove(token);
        bool removed = false;
        foreach (var cell in cells)
        {
            removed |= !cell.Unregistered;
            cell.Unregistered = true;
        }
        return removed;
    }

    /// <summary>https://tc39.es/ecma262/#sec-cleanup-finalization-registry</summary>
    void Cleanup(List<Cell> cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Unregistered) continue;
            cell.Unregistered = true;
            _cleanup.Call(JsValue.Undefined, [cell.Held]);
        }
    }
}

/// <summary>The FinalizationRegistry constructor and prototype: https://tc39.es/ecma262/#sec-finalization-registry-constructor</summary>
public static class FinalizationRegistryConstructor
{
    public static void Install(Realm realm)
    {
        var proto = KeyedCollectionIntrinsics.Of(realm).FinalizationRegistryPrototype = new JsObject(realm.ObjectPrototype);
        BuiltinTable.DefineConstructor(realm, "FinalizationRegistry", 1, proto,
            (_, _) => Throw.TypeError<JsValue>("Constructor FinalizationRegistry requires 'new'"), Construct);
        proto.DefineMethods(realm,
            new BuiltinMethod("register", 2, Register),
            new BuiltinMethod("unregister", 1, Unregister));
        proto.DefineToStringTag("FinalizationRegistry");
    }

    /// <summary>https://tc39.es/ecma262/#sec-finalization-registry-cleanup-callback</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (args.Arg(0).Ref is not JsFunction cleanup) return Throw.TypeError<JsValue>("FinalizationRegistry: cleanup must be callable");
        var realm = Realm.Current;
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, KeyedCollectionIntrinsics.Of(realm).FinalizationRegistryPrototype);
        return new JsFinalizationRegistry(proto, cleanup, realm.EventLoop);
    }

    static JsFinalizationRegistry This(JsValue thisValue, string method) =>
        thisValue.Ref as JsFinalizationRegistry
        ?? Throw.TypeError<JsFinalizationRegistry>($"Method FinalizationRegistry.prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    /// <summary>https://tc39.es/ecma262/#sec-finalization-registry.prototype.register</summary>
    static JsValue Register(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var registry = This(thisValue, "register");
        JsValue target = args.Arg(0), held = args.Arg(1), token = args.Arg(2);
        if (!JsWeakCollection.CanBeHeldWeakly(target)) Throw.TypeError("FinalizationRegistry.prototype.register: invalid target");
        if (Comparison.SameValue(target, held)) Throw.TypeError("FinalizationRegistry.prototype.register: target and holdings must not be same");
        if (!token.IsUndefined && !JsWeakCollection.CanBeHeldWeakly(token)) Throw.TypeError($"Invalid unregisterToken ('{Describe(token)}')");
        registry.Register(target.Ref!, held, token.IsUndefined ? null : token.Ref);
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-finalization-registry.prototype.unregister</summary>
    static JsValue Unregister(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var registry = This(thisValue, "unregister");
        var token = args.Arg(0);
        if (!JsWeakCollection.CanBeHeldWeakly(token)) Throw.TypeError($"Invalid unregisterToken ('{Describe(token)}')");
        return registry.Unregister(token.Ref!);
    }

    static string Describe(JsValue value) => value.IsSymbol ? value.Symbol.ToString() : TypeConversion.ToString(value);
}
