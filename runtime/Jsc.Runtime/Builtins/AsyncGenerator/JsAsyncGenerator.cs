using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// An async generator instance (https://tc39.es/ecma262/#sec-properties-of-asyncgenerator-intances):
/// the emitted frame class of an `async function*` derives from this. Its suspensions are
/// of two kinds, told apart by <see cref="JsGenerator.Awaiting"/>: an await, resumed by a
/// promise reaction, and a yield, which settles the request at the head of the queue and
/// is resumed by the next queued request.
/// </summary>
public abstract class JsAsyncGenerator : JsGenerator
{
    enum State { SuspendedStart, SuspendedYield, Executing, AwaitingReturn, Completed }

    readonly record struct Request(ResumeMode Mode, JsValue Value, JsPromise Promise);

    readonly Queue<Request> _queue = new();
    State _state;
    bool _started, _awaitingInBody;
    Action<JsValue>? _onFulfilled, _onRejected;

    protected JsAsyncGenerator(JsClosure closure) : base(closure, InstancePrototype(closure)) { }

    static JsObject InstancePrototype(JsClosure closure) =>
        closure.Get("prototype").Ref as JsObject ?? AsyncIntrinsics.Of(Realm.Current).AsyncGeneratorPrototype;

    /// <summary>The emitted suspend path: the generator object on the start suspension, else nothing anyone reads.</summary>
    public static JsValue Suspended(JsGenerator frame, JsValue value) => ((JsAsyncGenerator)frame).OnSuspended(value);

    JsValue OnSuspended(JsValue value)
    {
        if (!_started)
        {
            _started = true;
            return value;
        }
        if (Awaiting)
        {
            Awaiting = false;
            _awaitingInBody = true;
            ((JsPromise)value.Object).Then(_onFulfilled ??= v => Run(ResumeMode.Next, v), _onRejected ??= e => Run(ResumeMode.Throw, e));
            return JsValue.Undefined;
        }
        // AsyncGeneratorYield: https://tc39.es/ecma262/#sec-asyncgeneratoryield
        _state = State.SuspendedYield;
        CompleteStep(value, rejected: false, done: false);
        return JsValue.Undefined;
    }

    /// <summary>Runs the body from its resume point to the next suspension or its end.</summary>
    unsafe void Run(ResumeMode mode, JsValue value)
    {
        _state = State.Executing;
        _awaitingInBody = false;
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
            _state = State.Completed;
            CompleteStep(e.Value, rejected: true, done: true);
            DrainQueue();
            return;
        }
        Sent = default;
        if (ResumePoint == 0)
        {
            _state = State.Completed;
            CompleteStep(result, rejected: false, done: true);
            DrainQueue();
            return;
        }
        if (!_awaitingInBody && _queue.Count > 0) ResumeWith(_queue.Peek());
    }

    /// <summary>AsyncGeneratorResume, with AsyncGeneratorUnwrapYieldResumption's await of a return value done before re-entering.</summary>
    void ResumeWith(Request request)
    {
        if (request.Mode != ResumeMode.Return)
        {
            Run(request.Mode, request.Value);
            return;
        }
        _state = State.Executing;
        if (!TryAwait(request.Value, v => Run(ResumeMode.Return, v), e => Run(ResumeMode.Throw, e), out var error)) Run(ResumeMode.Throw, error);
    }

    /// <summary>Await(value) with C# continuations; false (and the error) when PromiseResolve itself throws.</summary>
    static bool TryAwait(JsValue value, Action<JsValue> onFulfilled, Action<JsValue> onRejected, out JsValue error)
    {
        error = default;
        JsValue promise;
        try
        {
            promise = JsAsyncFunction.AwaitOperand(value);
        }
        catch (JsException e)
        {
            error = e.Value;
            return false;
        }
        ((JsPromise)promise.Object).Then(onFulfilled, onRejected);
        return true;
    }

    /// <summary>AsyncGeneratorCompleteStep: https://tc39.es/ecma262/#sec-asyncgeneratorcompletestep</summary>
    void CompleteStep(JsValue value, bool rejected, bool done)
    {
        var request = _queue.Dequeue();
        Settle(request.Promise, rejected ? value : ArrayAlgorithms.CreateIterResultObject(value, done), rejected);
    }

    static void Settle(JsPromise promise, JsValue value, bool rejected)
    {
        promise.InternallyResolved = true;
        if (rejected) promise.Reject(value);
        else promise.ResolveWith(value);
    }

    /// <summary>AsyncGeneratorDrainQueue: https://tc39.es/ecma262/#sec-asyncgeneratordrainqueue</summary>
    void DrainQueue()
    {
        while (_queue.Count > 0)
        {
            var next = _queue.Peek();
            if (next.Mode == ResumeMode.Return)
            {
                _state = State.AwaitingReturn;
                AwaitReturn(next.Value);
                return;
            }
            if (next.Mode == ResumeMode.Throw) CompleteStep(next.Value, rejected: true, done: true);
            else CompleteStep(JsValue.Undefined, rejected: false, done: true);
        }
    }

    /// <summary>AsyncGeneratorAwaitReturn: https://tc39.es/ecma262/#sec-asyncgeneratorawaitreturn</summary>
    void AwaitReturn(JsValue value)
    {
        void Finish(JsValue v, bool rejected)
        {
            _state = State.Completed;
            CompleteStep(v, rejected, done: true);
            DrainQueue();
        }
        if (!TryAwait(value, v => Finish(v, false), e => Finish(e, true), out var error)) Finish(error, true);
    }

    /// <summary>
    /// AsyncGenerator.prototype.next/return/throw after AsyncGeneratorValidate:
    /// https://tc39.es/ecma262/#sec-asyncgenerator-prototype-next (and -return, -throw).
    /// </summary>
    internal JsPromise Enqueue(ResumeMode mode, JsValue value)
    {
        var promise = JsPromise.Create();
        var state = _state;
        if (mode == ResumeMode.Throw && state == State.SuspendedStart) state = _state = State.Completed;
        if (state == State.Completed && mode != ResumeMode.Return)
        {
            Settle(promise, mode == ResumeMode.Throw ? value : ArrayAlgorithms.CreateIterResultObject(JsValue.Undefined, true), mode == ResumeMode.Throw);
            return promise;
        }
        _queue.Enqueue(new Request(mode, value, promise));
        if (mode == ResumeMode.Return && state is State.SuspendedStart or State.Completed)
        {
            _state = State.AwaitingReturn;
            AwaitReturn(value);
        }
        else if (state is State.SuspendedStart or State.SuspendedYield) ResumeWith(_queue.Peek());
        return promise;
    }

    /// <summary>The rejected promise next/return/throw return for a receiver that is not an async generator.</summary>
    internal static JsPromise Rejected(JsValue reason)
    {
        var promise = JsPromise.Create();
        Settle(promise, reason, rejected: true);
        return promise;
    }
}
