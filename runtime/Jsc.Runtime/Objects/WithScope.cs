using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// The object environment records of `with` statements that enclose a function's creation,
/// innermost first, then those that enclosed the function creating it:
/// https://tc39.es/ecma262/#sec-object-environment-records
/// </summary>
public sealed class WithScope(JsValue[] objects, WithScope? parent)
{
    public readonly JsValue[] Objects = objects;
    public readonly WithScope? Parent = parent;
}
