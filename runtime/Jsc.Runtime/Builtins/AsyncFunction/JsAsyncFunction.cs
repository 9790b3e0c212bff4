using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The running state of one async function call (https://tc39.es/ecma262/#sec-async-function-definitions).
/// The compiler emits a subclass per async function whose fields hold the locals, exactly as
/// for generators (<see cref="JsGenerator"/>): every `await` is a suspension, and a promise
/// reaction resumes the method with Next (the fulfilment value) or Throw (the reason).
///
/// The call itself runs FunctionDeclarationInstantiation, makes this frame and suspends at
/// once; the emitted suspend path calls <see cref="Suspended"/>, which for that first
/// suspension is AsyncFunctionStart: it makes the promise, runs the body up to its first
/// `await` (a nested call of the same method, resuming the frame) and returns the promise.
/// </summary>
public abstract class JsAsyncFunction : JsGenerator
{
    JsPromise? _promise;
    Action<JsValue>? _onFulfilled, _onRejected;

    protected JsAsyncFunction(JsClosure closure) : base(closure, Realm.Current.ObjectPrototype) { }

    /// <summary>
    /// What the emitted suspend path returns: on the start suspension the async function's
    /// promise (after running the body to its first await); on an await, nothing anyone reads.
    /// </summary>
    public static JsValue Suspended(JsGenerator frame, JsValue awaited) => ((JsAsyncFunction)frame).OnSuspended(awaited);

    JsValue OnSuspended(JsValue awaited)
    {
        if (_promise == null)
        {
            // AsyncFunctionStart: https://tc39.es/ecma262/#sec-async-functions-abstract-operations-async-function-start
            var promise = _promise = JsPromise.Create();
            Step(ResumeMode.Next, JsValue.Undefined);
            return JsValue.FromObject(promise);
        }
        // Await's PerformPromiseThen: https://tc39.es/ecma262/#await
        ((JsPromise)awaited.Object).Then(_onFulfilled ??= v => Step(ResumeMode.Next, v), _onRejected ??= e => Step(ResumeMode.Throw, e));
        return JsValue.Undefined;
    }

    /// <summary>Await's first step, run by the emitted code before it suspends: PromiseResolve(%Promise%, value). https://tc39.es/ecma262/#await</summary>
    public static JsValue AwaitOperand(JsValue value)
    {
        if (value.Ref is JsPromise promise && IsPlainPromise(promise)) return value;
        return PromiseConstructor.PromiseResolve(PromiseIntrinsics.Of(Realm.Current).Constructor, value);
    }

    /// <summary>PromiseResolve's `x.constructor === C` check, without running getters when the answer is plain.</summary>
    static bool IsPlainPromise(JsPromise promise) =>
        promise.Get("constructor").Ref is JsObject c && ReferenceEquals(c, PromiseIntrinsics.Of(Realm.Current).Constructor);

    /// <summary>Runs the body from its resume point to the next await or to its end, settling the promise at the end.</summary>
    unsafe void Step(ResumeMode mode, JsValue value)
    {
        Mode = mode;
        Sent = value;
        JsValue result;
        try
        {
            result = Closure.Info.Code(Closure, JsValue.Undefined, ReadOnlySpan<JsValue>.Empty, JsValue.FromObject(this));
        }
        catch (JsException e)
        {
            Sent = default;
            ResumePoint = 0;
            Settle(_promise!, e.Value, rejected: true);
            return;
        }
        Sent = default;
        if (ResumePoint == 0) Settle(_promise!, result, rejected: false);
    }

    static void Settle(JsPromise promise, JsValue value, bool rejected)
    {
        if (promise.InternallyResolved) return;
        promise.InternallyResolved = true;
        if (rejected) promise.Reject(value);
        else promise.ResolveWith(value);
    }

    /// <summary>A call whose parameter initialization threw: the promise it returns is rejected (EvaluateAsyncFunctionBody step 3).</summary>
    public static JsValue RejectedPromise(JsException e)
    {
        var promise = JsPromise.Create();
        promise.InternallyResolved = true;
        promise.Reject(e.Value);
        return JsValue.FromObject(promise);
    }
}
