using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A WeakMap or WeakSet instance (https://tc39.es/ecma262/#sec-weakmap-objects): a
/// ConditionalWeakTable, so an entry lives exactly as long as its key does. Keys are objects
/// and symbols not made by Symbol.for (CanBeHeldWeakly).
/// </summary>
public sealed class JsWeakCollection : JsObject
{
    internal readonly ConditionalWeakTable<object, StrongBox<JsValue>> Table = new();
    internal readonly bool IsMap;

    public JsWeakCollection(JsObject prototype, bool isMap) : base(prototype) => IsMap = isMap;

    public override string ClassName => IsMap ? "WeakMap" : "WeakSet";

    /// <summary>https://tc39.es/ecma262/#sec-canbeheldweakly</summary>
    public static bool CanBeHeldWeakly(JsValue v) =>
        v.Ref is JsObject || v.Ref is JsSymbol symbol && !SymbolConstructor.IsRegistered(symbol);

    /// <summary>The live entries (in no particular order), for util.inspect with showHidden.</summary>
    public List<(JsValue Key, JsValue Value)> Entries()
    {
        var list = new List<(JsValue, JsValue)>();
        foreach (var (key, box) in (IEnumerable<KeyValuePair<object, StrongBox<JsValue>>>)Table)
        {
            var k = key is JsSymbol s ? JsValue.FromSymbol(s) : JsValue.FromObject((JsObject)key);
            list.Add((k, box.Value));
        }
        return list;
    }
}

/// <summary>The WeakMap and WeakSet constructors and prototypes: https://tc39.es/ecma262/#sec-weakmap-constructor, #sec-weakset-constructor</summary>
public static class WeakCollections
{
    public static void Install(Realm realm)
    {
        var intrinsics = KeyedCollectionIntrinsics.Of(realm);
        var mapProto = intrinsics.WeakMapPrototype = new JsObject(realm.ObjectPrototype);
        BuiltinTable.DefineConstructor(realm, "WeakMap", 0, mapProto,
            (_, _) => Throw.TypeError<JsValue>("Constructor WeakMap requires 'new'"), ConstructWeakMap);
        mapProto.DefineMethods(realm,
            new BuiltinMethod("delete", 1, (t, a) => This(t, true, "delete").Table.Remove(Key(a))),
            new BuiltinMethod("get", 1, (t, a) => This(t, true, "get").Table.TryGetValue(Key(a), out var box) ? box.Value : JsValue.Undefined),
            new BuiltinMethod("set", 2, WeakMapSet),
            new BuiltinMethod("has", 1, (t, a) => This(t, true, "has").Table.TryGetValue(Key(a), out _)));
        mapProto.DefineToStringTag("WeakMap");

        var setProto = intrinsics.WeakSetPrototype = new JsObject(realm.ObjectPrototype);
        BuiltinTable.DefineConstructor(realm, "WeakSet", 0, setProto,
            (_, _) => Throw.TypeError<JsValue>("Constructor WeakSet requires 'new'"), ConstructWeakSet);
        setProto.DefineMethods(realm,
            new BuiltinMethod("delete", 1, (t, a) => This(t, false, "delete").Table.Remove(Key(a))),
            new BuiltinMethod("has", 1, (t, a) => This(t, false, "has").Table.TryGetValue(Key(a), out _)),
            new BuiltinMethod("add", 1, WeakSetAdd));
        setProto.DefineToStringTag("WeakSet");
    }

    static JsWeakCollection This(JsValue thisValue, bool isMap, string method)
    {
        if (thisValue.Ref is JsWeakCollection c && c.IsMap == isMap) return c;
        return Throw.TypeError<JsWeakCollection>($"Method {(isMap ? "WeakMap" : "WeakSet")}.prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");
    }

    /// <summary>The table key for a lookup; a value that cannot be held weakly is never present (a fresh object stands in).</summary>
    static object Key(ReadOnlySpan<JsValue> args)
    {
        var v = args.Arg(0);
        return JsWeakCollection.CanBeHeldWeakly(v) ? v.Ref! : Absent;
    }

    static readonly object Absent = new();

    /// <summary>https://tc39.es/ecma262/#sec-weakmap.prototype.set</summary>
    static JsValue WeakMapSet(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var map = This(thisValue, true, "set");
        Put(map, args.Arg(0), args.Arg(1));
        return thisValue;
    }

    static void Put(JsWeakCollection map, JsValue key, JsValue value)
    {
        if (!JsWeakCollection.CanBeHeldWeakly(key)) Throw.TypeError("Invalid value used as weak map key");
        map.Table.AddOrUpdate(key.Ref!, new StrongBox<JsValue>(value));
    }

    /// <summary>https://tc39.es/ecma262/#sec-weakset.prototype.add</summary>
    static JsValue WeakSetAdd(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var set = This(thisValue, false, "add");
        Add(set, args.Arg(0));
        return thisValue;
    }

    static void Add(JsWeakCollection set, JsValue value)
    {
        if (!JsWeakCollection.CanBeHeldWeakly(value)) Throw.TypeError("Invalid value used in weak set");
        set.Table.AddOrUpdate(value.Ref!, new StrongBox<JsValue>(JsValue.True));
    }

    /// <summary>https://tc39.es/ecma262/#sec-weakmap-iterable</summary>
    static JsValue ConstructWeakMap(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, KeyedCollectionIntrinsics.Of(Realm.Current).WeakMapPrototype);
        var map = new JsWeakCollection(proto, isMap: true);
        var iterable = args.Arg(0);
        if (iterable.IsNullOrUndefined) return map;
        var adder = map.Get("set");
        if (adder.Ref is not JsFunction adderFn)
            return Throw.TypeError<JsValue>($"'{Inspect.Brief(adder)}' returned for property 'set' of object '{Inspect.Brief(map)}' is not a function");
        MapConstructor.AddEntriesFromIterable(iterable, (key, value) => adderFn.Call(JsValue.FromObject(map), [key, value]));
        return map;
    }

    /// <summary>https://tc39.es/ecma262/#sec-weakset-iterable</summary>
    static JsValue ConstructWeakSet(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, KeyedCollectionIntrinsics.Of(Realm.Current).WeakSetPrototype);
        var set = new JsWeakCollection(proto, isMap: false);
        var iterable = args.Arg(0);
        if (iterable.IsNullOrUndefined) return set;
        var adder = set.Get("add");
        if (adder.Ref is not JsFunction adderFn)
            return Throw.TypeError<JsValue>($"'{Inspect.Brief(adder)}' returned for property 'add' of object '{Inspect.Brief(set)}' is not a function");
        ArrayAlgorithms.Iterate(iterable, MapConstructor.GetIteratorMethod(iterable), value =>
        {
            adderFn.Call(JsValue.FromObject(set), [value]);
            return true;
        });
        return set;
    }
}
