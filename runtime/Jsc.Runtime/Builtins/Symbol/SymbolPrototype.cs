using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-properties-of-the-symbol-prototype-object</summary>
public static class SymbolPrototype
{
    public static void Install(Realm realm)
    {
        var proto = realm.SymbolPrototype;
        proto.DefineMethods(realm,
            new("toString", 0, ToString),
            new("valueOf", 0, ValueOf));
        proto.DefineAccessor(realm, "description", Description);
        proto.DefineToStringTag("Symbol");
        proto.DefineSymbolMethod(realm, JsSymbol.ToPrimitive, 1, ToPrimitive, PropertyFlags.Configurable);
    }

    /// <summary>https://tc39.es/ecma262/#sec-thissymbolvalue</summary>
    static JsSymbol ThisSymbolValue(JsValue value, string method)
    {
        if (value.IsSymbol) return value.Symbol;
        if (value.AsObject is JsPrimitiveWrapper { PrimitiveValue.IsSymbol: true } wrapper) return wrapper.PrimitiveValue.Symbol;
        return Throw.TypeError<JsSymbol>($"{method} requires that 'this' be a Symbol");
    }

    /// <summary>https://tc39.es/ecma262/#sec-symbol.prototype.tostring</summary>
    static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisSymbolValue(thisValue, "Symbol.prototype.toString").ToString();

    /// <summary>https://tc39.es/ecma262/#sec-symbol.prototype.valueof</summary>
    static JsValue ValueOf(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        JsValue.FromSymbol(ThisSymbolValue(thisValue, "Symbol.prototype.valueOf"));

    /// <summary>https://tc39.es/ecma262/#sec-symbol.prototype.description</summary>
    static JsValue Description(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisSymbolValue(thisValue, "Symbol.prototype.description").Description is { } d ? d : JsValue.Undefined;

    /// <summary>https://tc39.es/ecma262/#sec-symbol.prototype-@@toprimitive</summary>
    static JsValue ToPrimitive(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        JsValue.FromSymbol(ThisSymbolValue(thisValue, "Symbol.prototype [ @@toPrimitive ]"));
}
