using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>Short renderings of values for V8-style error messages; never runs user code.</summary>
public static class Inspect
{
    public static string Brief(JsValue value) => value.Ref switch
    {
        null => "undefined",
        string s => s,
        JsRope r => r.Flatten(),
        JsSymbol sym => sym.ToString(),
        JsFunction f => f.DisplayName.Length > 0 ? $"function {f.DisplayName}" : "function",
        JsArray => "[object Array]",
        Builtins.JsTypedArray typed => $"[object {typed.ClassName}]",
        // V8 shows these by their class, not their constructor.
        Builtins.JsRegExp => "[object RegExp]",
        JsPrimitiveWrapper w => $"[object {w.ClassName}]",
        JsObject { Prototype: null } => "[object Object]",
        JsObject o => $"#<{ConstructorName(o)}>",
        _ => value.ToString(),
    };

    /// <summary>The name V8 shows for an object: its constructor's name, found without calling getters.</summary>
    public static string ConstructorName(JsObject o)
    {
        for (var p = o.Prototype; p != null; p = p.Prototype)
        {
            if (p.GetOwnProperty("constructor") is { IsDataDescriptor: true } desc && desc.Value.AsObject is JsFunction ctor)
                return ctor.DisplayName.Length > 0 ? ctor.DisplayName : "Object";
        }
        return "Object";
    }
}
