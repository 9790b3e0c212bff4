using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Loop;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Timers;

/// <summary>
/// Timers: https://nodejs.org/docs/v0.8.16/api/timers.html — setTimeout/setInterval give a
/// Timeout object (ref/unref/hasRef/refresh/close, and a number id through
/// Symbol.toPrimitive), setImmediate an Immediate; the callbacks run on the realm's event
/// loop with `this` set to that object and the extra arguments passed on.
/// </summary>
public static class Timers
{
    /// <summary>setTimeout's longest delay (TIMEOUT_MAX); longer or invalid delays become 1 ms.</summary>
    const double TimeoutMax = int.MaxValue;

    sealed class State
    {
        public JsObject TimeoutPrototype = null!;
        public JsObject ImmediatePrototype = null!;
        public readonly Dictionary<double, TimeoutObject> ById = new();
        public double NextId = 1;
        public JsObject Exports = null!;
    }

    static readonly ConditionalWeakTable<Realm, State> states = new();

    static State StateOf(Realm realm) => states.GetValue(realm, Create);

    public static void Install(Realm realm)
    {
        var state = StateOf(realm);
        foreach (var name in new[] { "setTimeout", "clearTimeout", "setInterval", "clearInterval" })
            realm.DefineGlobal(name, state.Exports.Get(name), enumerable: true);
        realm.DefineGlobal("setImmediate", state.Exports.Get("setImmediate"));
        realm.DefineGlobal("clearImmediate", state.Exports.Get("clearImmediate"));
        ModuleLoader.CoreModules.TryAdd("timers", r => JsValue.FromObject(StateOf(r).Exports));
    }

    static State Create(Realm realm)
    {
        var state = new State();
        state.TimeoutPrototype = MakeTimeoutPrototype(realm, state);
        state.ImmediatePrototype = MakeImmediatePrototype(realm);
        var exports = new JsObject(realm.ObjectPrototype);
        exports.DefineMethods(realm,
            new BuiltinMethod("setTimeout", 2, (_, a) => Schedule(realm, state, a, repeat: false)),
            new BuiltinMethod("clearTimeout", 1, (_, a) => Clear(state, a.Arg(0))),
            new BuiltinMethod("setInterval", 2, (_, a) => Schedule(realm, state, a, repeat: true)),
            new BuiltinMethod("clearInterval", 1, (_, a) => Clear(state, a.Arg(0))),
            new BuiltinMethod("setImmediate", 1, (_, a) => Immediate(realm, state, a)),
            new BuiltinMethod("clearImmediate", 1, (_, a) =>
            {
                if (a.Arg(0).AsObject is ImmediateObject immediate) immediate.Handle.Clear();
                return JsValue.Undefined;
            }));
        state.Exports = exports;
        return state;
    }

    static JsValue Schedule(Realm realm, State state, ReadOnlySpan<JsValue> args, bool repeat)
    {
        var callback = args.Arg(0);
        if (callback.AsObject is not JsFunction) throw NodeErrors.InvalidArgType("callback", "of type function", callback);
        double after = TypeConversion.ToNumber(args.Arg(1));
        if (!(after >= 1 && after <= TimeoutMax)) after = 1;
        var timeout = new TimeoutObject(state.TimeoutPrototype);
        var rest = args.Length > 2 ? args[2..].ToArray() : Array.Empty<JsValue>();
        timeout.Handle = realm.EventLoop.CreateTimer(() =>
        {
            if (timeout.Handle.Repeat == 0) Forget(state, timeout);
            ObjectOperations.CallFunction(callback, JsValue.FromObject(timeout), rest);
        });
        long delay = (long)after;
        if (repeat) timeout.Handle.Repeat = delay;
        timeout.Handle.Start(delay);
        return JsValue.FromObject(timeout);
    }

    static JsValue Clear(State state, JsValue handle)
    {
        TimeoutObject? timeout = handle.AsObject as TimeoutObject;
        if (timeout == null && (handle.IsNumber || handle.IsString)) state.ById.TryGetValue(TypeConversion.ToNumber(handle), out timeout);
        if (timeout != null)
        {
            timeout.Handle.Stop();
            Forget(state, timeout);
        }
        return JsValue.Undefined;
    }

    static void Forget(State state, TimeoutObject timeout)
    {
        if (timeout.Id != 0) state.ById.Remove(timeout.Id);
    }

    static JsObject MakeTimeoutPrototype(Realm realm, State state)
    {
        var prototype = new JsObject(realm.ObjectPrototype);
        static TimeoutObject This(JsValue v, string method) =>
            v.AsObject as TimeoutObject ?? Runtime.Errors.Throw.TypeError<TimeoutObject>($"Timeout.prototype.{method} called on an incompatible receiver");
        prototype.DefineMethods(realm,
            new BuiltinMethod("ref", 0, (t, _) => { This(t, "ref").Handle.Ref(); return t; }),
            new BuiltinMethod("unref", 0, (t, _) => { This(t, "unref").Handle.Unref(); return t; }),
            new BuiltinMethod("hasRef", 0, (t, _) => This(t, "hasRef").Handle.HasRef),
            new BuiltinMethod("refresh", 0, (t, _) =>
            {
                var timeout = This(t, "refresh");
                if (timeout.Handle.IsActive) timeout.Handle.Start(timeout.Handle.Delay);
                return t;
            }),
            new BuiltinMethod("close", 0, (t, _) =>
            {
                Clear(state, t);
                return t;
            }));
        var toPrimitive = new JsNativeFunction(realm, "[Symbol.toPrimitive]", 0, (t, _) =>
        {
            var timeout = This(t, "[Symbol.toPrimitive]");
            if (timeout.Id == 0)
            {
                timeout.Id = state.NextId++;
                if (timeout.Handle.IsActive) state.ById[timeout.Id] = timeout;
            }
            return timeout.Id;
        });
        prototype.FastAddProperty(JsSymbol.ToPrimitive, JsValue.FromObject(toPrimitive), PropertyFlags.Writable | PropertyFlags.Configurable);
        var ctor = new JsNativeFunction(realm, "Timeout", 5, (_, _) => Runtime.Errors.Throw.TypeError<JsValue>("Illegal constructor"));
        ctor.FastAddProperty("prototype", JsValue.FromObject(prototype), PropertyFlags.None);
        prototype.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Writable | PropertyFlags.Configurable);
        return prototype;
    }

    static JsValue Immediate(Realm realm, State state, ReadOnlySpan<JsValue> args)
    {
        var callback = args.Arg(0);
        if (callback.AsObject is not JsFunction) throw NodeErrors.InvalidArgType("callback", "of type function", callback);
        var immediate = new ImmediateObject(state.ImmediatePrototype);
        var rest = args.Length > 1 ? args[1..].ToArray() : Array.Empty<JsValue>();
        immediate.Handle = realm.EventLoop.SetImmediate(() => ObjectOperations.CallFunction(callback, JsValue.FromObject(immediate), rest));
        return JsValue.FromObject(immediate);
    }

    static JsObject MakeImmediatePrototype(Realm realm)
    {
        var prototype = new JsObject(realm.ObjectPrototype);
        static ImmediateObject This(JsValue v, string method) =>
            v.AsObject as ImmediateObject ?? Runtime.Errors.Throw.TypeError<ImmediateObject>($"Immediate.prototype.{method} called on an incompatible receiver");
        prototype.DefineMethods(realm,
            new BuiltinMethod("ref", 0, (t, _) => { This(t, "ref").Handle.Ref(); return t; }),
            new BuiltinMethod("unref", 0, (t, _) => { This(t, "unref").Handle.Unref(); return t; }),
            new BuiltinMethod("hasRef", 0, (t, _) => This(t, "hasRef").Handle.HasRef));
        var ctor = new JsNativeFunction(realm, "Immediate", 2, (_, _) => Runtime.Errors.Throw.TypeError<JsValue>("Illegal constructor"));
        ctor.FastAddProperty("prototype", JsValue.FromObject(prototype), PropertyFlags.None);
        prototype.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Writable | PropertyFlags.Configurable);
        return prototype;
    }

    sealed class TimeoutObject(JsObject prototype) : JsObject(prototype)
    {
        public LoopTimer Handle = null!;
        public double Id;
    }

    sealed class ImmediateObject(JsObject prototype) : JsObject(prototype)
    {
        public LoopImmediate Handle = null!;
    }
}
