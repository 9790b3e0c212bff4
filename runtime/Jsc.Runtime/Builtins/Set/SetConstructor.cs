using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The Set constructor: https://tc39.es/ecma262/#sec-set-constructor</summary>
public static class SetConstructor
{
    public static void Install(Realm realm)
    {
        var intrinsics = KeyedCollectionIntrinsics.Of(realm);
        var proto = new JsObject(realm.ObjectPrototype);
        intrinsics.SetPrototype = proto;
        var ctor = BuiltinTable.DefineConstructor(realm, "Set", 0, proto,
            (_, _) => Throw.TypeError<JsValue>("Constructor Set requires 'new'"), Construct);
        MapConstructor.DefineSpecies(ctor, realm);
        SetPrototype.Install(realm, proto, intrinsics);
    }

    /// <summary>https://tc39.es/ecma262/#sec-set-iterable</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var intrinsics = KeyedCollectionIntrinsics.Of(Realm.Current);
        var set = new JsSet(JsFunction.GetPrototypeFromConstructor(newTarget, intrinsics.SetPrototype));
        var iterable = args.Arg(0);
        if (iterable.IsNullOrUndefined) return set;
        var adder = set.Get("add");
        if (adder.Ref is not JsFunction adderFn)
            return Throw.TypeError<JsValue>($"'{Inspect.Brief(adder)}' returned for property 'add' of object '{Inspect.Brief(set)}' is not a function");
        bool intrinsicAdder = ReferenceEquals(adderFn, intrinsics.SetAdd);
        var method = MapConstructor.GetIteratorMethod(iterable);
        ArrayAlgorithms.Iterate(iterable, method, value =>
        {
            if (intrinsicAdder) set.Add(value);
            else adderFn.Call(JsValue.FromObject(set), [value]);
            return true;
        });
        return set;
    }
}
