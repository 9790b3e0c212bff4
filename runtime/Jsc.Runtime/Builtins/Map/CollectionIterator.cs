using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A Map Iterator or Set Iterator (https://tc39.es/ecma262/#sec-map-iterator-objects,
/// #sec-set-iterator-objects): a cursor into the collection's <see cref="OrderedStore"/>.
/// </summary>
public sealed class CollectionIterator : JsObject
{
    public enum Kind { Keys, Values, Entries }

    /// <summary>The store the cursor is in; null once the iterator is exhausted.</summary>
    internal OrderedStore? Store;
    internal int Index;
    internal readonly Kind IterationKind;
    internal readonly bool IsMap;

    CollectionIterator(JsObject prototype, OrderedStore store, Kind kind, bool isMap) : base(prototype)
    {
        Store = store;
        IterationKind = kind;
        IsMap = isMap;
    }

    /// <summary>https://tc39.es/ecma262/#sec-createmapiterator and #sec-createsetiterator</summary>
    public static JsValue Create(JsCollection collection, Kind kind)
    {
        var intrinsics = KeyedCollectionIntrinsics.Of(Realm.Current);
        bool isMap = collection is JsMap;
        var proto = isMap ? intrinsics.MapIteratorPrototype : intrinsics.SetIteratorPrototype;
        return JsValue.FromObject(new CollectionIterator(proto, collection.Store, kind, isMap));
    }

    /// <summary>The next entry without the iterator result object: false at the end.</summary>
    internal bool TryNext(out JsValue key, out JsValue value)
    {
        if (Store != null)
        {
            var store = Store;
            int entry = OrderedStore.Advance(ref store, ref Index);
            if (entry >= 0)
            {
                Store = store;
                key = store.Keys[entry];
                value = store.Values != null ? store.Values[entry] : key;
                return true;
            }
            Store = null;
        }
        key = value = default;
        return false;
    }

    /// <summary>The entries not yet visited, without moving the cursor (for util.inspect's previewEntries).</summary>
    public List<(JsValue Key, JsValue Value)> Remaining()
    {
        var list = new List<(JsValue, JsValue)>();
        if (Store == null) return list;
        var store = Store;
        int index = Index, entry;
        while ((entry = OrderedStore.Advance(ref store, ref index)) >= 0)
            list.Add((store.Keys[entry], store.Values != null ? store.Values[entry] : store.Keys[entry]));
        return list;
    }

    /// <summary>%MapIteratorPrototype%.next and %SetIteratorPrototype%.next</summary>
    internal static JsValue Next(JsValue thisValue, bool isMap)
    {
        if (thisValue.Ref is not CollectionIterator iterator || iterator.IsMap != isMap)
        {
            var name = isMap ? "Map Iterator" : "Set Iterator";
            return Throw.TypeError<JsValue>($"Method {name}.prototype.next called on incompatible receiver {Inspect.Brief(thisValue)}");
        }
        if (!iterator.TryNext(out var key, out var value)) return ArrayAlgorithms.CreateIterResultObject(JsValue.Undefined, true);
        var result = iterator.IterationKind switch
        {
            Kind.Keys => key,
            Kind.Values => value,
            _ => JsValue.FromObject(new JsArray(Realm.Current.ArrayPrototype, [key, value])),
        };
        return ArrayAlgorithms.CreateIterResultObject(result, false);
    }
}

/// <summary>The Map and Set intrinsics that <see cref="Realm"/> has no field for, one instance per realm.</summary>
public sealed class KeyedCollectionIntrinsics
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, KeyedCollectionIntrinsics> ByRealm = new();

    public JsObject MapPrototype = null!;
    public JsObject SetPrototype = null!;
    public JsObject MapIteratorPrototype = null!;
    public JsObject SetIteratorPrototype = null!;
    public JsObject WeakMapPrototype = null!;
    public JsObject WeakSetPrototype = null!;
    public JsObject WeakRefPrototype = null!;
    public JsObject FinalizationRegistryPrototype = null!;
    /// <summary>%Map.prototype.set% and %Set.prototype.add%: constructors from iterables skip the lookup when these are intact.</summary>
    public JsFunction MapSet = null!;
    public JsFunction SetAdd = null!;

    public static KeyedCollectionIntrinsics Of(Realm realm) => ByRealm.GetValue(realm, _ => new KeyedCollectionIntrinsics());
}
