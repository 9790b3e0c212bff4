using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-properties-of-the-boolean-prototype-object</summary>
public static class BooleanPrototype
{
    public static void Install(Realm realm) =>
        realm.BooleanPrototype.DefineMethods(realm,
            new("toString", 0, ToString),
            new("valueOf", 0, ValueOf));

    /// <summary>https://tc39.es/ecma262/#sec-thisbooleanvalue</summary>
    static bool ThisBooleanValue(JsValue value, string method)
    {
        if (value.IsBoolean) return value.IsTrue;
        if (value.AsObject is JsPrimitiveWrapper { PrimitiveValue.IsBoolean: true } wrapper) return wrapper.PrimitiveValue.IsTrue;
        return Throw.TypeError<bool>($"Boolean.prototype.{method} requires that 'this' be a Boolean");
    }

    /// <summary>https://tc39.es/ecma262/#sec-boolean.prototype.tostring</summary>
    static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisBooleanValue(thisValue, "toString") ? "true" : "false";

    /// <summary>https://tc39.es/ecma262/#sec-boolean.prototype.valueof</summary>
    static JsValue ValueOf(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisBooleanValue(thisValue, "valueOf");
}
