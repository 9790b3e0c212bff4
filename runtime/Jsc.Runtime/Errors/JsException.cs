using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Errors;

/// <summary>
/// A JavaScript `throw` crossing .NET frames: one exception type carrying the thrown value,
/// so `catch` in compiled code and hosts see exactly what was thrown.
/// </summary>
public sealed class JsException : Exception
{
    public readonly JsValue Value;

    public JsException(JsValue value) : base(null)
    {
        Value = value;
    }

    public override string Message => Describe(Value);

    /// <summary>The thrown value as a `catch` sees it. A stack overflow's RangeError is made without a trace
    /// (there is no stack left to take one); it gets the exception's own, from the throw to here.</summary>
    public static JsValue Caught(JsException e)
    {
        if (e.Value.AsObject is JsError { AwaitsTrace: true } error) error.AttachTrace(new System.Diagnostics.StackTrace(e, true));
        return e.Value;
    }

    /// <summary>
    /// The JavaScript stack (`Error: msg\n    at f (file.js:1:2)`), once <see cref="CaptureJsStack"/>
    /// read it on the JavaScript thread: hosts that rethrow on another thread call it first.
    /// </summary>
    public string? JsStack { get; private set; }

    /// <summary>Reads the thrown error's `stack` (or describes the value) while its realm is current.</summary>
    public JsException CaptureJsStack()
    {
        try
        {
            JsStack ??= Value.AsObject is JsError error && error.Get("stack") is { IsString: true } stack ? stack.String : Describe(Value);
        }
        catch (JsException)
        {
            JsStack ??= Describe(Value);
        }
        return this;
    }

    /// <summary>The JavaScript stack when captured, then the .NET frames.</summary>
    public override string ToString() => $"{GetType().FullName}: {JsStack ?? Message}{Environment.NewLine}{StackTrace}";

    /// <summary>"TypeError: x is not a function" for errors, the value's string otherwise; never throws.</summary>
    public static string Describe(JsValue value)
    {
        try
        {
            if (value.AsObject is JsError error) return error.Summary;
            return TypeConversion.ToString(value);
        }
        catch (JsException)
        {
            return "<uncaught exception>";
        }
    }
}
