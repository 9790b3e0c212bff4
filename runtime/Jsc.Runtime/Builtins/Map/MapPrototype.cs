using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>Map.prototype and %MapIteratorPrototype%: https://tc39.es/ecma262/#sec-properties-of-the-map-prototype-object</summary>
public static class MapPrototype
{
    public static void Install(Realm realm, JsObject proto, KeyedCollectionIntrinsics intrinsics)
    {
        proto.DefineMethods(realm,
            new BuiltinMethod("get", 1, Get),
            new BuiltinMethod("set", 2, Set),
            new BuiltinMethod("has", 1, Has),
            new BuiltinMethod("delete", 1, Delete),
            new BuiltinMethod("clear", 0, Clear),
            new BuiltinMethod("entries", 0, Entries),
            new BuiltinMethod("forEach", 1, ForEach));
        proto.DefineMethods(realm, new BuiltinMethod("keys", 0, Keys));
        proto.DefineAccessor(realm, "size", Size);
        proto.DefineMethods(realm, new BuiltinMethod("values", 0, Values));
        proto.DefineToStringTag("Map");
        proto.FastAddProperty(JsSymbol.Iterator, proto.Get("entries"), PropertyFlags.Writable | PropertyFlags.Configurable);
        intrinsics.MapSet = (JsFunction)proto.Get("set").Object;

        var iteratorProto = new JsObject(realm.IteratorPrototype);
        iteratorProto.DefineMethods(realm, new BuiltinMethod("next", 0, (thisValue, _) => CollectionIterator.Next(thisValue, isMap: true)));
        iteratorProto.DefineToStringTag("Map Iterator");
        intrinsics.MapIteratorPrototype = iteratorProto;
    }

    static JsMap ThisMap(JsValue thisValue, string method) =>
        thisValue.Ref as JsMap ?? Throw.TypeError<JsMap>($"Method Map.prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.get</summary>
    static JsValue Get(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisMap(thisValue, "get").Lookup(args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.set</summary>
    static JsValue Set(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ThisMap(thisValue, "set").Put(args.Arg(0), args.Arg(1));
        return thisValue;
    }

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.has</summary>
    static JsValue Has(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisMap(thisValue, "has").Has(args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.delete</summary>
    static JsValue Delete(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisMap(thisValue, "delete").Remove(args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.clear</summary>
    static JsValue Clear(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ThisMap(thisValue, "clear").Clear();
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.entries</summary>
    static JsValue Entries(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CollectionIterator.Create(ThisMap(thisValue, "entries"), CollectionIterator.Kind.Entries);

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.keys</summary>
    static JsValue Keys(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CollectionIterator.Create(ThisMap(thisValue, "keys"), CollectionIterator.Kind.Keys);

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.values</summary>
    static JsValue Values(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CollectionIterator.Create(ThisMap(thisValue, "values"), CollectionIterator.Kind.Values);

    /// <summary>https://tc39.es/ecma262/#sec-get-map.prototype.size</summary>
    static JsValue Size(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        (thisValue.Ref as JsMap ?? Throw.TypeError<JsMap>($"Method get Map.prototype.size called on incompatible receiver {Inspect.Brief(thisValue)}")).Size;

    /// <summary>https://tc39.es/ecma262/#sec-map.prototype.foreach</summary>
    static JsValue ForEach(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var map = ThisMap(thisValue, "forEach");
        ForEachEntry(map, args, thisValue);
        return JsValue.Undefined;
    }

    /// <summary>The loop of Map and Set forEach: entries added by the callback are visited, deleted ones are not.</summary>
    internal static void ForEachEntry(JsCollection collection, ReadOnlySpan<JsValue> args, JsValue thisValue)
    {
        var callback = args.Arg(0).Ref as JsFunction ?? Throw.TypeError<JsFunction>($"{DescribeNonCallable(args.Arg(0))} is not a function");
        var thisArg = args.Arg(1);
        var store = collection.Store;
        int index = 0, entry;
        // One argument array serves every call: a callee cannot keep the span it is given.
        var buffer = new JsValue[3];
        buffer[2] = thisValue;
        while ((entry = OrderedStore.Advance(ref store, ref index)) >= 0)
        {
            var key = store.Keys[entry];
            buffer[0] = store.Values != null ? store.Values[entry] : key;
            buffer[1] = key;
            callback.Call(thisArg, buffer);
        }
    }

    /// <summary>How V8 names a forEach callback that is not callable: `number 3`, `string "x"`, `object`.</summary>
    static string DescribeNonCallable(JsValue value) => value.Ref switch
    {
        null => "undefined",
        JsObject => "object",
        JsSymbol => "symbol",
        _ when value.IsString => $"string \"{value.String}\"",
        _ => $"{value.TypeOf()} {TypeConversion.ToString(value)}",
    };
}
