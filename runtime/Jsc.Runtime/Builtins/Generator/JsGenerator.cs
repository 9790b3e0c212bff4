using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>How a suspended generator is resumed: the completion that GeneratorResume/GeneratorResumeAbrupt pass in.</summary>
public enum ResumeMode
{
    Next = 0,
    Throw = 1,
    Return = 2,
}

/// <summary>
/// A generator instance: https://tc39.es/ecma262/#sec-properties-of-generator-instances.
/// The compiler emits one subclass per generator function whose fields hold the function's
/// locals while it is suspended (see Emit/Generators in the compiler). Resuming calls the
/// function's own method again with the generator as its new.target argument (generators
/// are never constructors, so that slot is free): the method restores its locals and
/// jumps to the resume point. Suspending stores them back and returns the yielded value.
/// Async functions can reuse the same machinery: their awaits are suspensions that a
/// promise reaction resumes instead of a `next` call.
/// </summary>
public abstract class JsGenerator : JsObject
{
    enum GeneratorState { SuspendedStart, SuspendedYield, Executing, Completed }

    /// <summary>The generator function: its code is what every resumption runs.</summary>
    public readonly JsClosure Closure;
    /// <summary>The resume point the emitted code stored when it suspended; 0 once the body has returned.</summary>
    public int ResumePoint;
    /// <summary>Set by the emitted code when it suspends inside `yield*`: the value is the inner iterator's result object, passed on as is.</summary>
    public bool Delegating;
    /// <summary>The resumption's kind and value, read by the emitted code at the resume point.</summary>
    public ResumeMode Mode;
    public JsValue Sent;
    GeneratorState _state;

    protected JsGenerator(JsClosure closure) : base(GeneratorIntrinsics.InstancePrototype(closure)) => Closure = closure;

    /// <summary>For the frames of async functions and async generators, whose prototype is chosen by the subclass.</summary>
    protected JsGenerator(JsClosure closure, JsObject prototype) : base(prototype) => Closure = closure;

    /// <summary>Set by the emitted code of an async generator when it suspends at an `await` rather than a `yield`.</summary>
    public bool Awaiting;

    /// <summary>The generator a resumption passes in the new.target slot, or null on the call that starts it.</summary>
    public static JsGenerator? Resuming(JsValue newTarget) => newTarget.Ref as JsGenerator;

    /// <summary>At a `yield`'s resume point: the value sent by next(), or throw() throwing its value there.</summary>
    public JsValue TakeSent() => Mode == ResumeMode.Throw ? throw new JsException(Sent) : Sent;

    /// <summary>GeneratorResume and GeneratorResumeAbrupt: https://tc39.es/ecma262/#sec-generatorresume</summary>
    public JsValue Resume(ResumeMode mode, JsValue value)
    {
        var result = ResumeCore(mode, value, out bool done, out bool raw);
        return raw ? result : ArrayAlgorithms.CreateIterResultObject(result, done);
    }

    /// <summary>
    /// next() for a for-of loop, spread or destructuring while `next` is still the intrinsic:
    /// the same steps without the result object nobody else can see. False when done.
    /// </summary>
    public bool StepForIteration(out JsValue value)
    {
        var result = ResumeCore(ResumeMode.Next, JsValue.Undefined, out bool done, out bool raw);
        if (raw)
        {
            if (!result.IsObject) Throw.TypeError($"Iterator result {AbstractOps.Inspect.Brief(result)} is not an object");
            done = AbstractOps.TypeConversion.ToBoolean(result.Object.Get("done"));
            result = done ? default : result.Object.Get("value");
        }
        value = done ? default : result;
        return !done;
    }

    /// <summary>The resumption itself: the yielded or returned value, or (raw) an inner iterator's result object from yield*.</summary>
    unsafe JsValue ResumeCore(ResumeMode mode, JsValue value, out bool done, out bool raw)
    {
        done = true;
        raw = false;
        // GeneratorValidate: https://tc39.es/ecma262/#sec-generatorvalidate
        if (_state == GeneratorState.Executing) return Throw.TypeError<JsValue>("Generator is already running");
        if (_state == GeneratorState.SuspendedStart && mode != ResumeMode.Next) _state = GeneratorState.Completed;
        if (_state == GeneratorState.Completed)
        {
            if (mode == ResumeMode.Throw) throw new JsException(value);
            return mode == ResumeMode.Return ? value : JsValue.Undefined;
        }
        _state = GeneratorState.Executing;
        Mode = mode;
        Sent = value;
        JsValue result = default;
        bool threw = true;
        // A finally, not catch-and-rethrow: a rethrow at every level of a deep recursion would nest exception dispatches.
        try
        {
            result = Closure.Info.Code(Closure, JsValue.Undefined, ReadOnlySpan<JsValue>.Empty, JsValue.FromObject(this));
            threw = false;
        }
        finally
        {
            Sent = default;
            if (threw) _state = GeneratorState.Completed;
        }
        if (ResumePoint == 0)
        {
            _state = GeneratorState.Completed;
            return result;
        }
        _state = GeneratorState.SuspendedYield;
        done = false;
        raw = Delegating;
        Delegating = false;
        return result;
    }
}
