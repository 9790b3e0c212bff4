using System.Diagnostics;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Errors;

/// <summary>
/// Error instances: https://tc39.es/ecma262/#sec-error-objects — with V8's own `stack`
/// property, captured when the error is made and formatted on first read.
/// </summary>
public sealed class JsError : JsObject
{
    StackTrace? _trace;

    public JsError(JsObject prototype, string? message, bool captureStack = true) : base(prototype)
    {
        if (message != null) FastAddProperty("message", message, PropertyFlags.Writable | PropertyFlags.Configurable);
        if (captureStack)
        {
            _trace = new StackTrace(1, fNeedFileInfo: true);
            DeferProperty("stack");
        }
    }

    /// <summary>Made without a trace (see <see cref="Throw.StackOverflow"/>); the first catch attaches one.</summary>
    public bool AwaitsTrace;

    StackFrame[]? _frames;

    /// <summary>Takes the frames from the thrower up, without the innermost function's prologue (where the
    /// stack check failed): V8 reports the overflow at the call that could not be made.</summary>
    public void AttachTrace(StackTrace trace)
    {
        if (!AwaitsTrace) return;
        AwaitsTrace = false;
        var frames = trace.GetFrames();
        int first = Array.FindIndex(frames, f => f.GetMethod()?.IsDefined(typeof(JsFunctionAttribute), false) == true);
        if (first >= 0 && frames[first].GetFileLineNumber() <= 0) frames = frames[(first + 1)..];
        _frames = frames;
        DeferProperty("stack");
    }

    protected internal override bool IsOrdinaryKey(PropertyKey key) => !(key.Value is "stack") && !key.TryGetArrayIndex(out _);

    public override string ClassName => "Error";

    /// <summary>"Name: message" as Error.prototype.toString would give, without running user code.</summary>
    public string Summary
    {
        get
        {
            var name = SafeString(Get("name"), "Error");
            var message = SafeString(Get("message"), "");
            return message.Length == 0 ? name : name.Length == 0 ? message : name + ": " + message;
        }
    }

    static string SafeString(JsValue v, string fallback) => v.IsUndefined ? fallback : v.IsString ? v.String : v.ToString();

    protected override void MaterializeLazyProperty()
    {
        var text = Summary + (_frames != null ? StackTraceFormatter.Format(_frames) : StackTraceFormatter.Format(_trace));
        _frames = null;
        _trace = null;
        FastAddProperty("stack", text, PropertyFlags.Writable | PropertyFlags.Configurable);
    }
}
