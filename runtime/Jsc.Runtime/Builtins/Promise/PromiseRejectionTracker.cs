namespace Jsc.Runtime.Builtins;

/// <summary>
/// HostPromiseRejectionTracker (https://tc39.es/ecma262/#sec-host-promise-rejection-tracker),
/// the way node uses it (lib/internal/process/promises.js): a promise rejected with no
/// handler waits in a list; each time the job queues have drained, <see cref="Process"/> looks
/// at the ones still unhandled and hands them to <see cref="OnUnhandled"/> (node's
/// 'unhandledRejection', or a fatal error), or keeps them in <see cref="Unhandled"/> for a
/// host that only asks. A handler added after that report goes to <see cref="OnHandledLater"/>
/// ('rejectionHandled').
/// </summary>
public sealed class PromiseRejectionTracker
{
    readonly Queue<JsPromise> _pending = new();
    readonly Queue<JsPromise> _handledLater = new();

    /// <summary>Called with each promise found unhandled after the jobs drained; it may throw to end the program.</summary>
    public Action<JsPromise>? OnUnhandled;

    /// <summary>Called with a promise that got a handler after it was reported.</summary>
    public Action<JsPromise>? OnHandledLater;

    /// <summary>The promises found unhandled while no <see cref="OnUnhandled"/> was set, in rejection order.</summary>
    public readonly List<JsPromise> Unhandled = new();

    /// <summary>The operation "reject": a promise was rejected while it had no handler.</summary>
    internal void OnReject(JsPromise promise)
    {
        promise.AwaitingHandler = true;
        _pending.Enqueue(promise);
    }

    /// <summary>The operation "handle": a handler was added to a rejected promise that had none.</summary>
    internal void OnHandle(JsPromise promise)
    {
        if (promise.AwaitingHandler)
        {
            promise.AwaitingHandler = false;
            return;
        }
        if (promise.ReportedUnhandled)
        {
            promise.ReportedUnhandled = false;
            Unhandled.Remove(promise);
            _handledLater.Enqueue(promise);
        }
    }

    /// <summary>
    /// processPromiseRejections: reports what is still unhandled once the job queues are
    /// empty. Returns true when it ran callbacks (which may have queued more jobs).
    /// </summary>
    public bool Process()
    {
        if (_pending.Count == 0 && _handledLater.Count == 0) return false;
        bool ranCallbacks = false;
        while (_handledLater.TryDequeue(out var promise))
        {
            if (OnHandledLater == null) continue;
            OnHandledLater(promise);
            ranCallbacks = true;
        }
        while (_pending.TryDequeue(out var promise))
        {
            if (!promise.AwaitingHandler) continue;
            promise.AwaitingHandler = false;
            promise.ReportedUnhandled = true;
            if (OnUnhandled == null)
            {
                Unhandled.Add(promise);
                continue;
            }
            ranCallbacks = true;
            OnUnhandled(promise);
        }
        return ranCallbacks;
    }
}
