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

    /// <summary>DeleteBinding of an object environment record: https://tc39.es/ecma262/#sec-object-environment-records-deletebinding-n</summary>
    public static bool DeleteBinding(JsValue withObject, PropertySite site) => withObject.Object.Delete(site.Key);

    /// <summary>
    /// A function created inside `with` keeps the with-objects (innermost first) and those its creator
    /// kept, so that its free names resolve through them: https://tc39.es/ecma262/#sec-runtime-semantics-instantiateordinaryfunctionexpression
    /// </summary>
    public static JsValue Capture(JsValue function, JsClosure? creator, JsValue[] objects)
    {
        var outer = creator?.WithScope;
        ((JsClosure)function.Object).WithScope = objects.Length > 0 ? new WithScope(objects, outer) : outer;
        return function;
    }

    /// <summary>GetIdentifierReference through the with-objects a function captured: the first that has the name.</summary>
    public static bool TryFindCaptured(JsClosure callee, PropertySite site, out JsValue withObject)
    {
        for (var scope = callee.WithScope; scope != null; scope = scope.Parent)
        {
            foreach (var o in scope.Objects)
            {
                if (HasBinding(o, site))
                {
                    withObject = o;
                    return true;
                }
            }
        }
        withObject = JsValue.Undefined;
        return false;
    }
}
