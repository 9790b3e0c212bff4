using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>`with (obj)`: https://tc39.es/ecma262/#sec-object-environment-records</summary>
public static class WithOperations
{
    public static JsValue ToWithObject(JsValue value) => JsValue.FromObject(TypeConversion.ToObject(value));

    /// <summary>HasBinding of an object environment record with withEnvironment true (Symbol.unscopables honoured).</summary>
    public static bool HasBinding(JsValue withObject, PropertySite site)
    {
        var o = withObject.Object;
        if (!o.HasProperty(site.Key)) return false;
        var unscopables = o.Get(JsSymbol.Unscopables);
        if (unscopables.AsObject is { } u && TypeConversion.ToBoolean(u.Get(site.Key))) return false;
        return true;
    }
}
