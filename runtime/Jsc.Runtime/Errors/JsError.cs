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
        var text = Summary + StackTraceFormatter.Format(_trace);
        _trace = null;
        FastAddProperty("stack", text, PropertyFlags.Writable | PropertyFlags.Configurable);
    }
}
