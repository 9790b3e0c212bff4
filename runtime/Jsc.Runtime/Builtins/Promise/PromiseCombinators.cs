using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Promise.all, allSettled, any and race (https://tc39.es/ecma262/#sec-promise.all and
/// following). The four share one frame: NewPromiseCapability(this), GetPromiseResolve, the
/// iteration, and on an abrupt completion IteratorClose (unless the iterator itself failed)
/// followed by IfAbruptRejectPromise.
/// </summary>
public static class PromiseCombinators
{
    /// <summary>An Iterator Record whose [[Done]] also turns true when the iterator itself throws.</summary>
    sealed class Iteration
    {
        readonly JsObject _iterator;
        readonly JsValue _next;
        public bool Done;

        public Iteration(JsValue iterable)
        {
            var iterator = MapConstructor.GetIteratorMethod(iterable).Call(iterable, ReadOnlySpan<JsValue>.Empty);
            _iterator = iterator.Ref as JsObject ?? Throw.TypeError<JsObject>("Result of the Symbol.iterator method is not an object");
            _next = _iterator.Get("next");
        }

        /// <summary>https://tc39.es/ecma262/#sec-iteratorstepvalue</summary>
        public bool Step(out JsValue value)
        {
            value = default;
            try
            {
                var result = ObjectOperations.CallFunction(_next, JsValue.FromObject(_iterator));
                if (result.Ref is not JsObject resultObject) return Throw.TypeError<bool>($"Iterator result {Inspect.Brief(result)} is not an object");
                if (TypeConversion.ToBoolean(resultObject.Get("done")))
                {
                    Done = true;
                    return false;
                }
                value = resultObject.Get("value");
                return true;
            }
            catch (JsException)
            {
                Done = true;
                throw;
            }
        }

        /// <summary>IteratorClose for a throw completion: an error from `return` loses to the original one.</summary>
        public void CloseQuietly()
        {
            try
            {
                if (_iterator.Get("return").Ref is JsFunction ret) ret.Call(JsValue.FromObject(_iterator), ReadOnlySpan<JsValue>.Empty);
            }
            catch (JsException) { }
        }
    }

    delegate void Perform(Iteration iteration, JsObject c, PromiseCapability capability, JsFunction promiseResolve);

    static JsValue Run(JsValue thisValue, JsValue iterable, string name, Perform perform)
    {
        if (thisValue.Ref is not JsObject c) return Throw.TypeError<JsValue>($"Promise.{name} called on non-object");
        var capability = PromiseCapability.New(thisValue);
        Iteration? iteration = null;
        try
        {
            // https://tc39.es/ecma262/#sec-getpromiseresolve
            var promiseResolve = c.Get("resolve").Ref as JsFunction
                ?? Throw.TypeError<JsFunction>("resolve is not a function");
            iteration = new Iteration(iterable);
            perform(iteration, c, capability, promiseResolve);
        }
        catch (JsException e)
        {
            if (iteration is { Done: false }) iteration.CloseQuietly();
            capability.Reject(e.Value);
        }
        return capability.Promise;
    }

    /// <summary>The shared count of elements not yet settled (remainingElementsCount).</summary>
    sealed class Remaining
    {
        public int Count = 1;
    }

    static JsFunction ElementFunction(Action<JsValue> onCall)
    {
        bool alreadyCalled = false;
        return new JsNativeFunction(Realm.Current, "", 1, (_, args) =>
        {
            if (alreadyCalled) return JsValue.Undefined;
            alreadyCalled = true;
            onCall(args.Arg(0));
            return JsValue.Undefined;
        });
    }

    /// <summary>https://tc39.es/ecma262/#sec-promise.all</summary>
    public static JsValue All(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Run(thisValue, args.Arg(0), "all", (iteration, c, capability, promiseResolve) =>
        {
            var values = new List<JsValue>();
            var remaining = new Remaining();
            void Finish()
            {
                if (--remaining.Count == 0) capability.Resolve(CoreBuiltins.CreateArrayFromList(values));
            }
            while (iteration.Step(out var next))
            {
                int index = values.Count;
                values.Add(JsValue.Undefined);
                var nextPromise = promiseResolve.Call(c, [next]);
                var onFulfilled = ElementFunction(x =>
                {
                    values[index] = x;
                    Finish();
                });
                remaining.Count++;
                PromisePrototype.Invoke(nextPromise, "then", onFulfilled, capability.RejectFunction);
            }
            Finish();
        });

    /// <summary>https://tc39.es/ecma262/#sec-promise.allsettled</summary>
    public static JsValue AllSettled(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Run(thisValue, args.Arg(0), "allSettled", (iteration, c, capability, promiseResolve) =>
        {
            var values = new List<JsValue>();
            var remaining = new Remaining();
            void Finish()
            {
                if (--remaining.Count == 0) capability.Resolve(CoreBuiltins.CreateArrayFromList(values));
            }
            while (iteration.Step(out var next))
            {
                int index = values.Count;
                values.Add(JsValue.Undefined);
                var nextPromise = promiseResolve.Call(c, [next]);
                // The two element functions share one [[AlreadyCalled]].
                bool alreadyCalled = false;
                JsFunction Settle(string status, string key) => new JsNativeFunction(Realm.Current, "", 1, (_, a) =>
                {
                    if (alreadyCalled) return JsValue.Undefined;
                    alreadyCalled = true;
                    var obj = new JsObject(Realm.Current.ObjectPrototype);
                    obj.FastAddProperty("status", status);
                    obj.FastAddProperty(key, a.Arg(0));
                    values[index] = obj;
                    Finish();
                    return JsValue.Undefined;
                });
                remaining.Count++;
                PromisePrototype.Invoke(nextPromise, "then", Settle("fulfilled", "value"), Settle("rejected", "reason"));
            }
            Finish();
        });

    /// <summary>https://tc39.es/ecma262/#sec-promise.any</summary>
    public static JsValue Any(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Run(thisValue, args.Arg(0), "any", (iteration, c, capability, promiseResolve) =>
        {
            var errors = new List<JsValue>();
            var remaining = new Remaining();
            JsError? Finish() => --remaining.Count == 0 ? AggregateErrorConstructor.Create("All promises were rejected", errors) : null;
            while (iteration.Step(out var next))
            {
                int index = errors.Count;
                errors.Add(JsValue.Undefined);
                var nextPromise = promiseResolve.Call(c, [next]);
                var onRejected = ElementFunction(x =>
                {
                    errors[index] = x;
                    if (Finish() is { } error) capability.Reject(error);
                });
                remaining.Count++;
                PromisePrototype.Invoke(nextPromise, "then", capability.ResolveFunction, onRejected);
            }
            if (Finish() is { } aggregate) throw new JsException(aggregate);
        });

    /// <summary>https://tc39.es/ecma262/#sec-promise.race</summary>
    public static JsValue Race(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Run(thisValue, args.Arg(0), "race", (iteration, c, capability, promiseResolve) =>
        {
            while (iteration.Step(out var next))
            {
                var nextPromise = promiseResolve.Call(c, [next]);
                PromisePrototype.Invoke(nextPromise, "then", capability.ResolveFunction, capability.RejectFunction);
            }
        });
}
