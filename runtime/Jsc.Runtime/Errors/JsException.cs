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
