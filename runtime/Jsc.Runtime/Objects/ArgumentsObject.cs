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
        for (int i = 0; i < args.Length; i++) o.FastAddProperty(PropertyKey.FromIndex((uint)i), args[i]);
        o.FastAddProperty("length", args.Length, PropertyFlags.Writable | PropertyFlags.Configurable);
        o.AddIteratorAndCallee(realm, null);
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
        for (int i = 0; i < args.Length; i++)
            if (i >= parameterCount) o.FastAddProperty(PropertyKey.FromIndex((uint)i), args[i]);
        o.FastAddProperty("length", args.Length, PropertyFlags.Writable | PropertyFlags.Configurable);
        o.AddIteratorAndCallee(realm, callee);
        return JsValue.FromObject(o);
    }

    void AddIteratorAndCallee(Realm realm, JsFunction? callee)
    {
        var values = realm.ArrayPrototype.Get("values");
        if (!values.IsUndefined) FastAddProperty(JsSymbol.Iterator, values, PropertyFlags.Writable | PropertyFlags.Configurable);
        if (callee != null) FastAddProperty("callee", JsValue.FromObject(callee), PropertyFlags.Writable | PropertyFlags.Configurable);
        else
        {
            var thrower = new JsNativeFunction(realm, "", 0, static (_, _) =>
                Throw.TypeError<JsValue>("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"));
            FastAddAccessor("callee", thrower, thrower, PropertyFlags.None);
        }
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
