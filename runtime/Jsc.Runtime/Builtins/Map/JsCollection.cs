using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A Map or Set instance: an ordinary object with a [[MapData]] / [[SetData]] slot, kept in an
/// <see cref="OrderedStore"/> that this object swaps when the table grows, shrinks or clears.
/// </summary>
public abstract class JsCollection : JsObject
{
    internal OrderedStore Store;

    protected JsCollection(JsObject prototype, bool hasValues) : base(prototype) => Store = new OrderedStore(hasValues);

    public int Size => Store.Live;

    public bool Has(JsValue key) => Store.Find(OrderedStore.Normalize(key)) >= 0;

    public bool Remove(JsValue key)
    {
        Store = Store.Remove(OrderedStore.Normalize(key), out bool removed);
        return removed;
    }

    public void Clear() => Store = Store.Clear();

    /// <summary>The live entries in order, keys and values, for C# callers (the inspector); mutation is visible as in a JS loop.</summary>
    public IEnumerable<(JsValue Key, JsValue Value)> Entries()
    {
        var store = Store;
        int index = 0;
        int entry;
        while ((entry = OrderedStore.Advance(ref store, ref index)) >= 0)
            yield return (store.Keys[entry], store.Values != null ? store.Values[entry] : store.Keys[entry]);
    }
}

/// <summary>A Map instance: https://tc39.es/ecma262/#sec-properties-of-map-instances</summary>
public sealed class JsMap(JsObject prototype) : JsCollection(prototype, hasValues: true)
{
    public override string ClassName => "Map";

    public JsValue Lookup(JsValue key)
    {
        int i = Store.Find(OrderedStore.Normalize(key));
        return i >= 0 ? Store.Values![i] : JsValue.Undefined;
    }

    public void Put(JsValue key, JsValue value) => Store = Store.Add(OrderedStore.Normalize(key), value);
}

/// <summary>A Set instance: https://tc39.es/ecma262/#sec-properties-of-set-instances</summary>
public sealed class JsSet(JsObject prototype) : JsCollection(prototype, hasValues: false)
{
    public override string ClassName => "Set";

    public void Add(JsValue value) => Store = Store.Add(OrderedStore.Normalize(value), default);
}
