using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The Map constructor: https://tc39.es/ecma262/#sec-map-constructor</summary>
public static class MapConstructor
{
    public static void Install(Realm realm)
    {
        var intrinsics = KeyedCollectionIntrinsics.Of(realm);
        var proto = new JsObject(realm.ObjectPrototype);
        intrinsics.MapPrototype = proto;
        var ctor = BuiltinTable.DefineConstructor(realm, "Map", 0, proto,
            (_, _) => Throw.TypeError<JsValue>("Constructor Map requires 'new'"), Construct);
        DefineSpecies(ctor, realm);
        MapPrototype.Install(realm, proto, intrinsics);
    }

    /// <summary>`get [Symbol.species]` returning `this`, shared by Map, Set and Promise.</summary>
    internal static void DefineSpecies(JsObject ctor, Realm realm) =>
        ctor.FastAddAccessor(JsSymbol.Species, new JsNativeFunction(realm, "get [Symbol.species]", 0, (thisValue, _) => thisValue), null, PropertyFlags.Configurable);

    /// <summary>https://tc39.es/ecma262/#sec-map-iterable</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var realm = Realm.Current;
        var intrinsics = KeyedCollectionIntrinsics.Of(realm);
        var map = new JsMap(JsFunction.GetPrototypeFromConstructor(newTarget, intrinsics.MapPrototype));
        var iterable = args.Arg(0);
        if (iterable.IsNullOrUndefined) return map;
        var adder = map.Get("set");
        if (adder.Ref is not JsFunction adderFn)
            return Throw.TypeError<JsValue>($"'{Inspect.Brief(adder)}' returned for property 'set' of object '{Inspect.Brief(map)}' is not a function");
        bool intrinsicAdder = ReferenceEquals(adderFn, intrinsics.MapSet);
        AddEntriesFromIterable(iterable, (key, value) =>
        {
            if (intrinsicAdder) map.Put(key, value);
            else adderFn.Call(JsValue.FromObject(map), [key, value]);
        });
        return map;
    }

    /// <summary>https://tc39.es/ecma262/#sec-add-entries-from-iterable (shared with WeakMap).</summary>
    internal static void AddEntriesFromIterable(JsValue iterable, Action<JsValue, JsValue> adder)
    {
        var method = GetIteratorMethod(iterable);
        ArrayAlgorithms.Iterate(iterable, method, item =>
        {
            if (item.Ref is not JsObject entry) return Throw.TypeError<bool>($"Iterator value {Inspect.Brief(item)} is not an entry object");
            JsValue key, value;
            if (entry is JsArray pair)
            {
                key = pair.GetIndex(0);
                value = pair.GetIndex(1);
            }
            else
            {
                key = entry.Get("0");
                value = entry.Get("1");
            }
            adder(key, value);
            return true;
        });
    }

    /// <summary>GetMethod(iterable, @@iterator), or V8's "x is not iterable" TypeError.</summary>
    internal static JsFunction GetIteratorMethod(JsValue iterable)
    {
        var method = iterable.IsNullOrUndefined ? JsValue.Undefined : ObjectOperations.GetIndex(iterable, JsValue.FromSymbol(JsSymbol.Iterator));
        if (method.Ref is JsFunction fn) return fn;
        return Throw.TypeError<JsFunction>($"{ObjectAlgorithms.DescribeForIteration(iterable)} is not iterable (cannot read property Symbol(Symbol.iterator))");
    }
}
