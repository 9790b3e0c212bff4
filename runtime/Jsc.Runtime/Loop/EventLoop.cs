using System.Collections.Concurrent;
using System.Diagnostics;
using Jsc.Runtime.Errors;

namespace Jsc.Runtime.Loop;

/// <summary>
/// The event loop of one JavaScript thread, shaped like libuv's
/// (https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick): each turn
/// runs the expired timers, then the callbacks that .NET I/O posted from the thread pool
/// (waiting for one when nothing else is due), then the immediates. After every callback the
/// job queues drain: process.nextTick callbacks first, then Promise jobs, until both are
/// empty. The loop ends when nothing keeps it alive: no ref'd timer, no immediate, no
/// pending I/O (<see cref="AddRef"/>) and nothing posted.
/// </summary>
public sealed class EventLoop
{
    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly ConcurrentQueue<Action> _posted = new();
    readonly SemaphoreSlim _postedSignal = new(0);
    readonly Queue<Action> _ticks = new();
    readonly Queue<Action> _microtasks = new();
    readonly LinkedList<LoopImmediate> _immediates = new();
    int _pendingRefs;
    int _refedImmediates;
    long _immediateSequence;

    internal readonly TimerHeap Timers = new();

    /// <summary>The loop's time in milliseconds, updated at the start of each turn (uv_now).</summary>
    public long Now { get; private set; }

    /// <summary>
    /// Called with an exception a callback let escape; returns true when it was handled
    /// (process 'uncaughtException' listeners), false to end the program with it.
    /// </summary>
    public Func<JsException, bool>? UncaughtException;

    /// <summary>
    /// Runs whenever both job queues are empty (node's processPromiseRejections: the Promise
    /// installer puts the unhandled-rejection check here); true when it ran callbacks, which
    /// may have queued more jobs.
    /// </summary>
    public Func<bool>? AfterJobs;

    void UpdateTime() => Now = _clock.ElapsedMilliseconds;

    /// <summary>The loop time brought up to date: timers started now count their delay from this moment.</summary>
    internal long CurrentTime()
    {
        UpdateTime();
        return Now;
    }

    public LoopTimer CreateTimer(Action callback) => new(this, callback);

    /// <summary>Queues a callback for the check phase (setImmediate).</summary>
    public LoopImmediate SetImmediate(Action callback)
    {
        var immediate = new LoopImmediate(this, callback) { Sequence = ++_immediateSequence };
        immediate.Node = _immediates.AddLast(immediate);
        _refedImmediates++;
        return immediate;
    }

    internal void ClearImmediate(LoopImmediate immediate)
    {
        if (immediate.Node == null) return;
        _immediates.Remove(immediate.Node);
        immediate.Node = null;
        if (immediate.HasRef) _refedImmediates--;
    }

    internal void ImmediateRefChanged(LoopImmediate immediate, bool refed)
    {
        if (immediate.Node != null) _refedImmediates += refed ? 1 : -1;
    }

    /// <summary>Queues a process.nextTick callback: it runs before any Promise job.</summary>
    public void EnqueueTick(Action callback) => _ticks.Enqueue(callback);

    /// <summary>HostEnqueuePromiseJob: https://tc39.es/ecma262/#sec-hostenqueuepromisejob</summary>
    public void EnqueueMicrotask(Action job) => _microtasks.Enqueue(job);

    /// <summary>Keeps the loop alive while an operation is in flight (thread-safe); pair with <see cref="Release"/>.</summary>
    public void AddRef() => Interlocked.Increment(ref _pendingRefs);

    public void Release() => Interlocked.Decrement(ref _pendingRefs);

    /// <summary>Posts a callback to run on the loop thread (thread-safe: .NET I/O completions call this).</summary>
    public void Post(Action callback)
    {
        _posted.Enqueue(callback);
        _postedSignal.Release();
    }

    /// <summary>Runs a callback as a macrotask: it, then every nextTick and Promise job it queued.</summary>
    public void RunCallback(Action callback)
    {
        Guard(callback);
        DrainJobs();
    }

    /// <summary>processTicksAndRejections: ticks first, then microtasks, until neither queue has work.</summary>
    public void DrainJobs()
    {
        do
        {
            while (_ticks.TryDequeue(out var tick)) Guard(tick);
            while (_microtasks.TryDequeue(out var job)) Guard(job);
        }
        while (_ticks.Count > 0 || _microtasks.Count > 0 || AfterJobs?.Invoke() == true);
    }

    void Guard(Action callback)
    {
        JsException? escaped;
        try
        {
            callback();
            return;
        }
        catch (JsException e)
        {
            escaped = e;
        }
        // The handler is JavaScript: it runs after the throwing code's finally blocks, and outside
        // the catch, whose funclet still sits on the thrower's stack (a stack overflow's handler
        // would overflow again); an error it throws must not be swallowed.
        JsException.Caught(escaped);
        if (UncaughtException?.Invoke(escaped) != true) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(escaped);
    }

    bool IsAlive => Timers.RefedCount > 0 || _refedImmediates > 0 || Volatile.Read(ref _pendingRefs) > 0 || !_posted.IsEmpty;

    /// <summary>Runs on the loop thread each time the loop is about to block waiting for I/O or a timer.</summary>
    public Action? BeforeWait;

    /// <summary>Runs turns until nothing keeps the loop alive. Call after the main module ran.</summary>
    public void Run()
    {
        DrainJobs();
        UpdateTime();
        while (IsAlive)
        {
            UpdateTime();
            RunTimers();
            Poll();
            RunImmediates();
        }
    }

    void RunTimers()
    {
        while (Timers.PopExpired(Now) is { } timer)
        {
            if (timer.Repeat > 0) timer.Start(timer.Repeat);
            RunCallback(timer.Callback);
        }
    }

    void Poll()
    {
        if (_posted.IsEmpty && _immediates.Count == 0 && Volatile.Read(ref _pendingRefs) + Timers.RefedCount > 0)
        {
            var due = Timers.NextDue();
            int wait = due is { } d ? (int)Math.Clamp(d - _clock.ElapsedMilliseconds, 0, int.MaxValue) : Timeout.Infinite;
            if (wait != 0)
            {
                // About to sleep: what the program wrote so far becomes visible (a server's log in a file or pipe).
                BeforeWait?.Invoke();
                _postedSignal.Wait(wait);
            }
            UpdateTime();
        }
        while (_posted.TryDequeue(out var callback))
        {
            _postedSignal.Wait(0);
            RunCallback(callback);
        }
    }

    void RunImmediates()
    {
        // Immediates queued while this phase runs wait for the next turn, as in node.
        long last = _immediateSequence;
        while (_immediates.First is { } first && first.Value.Sequence <= last)
        {
            var immediate = first.Value;
            ClearImmediate(immediate);
            RunCallback(immediate.Callback);
        }
    }
}

/// <summary>A callback queued for the check phase (setImmediate), ref'd unless unref'd.</summary>
public sealed class LoopImmediate
{
    readonly EventLoop _loop;
    internal LinkedListNode<LoopImmediate>? Node;
    internal long Sequence;
    public readonly Action Callback;

    internal LoopImmediate(EventLoop loop, Action callback)
    {
        _loop = loop;
        Callback = callback;
    }

    public bool HasRef { get; private set; } = true;
    public bool IsPending => Node != null;

    public void Clear() => _loop.ClearImmediate(this);

    public void Ref()
    {
        if (HasRef) return;
        HasRef = true;
        _loop.ImmediateRefChanged(this, true);
    }

    public void Unref()
    {
        if (!HasRef) return;
        HasRef = false;
        _loop.ImmediateRefChanged(this, false);
    }
}
