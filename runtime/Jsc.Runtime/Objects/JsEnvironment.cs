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
