using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// The `arguments` object: https://tc39.es/ecma262/#sec-arguments-exotic-objects
/// In a sloppy function with simple parameters it is mapped: the parameters themselves
/// live in <see cref="Slots"/> (the emitter reads and writes them there), so `arguments[0]`
/// and the first parameter stay the same variable until the index is deleted or redefined.
/// </summary>
public sealed class ArgumentsObject : JsObject
{
    /// <summary>Storage of the parameters (and the extra arguments).</summary>
    public readonly JsValue[] Slots;
    readonly bool[]? _mapped;

    ArgumentsObject(JsObject prototype, JsValue[] slots, bool[]? mapped) : base(prototype)
    {
        Slots = slots;
        _mapped = mapped;
    }

    public override string ClassName => "Arguments";

    protected internal override bool IsOrdinaryKey(PropertyKey key) => _mapped == null || !key.TryGetArrayIndex(out _);

    /// <summary>Unmapped arguments, for strict functions and non-simple parameter lists.</summary>
    public static JsValue CreateUnmapped(ReadOnlySpan<JsValue> args)
    {
        var realm = Realm.Current;
        var o = new ArgumentsObject(realm.ObjectPrototype, [], null);
        if (o.TryUseCachedShape(realm, CacheIndex(args.Length, mapped: false), args, args.Length, null)) return JsValue.FromObject(o);
        for (int i = 0; i < args.Length; i++) o.FastAddProperty(PropertyKey.FromIndex((uint)i), args[i]);
        o.FastAddProperty("length", args.Length, PropertyFlags.Writable | PropertyFlags.Configurable);
        o.AddIteratorAndCallee(realm, null);
        o.CacheShape(realm, CacheIndex(args.Length, mapped: false));
        return JsValue.FromObject(o);
    }

    /// <summary>Mapped arguments for a sloppy function with `parameterCount` simple parameters.</summary>
    public static JsValue CreateMapped(ReadOnlySpan<JsValue> args, int parameterCount, JsFunction callee)
    {
        var realm = Realm.Current;
        var slots = new JsValue[Math.Max(parameterCount, args.Length)];
        args.CopyTo(slots);
        var mapped = new bool[slots.Length];
        for (int i = 0; i < args.Length; i++) mapped[i] = i < parameterCount;
        var o = new ArgumentsObject(realm.ObjectPrototype, slots, mapped);
        // Only the arguments past the parameters are ordinary properties; the others live in Slots.
        var extra = args.Length > parameterCount ? args[parameterCount..] : [];
        int cacheIndex = parameterCount == 0 || extra.Length == 0 ? CacheIndex(extra.Length, mapped: true) : -1;
        if (o.TryUseCachedShape(realm, cacheIndex, extra, args.Length, callee)) return JsValue.FromObject(o);
        for (int i = parameterCount; i < args.Length; i++) o.FastAddProperty(PropertyKey.FromIndex((uint)i), args[i]);
        o.FastAddProperty("length", args.Length, PropertyFlags.Writable | PropertyFlags.Configurable);
        o.AddIteratorAndCallee(realm, callee);
        o.CacheShape(realm, cacheIndex);
        return JsValue.FromObject(o);
    }

    // The shapes of fresh arguments objects are the same for every call with as many ordinary
    // index properties (of mapped objects only those of a function without parameters, or none,
    // so that the keys are 0..n-1 too): the realm keeps one per count, for unmapped and mapped.
    const int CachedCounts = 8;

    static int CacheIndex(int indexProperties, bool mapped) =>
        indexProperties >= CachedCounts ? -1 : indexProperties + (mapped ? CachedCounts : 0);

    void CacheShape(Realm realm, int cacheIndex)
    {
        if (cacheIndex < 0 || _shape == null) return;
        (realm.ArgumentsShapes ??= new Shape?[2 * CachedCounts])[cacheIndex] = _shape;
    }

    /// <summary>
    /// Fills a fresh object as the slow path would, from the cached shape: the index properties,
    /// length, @@iterator and callee (the slow path's order). False when no shape is cached yet.
    /// </summary>
    bool TryUseCachedShape(Realm realm, int cacheIndex, ReadOnlySpan<JsValue> indexed, int length, JsFunction? callee)
    {
        if (cacheIndex < 0 || realm.ArgumentsShapes?[cacheIndex] is not { } shape) return false;
        var slots = new JsValue[shape.Count];
        indexed.CopyTo(slots);
        int next = indexed.Length;
        slots[next++] = length;
        if (realm.ArrayValuesFunction is { } values) slots[next++] = JsValue.FromObject(values);
        if (callee != null) slots[next++] = JsValue.FromObject(callee);
        else if (realm.ThrowTypeErrorFunction is { } thrower) slots[next++] = AccessorValue(new Accessor(thrower, thrower));
        if (next != slots.Length) return false;
        _shape = shape;
        _slots = slots;
        if (indexed.Length > 0) HasIndexedOwnProperties = true;
        return true;
    }

    // https://tc39.es/ecma262/#sec-createunmappedargumentsobject and #sec-createmappedargumentsobject:
    // @@iterator is %Array.prototype.values% and a strict callee is %ThrowTypeError%, the realm's own.
    void AddIteratorAndCallee(Realm realm, JsFunction? callee)
    {
        if (realm.ArrayValuesFunction is { } values) FastAddProperty(JsSymbol.Iterator, JsValue.FromObject(values), PropertyFlags.Writable | PropertyFlags.Configurable);
        if (callee != null) FastAddProperty("callee", JsValue.FromObject(callee), PropertyFlags.Writable | PropertyFlags.Configurable);
        else if (realm.ThrowTypeErrorFunction is { } thrower) FastAddAccessor("callee", thrower, thrower, PropertyFlags.None);
    }

    bool IsMapped(PropertyKey key, out uint index) =>
        key.TryGetArrayIndex(out index) && _mapped != null && index < _mapped.Length && _mapped[index];

    public override PropertyDescriptor? GetOwnProperty(PropertyKey key)
    {
        if (IsMapped(key, out uint i)) return PropertyDescriptor.Data(Slots[i], PropertyFlags.Default);
        return base.GetOwnProperty(key);
    }

    public override bool HasOwnPropertyFast(PropertyKey key) => GetOwnProperty(key) != null;
    public override JsValue Get(PropertyKey key, JsValue receiver) => IsMapped(key, out uint i) ? Slots[i] : GetExotic(key, receiver);

    public override bool Set(PropertyKey key, JsValue value, JsValue receiver)
    {
        if (receiver.Ref == this && IsMapped(key, out uint i))
        {
            Slots[i] = value;
            return true;
        }
        return OrdinarySetWithOwnDescriptor(key, value, receiver, GetOwnProperty(key));
    }

    /// <summary>https://tc39.es/ecma262/#sec-arguments-exotic-objects-defineownproperty-p-desc</summary>
    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc)
    {
        if (!IsMapped(key, out uint i)) return base.DefineOwnProperty(key, desc);
        // Move the element into ordinary storage, then apply the definition there.
        var current = PropertyDescriptor.Data(Slots[i], PropertyFlags.Default);
        if (!ValidateAndApplyPropertyDescriptor(key, Extensible, desc, null) && !ValidateAndApplyPropertyDescriptor(key, true, desc, current)) return false;
        if (desc.IsAccessorDescriptor) _mapped![i] = false;
        else
        {
            if (desc.HasValue) Slots[i] = desc.Value;
            if (desc.HasWritable && !desc.Writable) _mapped![i] = false;
            else if (!base.GetOwnProperty(key)!.Configurable || !base.GetOwnProperty(key)!.Enumerable) _mapped![i] = false;
            if (_mapped![i]) base.Delete(key);
        }
        return true;
    }

    public override bool Delete(PropertyKey key)
    {
        if (IsMapped(key, out uint i))
        {
            _mapped![i] = false;
            return true;
        }
        return base.Delete(key);
    }

    public override List<PropertyKey> OwnPropertyKeys()
    {
        if (_mapped == null) return base.OwnPropertyKeys();
        var indexes = new List<PropertyKey>();
        for (uint i = 0; i < _mapped.Length; i++)
            if (_mapped[i]) indexes.Add(PropertyKey.FromIndex(i));
        return OrderKeys(OrdinaryKeys().Concat(indexes));
    }
}
