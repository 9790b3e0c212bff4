using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// Base of the environment classes the emitter generates (one per scope whose variables
/// closures capture; the variables are public fields). Direct eval needs two things more:
/// the chain as untyped links, and a place for the `var`s that sloppy eval code declares
/// in its caller's function (https://tc39.es/ecma262/#sec-evaldeclarationinstantiation).
/// </summary>
public abstract class JsEnvironment
{
    public JsEnvironment? ParentEnvironment;
    /// <summary>Variables declared by sloppy direct eval into this function's scope.</summary>
    public Dictionary<string, JsValue>? EvalVars;
}

/// <summary>
/// On an environment field of a parameter that lives in a mapped `arguments` object's slot
/// <paramref name="index"/>: direct eval code reads and writes the parameter there.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class MappedParameterAttribute(int index) : Attribute
{
    public int Index { get; } = index;
}
