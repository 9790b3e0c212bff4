using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>Set.prototype and %SetIteratorPrototype%: https://tc39.es/ecma262/#sec-properties-of-the-set-prototype-object</summary>
public static class SetPrototype
{
    public static void Install(Realm realm, JsObject proto, KeyedCollectionIntrinsics intrinsics)
    {
        proto.DefineMethods(realm,
            new BuiltinMethod("has", 1, Has),
            new BuiltinMethod("add", 1, Add),
            new BuiltinMethod("delete", 1, Delete),
            new BuiltinMethod("clear", 0, Clear),
            new BuiltinMethod("entries", 0, Entries),
            new BuiltinMethod("forEach", 1, ForEach));
        proto.DefineAccessor(realm, "size", Size);
        proto.DefineMethods(realm, new BuiltinMethod("values", 0, Values));
        var values = proto.Get("values");
        // Set.prototype.keys is the same function object as Set.prototype.values.
        proto.FastAddProperty("keys", values, PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.DefineToStringTag("Set");
        proto.FastAddProperty(JsSymbol.Iterator, values, PropertyFlags.Writable | PropertyFlags.Configurable);
        intrinsics.SetAdd = (JsFunction)proto.Get("add").Object;

        var iteratorProto = new JsObject(realm.IteratorPrototype);
        iteratorProto.DefineMethods(realm, new BuiltinMethod("next", 0, (thisValue, _) => CollectionIterator.Next(thisValue, isMap: false)));
        iteratorProto.DefineToStringTag("Set Iterator");
        intrinsics.SetIteratorPrototype = iteratorProto;
    }

    static JsSet ThisSet(JsValue thisValue, string method) =>
        thisValue.Ref as JsSet ?? Throw.TypeError<JsSet>($"Method Set.prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    /// <summary>https://tc39.es/ecma262/#sec-set.prototype.has</summary>
    static JsValue Has(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisSet(thisValue, "has").Has(args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-set.prototype.add</summary>
    static JsValue Add(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ThisSet(thisValue, "add").Add(args.Arg(0));
        return thisValue;
    }

    /// <summary>https://tc39.es/ecma262/#sec-set.prototype.delete</summary>
    static JsValue Delete(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisSet(thisValue, "delete").Remove(args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-set.prototype.clear</summary>
    static JsValue Clear(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ThisSet(thisValue, "clear").Clear();
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-set.prototype.entries</summary>
    static JsValue Entries(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CollectionIterator.Create(ThisSet(thisValue, "entries"), CollectionIterator.Kind.Entries);

    /// <summary>https://tc39.es/ecma262/#sec-set.prototype.values</summary>
    static JsValue Values(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CollectionIterator.Create(ThisSet(thisValue, "values"), CollectionIterator.Kind.Values);

    /// <summary>https://tc39.es/ecma262/#sec-get-set.prototype.size</summary>
    static JsValue Size(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        (thisValue.Ref as JsSet ?? Throw.TypeError<JsSet>($"Method get Set.prototype.size called on incompatible receiver {Inspect.Brief(thisValue)}")).Size;

    /// <summary>https://tc39.es/ecma262/#sec-set.prototype.foreach</summary>
    static JsValue ForEach(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        MapPrototype.ForEachEntry(ThisSet(thisValue, "forEach"), args, thisValue);
        return JsValue.Undefined;
    }
}
