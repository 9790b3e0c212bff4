namespace Jsc.Runtime.Loop;

/// <summary>
/// A timer on the loop (libuv's uv_timer_t): due at a loop time in milliseconds, optionally
/// repeating, and either keeping the loop alive (ref'd, the default) or not.
/// </summary>
public sealed class LoopTimer
{
    readonly EventLoop _loop;
    internal long Due;
    internal long Version;
    internal bool Active;
    bool _refed = true;

    public Action Callback;
    /// <summary>Milliseconds between runs of a repeating timer; 0 for a one-shot timer.</summary>
    public long Repeat;
    public long Delay { get; private set; }

    internal LoopTimer(EventLoop loop, Action callback)
    {
        _loop = loop;
        Callback = callback;
    }

    public bool IsActive => Active;
    public bool HasRef => _refed;

    /// <summary>(Re)starts the timer: due <paramref name="delay"/> ms after the loop's current time.</summary>
    public void Start(long delay)
    {
        Delay = delay;
        _loop.Timers.Schedule(this, _loop.CurrentTime() + delay);
    }

    public void Stop() => _loop.Timers.Cancel(this);

    public void Ref()
    {
        if (_refed) return;
        _refed = true;
        if (Active) _loop.Timers.RefedCount++;
    }

    public void Unref()
    {
        if (!_refed) return;
        _refed = false;
        if (Active) _loop.Timers.RefedCount--;
    }
}

/// <summary>
/// The loop's timers, ordered by due time and then by when they were scheduled (so timers
/// due at the same millisecond run in the order they were set, as node runs them).
/// Cancelled or rescheduled entries stay in the heap and are skipped when they surface.
/// </summary>
sealed class TimerHeap
{
    readonly PriorityQueue<(LoopTimer Timer, long Version), (long Due, long Sequence)> _heap = new();
    long _sequence;

    /// <summary>Active timers that keep the loop alive.</summary>
    public int RefedCount;

    public void Schedule(LoopTimer timer, long due)
    {
        Cancel(timer);
        timer.Active = true;
        timer.Due = due;
        timer.Version++;
        if (timer.HasRef) RefedCount++;
        _heap.Enqueue((timer, timer.Version), (due, _sequence++));
    }

    public void Cancel(LoopTimer timer)
    {
        if (!timer.Active) return;
        timer.Active = false;
        timer.Version++;
        if (timer.HasRef) RefedCount--;
    }

    /// <summary>The earliest active timer's due time, if any.</summary>
    public long? NextDue()
    {
        while (_heap.TryPeek(out var entry, out _))
        {
            if (entry.Timer.Active && entry.Timer.Version == entry.Version) return entry.Timer.Due;
            _heap.Dequeue();
        }
        return null;
    }

    /// <summary>Removes and returns the earliest active timer due at or before <paramref name="now"/>.</summary>
    public LoopTimer? PopExpired(long now)
    {
        var due = NextDue();
        if (due == null || due > now) return null;
        var timer = _heap.Dequeue().Timer;
        timer.Active = false;
        timer.Version++;
        if (timer.HasRef) RefedCount--;
        return timer;
    }
}
