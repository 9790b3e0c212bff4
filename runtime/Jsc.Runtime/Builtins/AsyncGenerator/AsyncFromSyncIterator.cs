using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// CreateAsyncFromSyncIterator and %AsyncFromSyncIteratorPrototype%
/// (https://tc39.es/ecma262/#sec-createasyncfromsynciterator): `for await` and async `yield*`
/// over a sync iterable wrap its iterator so that each result's value is awaited.
/// </summary>
public sealed class AsyncFromSyncIterator : JsObject
{
    readonly JsObject _syncIterator;
    readonly JsValue _syncNext;

    AsyncFromSyncIterator(JsObject prototype, JsObject syncIterator, JsValue syncNext) : base(prototype)
    {
        _syncIterator = syncIterator;
        _syncNext = syncNext;
    }

    public static AsyncFromSyncIterator Create(JsObject syncIterator, JsValue syncNext) =>
        new(AsyncIntrinsics.Of(Realm.Current).AsyncFromSyncIteratorPrototype, syncIterator, syncNext);

    internal static void Install(Realm realm, AsyncIntrinsics intrinsics)
    {
        var proto = intrinsics.AsyncFromSyncIteratorPrototype = new JsObject(intrinsics.AsyncIteratorPrototype);
        proto.DefineMethods(realm,
            new BuiltinMethod("next", 1, (t, a) => Step(t, "next", a)),
            new BuiltinMethod("return", 1, (t, a) => Step(t, "return", a)),
            new BuiltinMethod("throw", 1, (t, a) => Step(t, "throw", a)));
    }

    /// <summary>%AsyncFromSyncIteratorPrototype%.next/return/throw: https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.next</summary>
    static JsValue Step(JsValue thisValue, string method, ReadOnlySpan<JsValue> args)
    {
        var promise = JsPromise.Create();
        if (thisValue.Ref is not AsyncFromSyncIterator self)
        {
            Settle(promise, Throw.MakeError(Realm.Current.TypeErrorPrototype, $"Method {method} called on incompatible receiver {Inspect.Brief(thisValue)}"), true);
            return JsValue.FromObject(promise);
        }
        var capability = promise;
        try
        {
            JsValue result;
            var iterator = JsValue.FromObject(self._syncIterator);
            if (method == "next")
                result = args.Length > 0 ? ObjectOperations.CallFunction(self._syncNext, iterator, args[0]) : ObjectOperations.CallFunction(self._syncNext, iterator);
            else
            {
                var fn = self._syncIterator.Get(method);
                if (fn.IsNullOrUndefined)
                {
                    if (method == "return")
                    {
                        Settle(promise, ArrayAlgorithms.CreateIterResultObject(args.Arg(0), true), false);
                        return JsValue.FromObject(promise);
                    }
                    // throw: close the sync iterator, then reject with a TypeError.
                    var close = self._syncIterator.Get("return");
                    if (close.Ref is JsFunction closeFn) closeFn.Call(iterator, ReadOnlySpan<JsValue>.Empty);
                    Throw.TypeError("The iterator does not provide a 'throw' method");
                }
                result = args.Length > 0 ? ObjectOperations.CallFunction(fn, iterator, args[0]) : ObjectOperations.CallFunction(fn, iterator);
            }
            if (!result.IsObject) Throw.TypeError($"Iterator result {Inspect.Brief(result)} is not an object");
            // AsyncFromSyncIteratorContinuation: https://tc39.es/ecma262/#sec-asyncfromsynciteratorcontinuation
            bool done = TypeConversion.ToBoolean(result.Object.Get("done"));
            var value = result.Object.Get("value");
            var wrapper = (JsPromise)JsAsyncFunction.AwaitOperand(value).Object;
            wrapper.Then(v => Settle(promise, ArrayAlgorithms.CreateIterResultObject(v, done), false), e => Settle(promise, e, true));
        }
        catch (JsException e)
        {
            Settle(capability, e.Value, true);
        }
        return JsValue.FromObject(promise);
    }

    static void Settle(JsPromise promise, JsValue value, bool rejected)
    {
        if (promise.InternallyResolved) return;
        promise.InternallyResolved = true;
        if (rejected) promise.Reject(value);
        else promise.ResolveWith(value);
    }
}
