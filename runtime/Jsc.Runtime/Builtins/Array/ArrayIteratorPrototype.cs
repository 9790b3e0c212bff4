using Jsc.Runtime.Errors;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>An Array Iterator instance: https://tc39.es/ecma262/#sec-properties-of-array-iterator-instances</summary>
public sealed class ArrayIterator : JsObject
{
    public enum Kind { Keys, Values, Entries }

    /// <summary>[[IteratedArrayLike]]; null once the iterator is exhausted.</summary>
    internal JsObject? Iterated;
    internal double NextIndex;
    internal readonly Kind IterationKind;

    ArrayIterator(JsObject prototype, JsObject iterated, Kind kind) : base(prototype)
    {
        Iterated = iterated;
        IterationKind = kind;
    }

    /// <summary>https://tc39.es/ecma262/#sec-createarrayiterator</summary>
    public static JsValue Create(JsObject array, Kind kind) =>
        JsValue.FromObject(new ArrayIterator(CollectionIntrinsics.Of(Realm.Current).ArrayIteratorPrototype, array, kind));
}

/// <summary>%ArrayIteratorPrototype%: https://tc39.es/ecma262/#sec-%arrayiteratorprototype%-object</summary>
public static class ArrayIteratorPrototype
{
    public static void Install(Realm realm, CollectionIntrinsics intrinsics)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        proto.DefineMethods(realm, new BuiltinMethod("next", 0, Next));
        proto.FastAddProperty(JsSymbol.ToStringTag, "Array Iterator", PropertyFlags.Configurable);
        intrinsics.ArrayIteratorPrototype = proto;
        intrinsics.ArrayIteratorNext = (JsFunction)proto.Get("next").Object;
        // %IteratorPrototype%[@@iterator] belongs to the iterator intrinsics; add it if no installer has.
        if (!realm.IteratorPrototype.HasOwnPropertyFast(JsSymbol.Iterator))
            realm.IteratorPrototype.FastAddProperty(JsSymbol.Iterator,
                JsValue.FromObject(new JsNativeFunction(realm, "[Symbol.iterator]", 0, (thisValue, _) => thisValue)),
                PropertyFlags.Writable | PropertyFlags.Configurable);
    }

    /// <summary>https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next</summary>
    static JsValue Next(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not ArrayIterator iterator)
            return Throw.TypeError<JsValue>($"Method Array Iterator.prototype.next called on incompatible receiver {Inspect.Brief(thisValue)}");
        var array = iterator.Iterated;
        if (array == null) return CreateIterResultObject(JsValue.Undefined, true);
        double index = iterator.NextIndex;
        // Typed arrays are iterated up to their [[ArrayLength]], whatever `length` says.
        if (index >= (array is JsTypedArray typed ? typed.Length : LengthOfArrayLike(array)))
        {
            iterator.Iterated = null;
            return CreateIterResultObject(JsValue.Undefined, true);
        }
        iterator.NextIndex = index + 1;
        var result = iterator.IterationKind switch
        {
            ArrayIterator.Kind.Keys => JsValue.FromNumber(index),
            ArrayIterator.Kind.Values => GetElement(array, index),
            _ => JsValue.FromObject(new JsArray(Realm.Current.ArrayPrototype, [JsValue.FromNumber(index), GetElement(array, index)])),
        };
        return CreateIterResultObject(result, false);
    }
}
