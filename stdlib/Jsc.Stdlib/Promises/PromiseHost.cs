using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Promises;

/// <summary>
/// Node's side of Promises: the queueMicrotask global
/// (https://nodejs.org/api/globals.html#queuemicrotaskcallback) and what happens to a
/// rejection nobody handled (https://nodejs.org/api/process.html#event-unhandledrejection,
/// --unhandled-rejections=throw, node's default): process 'unhandledRejection' listeners get
/// it; without one it becomes an uncaught exception (the reason itself if it is error-like,
/// else an UnhandledPromiseRejection error), which ends the program with code 1 unless an
/// 'uncaughtException' listener takes it. A handler added after the report emits
/// 'rejectionHandled'.
/// </summary>
public static class PromiseHost
{
    public static void Install(Realm realm, JsObject process)
    {
        realm.DefineGlobal("queueMicrotask", JsValue.FromObject(new JsNativeFunction(realm, "queueMicrotask", 1, QueueMicrotask)));
        var tracker = PromiseIntrinsics.Of(realm).Tracker;
        tracker.OnUnhandled = promise => OnUnhandled(realm, process, promise);
        tracker.OnHandledLater = promise => Emit(process, "rejectionHandled", JsValue.FromObject(promise));
    }

    /// <summary>queueMicrotask(callback): the callback runs as a job, with no arguments; what it throws is uncaught.</summary>
    static JsValue QueueMicrotask(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Arg(0).AsObject is not JsFunction callback) throw NodeErrors.InvalidArgType("callback", "of type function", args.Arg(0));
        Realm.Current.EventLoop.EnqueueMicrotask(() => callback.Call(JsValue.Undefined, ReadOnlySpan<JsValue>.Empty));
        return JsValue.Undefined;
    }

    static void OnUnhandled(Realm realm, JsObject process, JsPromise promise)
    {
        var reason = promise.Result;
        if (Emit(process, "unhandledRejection", reason, JsValue.FromObject(promise))) return;
        var error = IsErrorLike(reason) ? reason : UnhandledPromiseRejection(realm, reason);
        if (Emit(process, "uncaughtException", error, JsValue.FromString("unhandledRejection"))) return;
        throw new JsException(error);
    }

    /// <summary>process.emit(name, ...args) when the event has listeners; false when it has none.</summary>
    static bool Emit(JsObject process, string name, params JsValue[] args)
    {
        if (process.Get("listenerCount").AsObject is not JsFunction count ||
            count.Call(JsValue.FromObject(process), [JsValue.FromString(name)]).Number <= 0) return false;
        var emit = (JsFunction)process.Get("emit").AsObject!;
        emit.Call(JsValue.FromObject(process), [JsValue.FromString(name), .. args]);
        return true;
    }

    /// <summary>node's isErrorLike: an object with an own `stack`.</summary>
    static bool IsErrorLike(JsValue value) => value.AsObject is { } o && o.GetOwnProperty("stack") != null;

    static JsValue UnhandledPromiseRejection(Realm realm, JsValue reason)
    {
        var prototype = prototypes.GetValue(realm, MakeUnhandledPromiseRejectionPrototype);
        var error = new JsError(prototype,
            "This error originated either by throwing inside of an async function without a catch block, " +
            "or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason " +
            $"\"{NoSideEffectsToString(reason)}\".");
        error.FastAddProperty("code", "ERR_UNHANDLED_REJECTION");
        error.FastAddProperty("name", "UnhandledPromiseRejection");
        return JsValue.FromObject(error);
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, JsObject> prototypes = new();

    /// <summary>The prototype of node's internal `class UnhandledPromiseRejection extends Error`.</summary>
    static JsObject MakeUnhandledPromiseRejectionPrototype(Realm realm)
    {
        var prototype = new JsObject(realm.ErrorPrototype);
        var constructor = new JsNativeFunction(realm, "UnhandledPromiseRejection", 1,
            (_, _) => throw new JsException(Throw.MakeError(realm.TypeErrorPrototype, "Class constructor UnhandledPromiseRejection cannot be invoked without 'new'")),
            (args, _) => UnhandledPromiseRejection(realm, args.Length > 0 ? args[0] : JsValue.Undefined));
        prototype.FastAddProperty("constructor", JsValue.FromObject(constructor), PropertyFlags.Writable | PropertyFlags.Configurable);
        constructor.FastAddProperty("prototype", JsValue.FromObject(prototype), PropertyFlags.None);
        return prototype;
    }

    /// <summary>V8's NoSideEffectsToString: primitives as String() gives them, functions as their source, other objects as #&lt;Name&gt;.</summary>
    static string NoSideEffectsToString(JsValue value)
    {
        if (value.IsSymbol) return value.Symbol.ToString();
        if (value.AsObject is JsFunction f)
        {
            try
            {
                return Runtime.AbstractOps.TypeConversion.ToString(Runtime.AbstractOps.ObjectOperations.CallFunction(
                    Realm.Current.FunctionPrototype.Get("toString"), JsValue.FromObject(f)));
            }
            catch (JsException)
            {
                return "function";
            }
        }
        if (value.AsObject is not null) return Runtime.AbstractOps.Inspect.Brief(value);
        return value.IsNull ? "null" : value.ToString();
    }
}
