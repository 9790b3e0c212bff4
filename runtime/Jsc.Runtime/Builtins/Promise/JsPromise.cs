using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A Promise instance (https://tc39.es/ecma262/#sec-properties-of-promise-instances) and the
/// abstract operations on its state. Reactions run as jobs on the realm's event loop
/// (HostEnqueuePromiseJob = <see cref="Loop.EventLoop.EnqueueMicrotask"/>). C# code (async
/// functions, hosts bridging to Task) can subscribe with <see cref="Then"/>.
/// </summary>
public sealed class JsPromise : JsObject
{
    public enum PromiseState { Pending, Fulfilled, Rejected }

    public PromiseState State { get; private set; }
    /// <summary>[[PromiseResult]]: the value or the reason once settled.</summary>
    public JsValue Result { get; private set; }
    /// <summary>[[PromiseIsHandled]]</summary>
    public bool IsHandled { get; internal set; }

    /// <summary>[[PromiseFulfillReactions]] and [[PromiseRejectReactions]] as one list of pairs (null once settled).</summary>
    List<PromiseReaction>? _reactions;

    /// <summary>The "already resolved" record of the resolving functions internal capabilities use (see <see cref="PromiseCapability"/>).</summary>
    internal bool InternallyResolved;

    /// <summary>Rejected without a handler and not yet reported (see <see cref="PromiseRejectionTracker"/>).</summary>
    internal bool AwaitingHandler;
    /// <summary>Reported as unhandled; a handler added later is a 'rejectionHandled'.</summary>
    internal bool ReportedUnhandled;

    public JsPromise(JsObject prototype) : base(prototype) { }

    public override string ClassName => "Promise";

    /// <summary>A pending promise of the current realm with %Promise.prototype%.</summary>
    public static JsPromise Create() => new(PromiseIntrinsics.Of(Realm.Current).Prototype);

    /// <summary>https://tc39.es/ecma262/#sec-fulfillpromise</summary>
    internal void Fulfill(JsValue value) => Settle(PromiseState.Fulfilled, value);

    /// <summary>https://tc39.es/ecma262/#sec-rejectpromise</summary>
    internal void Reject(JsValue reason)
    {
        Settle(PromiseState.Rejected, reason);
        // HostPromiseRejectionTracker(promise, "reject")
        if (!IsHandled) PromiseIntrinsics.Of(Realm.Current).Tracker.OnReject(this);
    }

    void Settle(PromiseState state, JsValue result)
    {
        var reactions = _reactions;
        _reactions = null;
        Result = result;
        State = state;
        // https://tc39.es/ecma262/#sec-triggerpromisereactions
        if (reactions == null) return;
        var loop = Realm.Current.EventLoop;
        foreach (var reaction in reactions) loop.EnqueueMicrotask(reaction.Job(state, result));
    }

    /// <summary>
    /// The promise resolve function's steps (https://tc39.es/ecma262/#sec-promise-resolve-functions)
    /// after its "already resolved" check: fulfil with a non-thenable, else adopt the thenable's
    /// state through a NewPromiseResolveThenableJob.
    /// </summary>
    internal void ResolveWith(JsValue resolution)
    {
        if (ReferenceEquals(resolution.Ref, this))
        {
            Reject(Errors.Throw.MakeError(Realm.Current.TypeErrorPrototype, "Chaining cycle detected for promise #<Promise>"));
            return;
        }
        if (resolution.Ref is not JsObject thenable)
        {
            Fulfill(resolution);
            return;
        }
        JsValue then;
        try
        {
            then = thenable.Get("then");
        }
        catch (Errors.JsException e)
        {
            Reject(e.Value);
            return;
        }
        if (then.Ref is not JsFunction thenFunction)
        {
            Fulfill(resolution);
            return;
        }
        Realm.Current.EventLoop.EnqueueMicrotask(() => ResolveThenableJob(thenable, thenFunction));
    }

    /// <summary>https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob</summary>
    void ResolveThenableJob(JsObject thenable, JsFunction then)
    {
        var (resolve, reject) = PromiseResolvingFunctions.Create(this);
        try
        {
            then.Call(JsValue.FromObject(thenable), [JsValue.FromObject(resolve), JsValue.FromObject(reject)]);
        }
        catch (Errors.JsException e)
        {
            reject.Call(JsValue.Undefined, [e.Value]);
        }
    }

    /// <summary>https://tc39.es/ecma262/#sec-performpromisethen</summary>
    internal void PerformThen(PromiseReaction reaction)
    {
        switch (State)
        {
            case PromiseState.Pending:
                (_reactions ??= new List<PromiseReaction>(1)).Add(reaction);
                break;
            case PromiseState.Fulfilled:
                Realm.Current.EventLoop.EnqueueMicrotask(reaction.Job(State, Result));
                break;
            default:
                // HostPromiseRejectionTracker(promise, "handle")
                if (!IsHandled) PromiseIntrinsics.Of(Realm.Current).Tracker.OnHandle(this);
                Realm.Current.EventLoop.EnqueueMicrotask(reaction.Job(State, Result));
                break;
        }
        IsHandled = true;
    }

    /// <summary>
    /// Subscribes C# callbacks, as PerformPromiseThen with no result capability does for
    /// `await`: one of them runs as a job once the promise settles. Marks the promise handled.
    /// </summary>
    public void Then(Action<JsValue> onFulfilled, Action<JsValue> onRejected) =>
        PerformThen(new PromiseReaction(null, default, default, onFulfilled, onRejected));
}
