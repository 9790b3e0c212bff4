using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>A Date instance: https://tc39.es/ecma262/#sec-properties-of-date-instances — its [[DateValue]].</summary>
public sealed class JsDate(JsObject prototype, double timeValue) : JsObject(prototype)
{
    /// <summary>The time value: ms since the epoch (UTC), or NaN for an invalid date.</summary>
    public double TimeValue = timeValue;

    public override string ClassName => "Date";

    public bool IsValid => !double.IsNaN(TimeValue);
}
