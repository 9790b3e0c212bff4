using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// Boolean, Number, String, Symbol and BigInt objects: the [[BooleanData]]-style slot.
/// String wrappers are exotic: https://tc39.es/ecma262/#sec-string-exotic-objects
/// </summary>
public sealed class JsPrimitiveWrapper : JsObject
{
    public readonly JsValue PrimitiveValue;

    public JsPrimitiveWrapper(JsObject prototype, JsValue value) : base(prototype)
    {
        PrimitiveValue = value;
    }

    protected internal override bool IsOrdinaryKey(PropertyKey key) => !(key.Value is "length") && !key.TryGetArrayIndex(out _);

    public override string ClassName => PrimitiveValue.IsString ? "String" : PrimitiveValue.IsNumber ? "Number"
        : PrimitiveValue.IsBoolean ? "Boolean" : PrimitiveValue.IsSymbol ? "Symbol" : "BigInt";

    string? StringData => PrimitiveValue.IsString ? PrimitiveValue.String : null;

    public override PropertyDescriptor? GetOwnProperty(PropertyKey key)
    {
        if (StringData is { } s)
        {
            if (key.Value is "length") return PropertyDescriptor.Data(s.Length, PropertyFlags.None);
            if (key.TryGetArrayIndex(out uint i) && i < s.Length) return PropertyDescriptor.Data(s[(int)i].ToString(), PropertyFlags.Enumerable);
        }
        return base.GetOwnProperty(key);
    }

    public override bool HasOwnPropertyFast(PropertyKey key) => GetOwnProperty(key) != null;
    public override JsValue Get(PropertyKey key, JsValue receiver)
    {
        if (!IsOrdinaryKey(key)) return GetExotic(key, receiver);
        // Methods looked up on primitives land here (String.prototype is a wrapper): no descriptor allocation.
        if (TryGetOwnSlot(key, out var value, out var flags))
        {
            if ((flags & PropertyFlags.Accessor) == 0) return value;
            var getter = ((Accessor)value.Ref!).Getter;
            return getter == null ? JsValue.Undefined : getter.Call(receiver, ReadOnlySpan<JsValue>.Empty);
        }
        var parent = GetPrototypeOf();
        return parent == null ? JsValue.Undefined : parent.Get(key, receiver);
    }

    public override bool Set(PropertyKey key, JsValue value, JsValue receiver) =>
        OrdinarySetWithOwnDescriptor(key, value, receiver, GetOwnProperty(key));

    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc)
    {
        if (StringData is { } s && (key.Value is "length" || key.TryGetArrayIndex(out uint i) && i < s.Length))
            return ValidateAndApplyPropertyDescriptor(key, false, desc, GetOwnProperty(key));
        return base.DefineOwnProperty(key, desc);
    }

    public override bool Delete(PropertyKey key)
    {
        if (StringData is { } s && (key.Value is "length" || key.TryGetArrayIndex(out uint i) && i < s.Length)) return false;
        return base.Delete(key);
    }

    public override List<PropertyKey> OwnPropertyKeys()
    {
        if (StringData is not { } s) return base.OwnPropertyKeys();
        var indexes = new List<PropertyKey>();
        for (uint i = 0; i < s.Length; i++) indexes.Add(PropertyKey.FromIndex(i));
        var keys = OrderKeys(OrdinaryKeys(), indexes);
        keys.Insert(s.Length + CountIndexKeys(keys, s.Length), "length");
        return keys;
    }

    static int CountIndexKeys(List<PropertyKey> keys, int from)
    {
        int n = 0;
        for (int i = from; i < keys.Count && keys[i].TryGetArrayIndex(out _); i++) n++;
        return n;
    }
}
