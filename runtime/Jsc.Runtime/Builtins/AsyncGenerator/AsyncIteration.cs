using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The synchronous steps of `for await` and of `yield*` in an async generator around
/// the awaits the emitted code makes: GetIterator(obj, async), IteratorComplete/IteratorValue,
/// AsyncIteratorClose, and the turns of async yield*'s loop.
/// </summary>
public sealed class AsyncIteration
{
    /// <summary>What <see cref="Receive"/> tells async yield* to do.</summary>
    public const int Yield = 0, Done = 1, Return = 2;

    readonly JsObject _iterator;
    readonly JsValue _next;
    bool _closingThrow;
    /// <summary>The send in flight in yield*: 0 next/throw, 1 return, 2 return without a return method, 3 throw without a throw method (closing).</summary>
    int _sent;

    AsyncIteration(JsObject iterator, JsValue next)
    {
        _iterator = iterator;
        _next = next;
    }

    /// <summary>GetIterator(obj, async): https://tc39.es/ecma262/#sec-getiterator</summary>
    public static AsyncIteration Start(JsValue iterable)
    {
        var method = iterable.IsNullOrUndefined ? JsValue.Undefined : ObjectOperations.GetIndex(iterable, JsValue.FromSymbol(JsSymbol.AsyncIterator));
        if (method.IsNullOrUndefined)
        {
            var syncMethod = iterable.IsNullOrUndefined ? JsValue.Undefined : ObjectOperations.GetIndex(iterable, JsValue.FromSymbol(JsSymbol.Iterator));
            if (syncMethod.Ref is not JsFunction syncFn)
                return Throw.TypeError<AsyncIteration>($"{Inspect.Brief(iterable)} is not async iterable");
            var syncIterator = syncFn.Call(iterable, ReadOnlySpan<JsValue>.Empty);
            if (syncIterator.AsObject is not { } syncObject) return Throw.TypeError<AsyncIteration>($"Result of the Symbol.iterator method is not an object");
            var wrapper = AsyncFromSyncIterator.Create(syncObject, syncObject.Get("next"));
            return new AsyncIteration(wrapper, wrapper.Get("next"));
        }
        if (method.Ref is not JsFunction fn) return Throw.TypeError<AsyncIteration>($"{Inspect.Brief(method)} is not a function");
        var iterator = fn.Call(iterable, ReadOnlySpan<JsValue>.Empty);
        if (iterator.AsObject is not { } iteratorObject) return Throw.TypeError<AsyncIteration>("Result of the Symbol.asyncIterator method is not an object");
        return new AsyncIteration(iteratorObject, iteratorObject.Get("next"));
    }

    /// <summary>for await's Call(next): the result the loop awaits.</summary>
    public JsValue Next() => ObjectOperations.CallFunction(_next, JsValue.FromObject(_iterator));

    /// <summary>The awaited next result: false when done, else its value.</summary>
    public static bool Complete(JsValue result, out JsValue value)
    {
        if (!result.IsObject) Throw.TypeError($"Iterator result {Inspect.Brief(result)} is not an object");
        if (TypeConversion.ToBoolean(result.Object.Get("done")))
        {
            value = default;
            return false;
        }
        value = result.Object.Get("value");
        return true;
    }

    /// <summary>
    /// AsyncIteratorClose's call of `return` (https://tc39.es/ecma262/#sec-asynciteratorclose): the
    /// value to await, or undefined to skip the await when there is no return method. On a
    /// throw completion the method's own errors, and a rejection of what it returns, are dropped.
    /// </summary>
    public JsValue BeginClose(bool throwing, out bool await)
    {
        _closingThrow = throwing;
        await = false;
        try
        {
            var ret = _iterator.Get("return");
            if (ret.IsNullOrUndefined) return JsValue.Undefined;
            if (ret.Ref is not JsFunction fn) return Throw.TypeError<JsValue>($"{Inspect.Brief(ret)} is not a function");
            var result = fn.Call(JsValue.FromObject(_iterator), ReadOnlySpan<JsValue>.Empty);
            await = true;
            if (!throwing) return result;
            // The original throw wins: wait for the result but never fail with it.
            var quiet = JsPromise.Create();
            var promise = (JsPromise)JsAsyncFunction.AwaitOperand(result).Object;
            promise.Then(v => Resolve(quiet, v), _ => Resolve(quiet, JsValue.Undefined));
            return JsValue.FromObject(quiet);
        }
        catch (JsException) when (throwing)
        {
            return JsValue.Undefined;
        }
    }

    static void Resolve(JsPromise promise, JsValue value)
    {
        promise.InternallyResolved = true;
        promise.ResolveWith(value);
    }

    /// <summary>After the await of the close: a normal completion needs an object.</summary>
    public void EndClose(JsValue awaited)
    {
        if (!_closingThrow && !awaited.IsObject) Throw.TypeError($"Iterator result {Inspect.Brief(awaited)} is not an object");
    }

    /// <summary>
    /// Async yield*'s call for the received completion (https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation):
    /// the value the generator then awaits.
    /// </summary>
    public JsValue Send(ResumeMode mode, JsValue received)
    {
        var iterator = JsValue.FromObject(_iterator);
        _sent = 0;
        switch (mode)
        {
            case ResumeMode.Next:
                return ObjectOperations.CallFunction(_next, iterator, received);
            case ResumeMode.Throw:
            {
                var throwMethod = GetMethod("throw");
                if (!throwMethod.IsUndefined) return ObjectOperations.CallFunction(throwMethod, iterator, received);
                _sent = 3;
                var returnMethod = GetMethod("return");
                if (returnMethod.IsUndefined) Throw.TypeError("The iterator does not provide a 'throw' method");
                return ObjectOperations.CallFunction(returnMethod, iterator);
            }
            default:
            {
                var returnMethod = GetMethod("return");
                if (returnMethod.IsUndefined)
                {
                    _sent = 2;
                    return received;
                }
                _sent = 1;
                return ObjectOperations.CallFunction(returnMethod, iterator, received);
            }
        }
    }

    /// <summary>The awaited answer to <see cref="Send"/>: yield its value, finish the yield* with a value, or return one.</summary>
    public int Receive(JsValue awaited, out JsValue value)
    {
        value = awaited;
        if (_sent == 2) return Return;
        if (!awaited.IsObject) Throw.TypeError($"Iterator result {Inspect.Brief(awaited)} is not an object");
        if (_sent == 3) Throw.TypeError("The iterator does not provide a 'throw' method");
        bool done = TypeConversion.ToBoolean(awaited.Object.Get("done"));
        value = awaited.Object.Get("value");
        if (!done) return Yield;
        return _sent == 1 ? Return : Done;
    }

    JsValue GetMethod(string name)
    {
        var method = _iterator.Get(name);
        if (method.IsNullOrUndefined) return JsValue.Undefined;
        return method.Ref is JsFunction ? method : Throw.TypeError<JsValue>($"{Inspect.Brief(method)} is not a function");
    }
}
