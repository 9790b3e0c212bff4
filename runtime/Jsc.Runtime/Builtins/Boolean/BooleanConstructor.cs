using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-boolean-constructor</summary>
public static class BooleanConstructor
{
    public static void Install(Realm realm)
    {
        BuiltinTable.DefineConstructor(realm, "Boolean", 1, realm.BooleanPrototype, Call, Construct);
        BooleanPrototype.Install(realm);
    }

    /// <summary>https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value</summary>
    static JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) => TypeConversion.ToBoolean(args.Arg(0));

    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var value = JsValue.FromBoolean(TypeConversion.ToBoolean(args.Arg(0)));
        return new JsPrimitiveWrapper(JsFunction.GetPrototypeFromConstructor(newTarget, Realm.Current.BooleanPrototype), value);
    }
}
