using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// An Array exotic object: https://tc39.es/ecma262/#sec-array-exotic-objects
/// Elements live in a dense backing store (holes marked) while the array is used like a
/// list; writing far past the end, or giving an element non-default attributes, moves
/// the elements into ordinary property storage ("sparse" mode), where the spec's generic
/// algorithms still apply.
/// </summary>
public sealed class JsArray : JsObject
{
    JsValue[]? _dense;
    uint _length;
    bool _lengthWritable = true;

    public JsArray(JsObject prototype, int capacity = 0) : base(prototype)
    {
        _dense = capacity == 0 ? [] : new JsValue[capacity];
    }

    public JsArray(JsObject prototype, JsValue[] items) : base(prototype)
    {
        _dense = items;
        _length = (uint)items.Length;
    }

    protected internal override bool IsOrdinaryKey(PropertyKey key) => !(key.Value is "length") && !key.TryGetArrayIndex(out _);

    public override string ClassName => "Array";
    public uint Length => _length;
    public bool IsDense => _dense != null;
    public bool LengthWritable => _lengthWritable;

    /// <summary>The dense elements (holes marked); null in sparse mode.</summary>
    public JsValue[]? DenseItems => _dense;

    public JsValue GetIndex(uint index)
    {
        if (_dense != null && index < _length)
        {
            var v = _dense[index];
            if (!v.IsHole) return v;
        }
        return Get(PropertyKey.FromIndex(index), JsValue.FromObject(this));
    }

    /// <summary>Element write by [[Set]] semantics, with the dense fast path; false when the write is refused.</summary>
    public bool SetIndex(uint index, JsValue value)
    {
        if (_dense != null)
        {
            if (index < _length && !_dense[index].IsHole)
            {
                _dense[index] = value;
                return true;
            }
            if (Extensible && index < _dense.Length + 1024 && index < uint.MaxValue && !PrototypeHasIndexedProperties())
            {
                if (index >= _length && !_lengthWritable) return false;
                EnsureCapacity(index + 1);
                if (index >= _length)
                {
                    for (uint i = _length; i < index; i++) _dense[i] = JsValue.Hole;
                    _length = index + 1;
                }
                _dense[index] = value;
                return true;
            }
        }
        return Set(PropertyKey.FromIndex(index), value, JsValue.FromObject(this));
    }

    // Setters or read-only elements on Array.prototype would change what a store into a hole does.
    bool PrototypeHasIndexedProperties()
    {
        for (var p = Prototype; p != null; p = p.Prototype)
            if (p is JsArray { _length: > 0 } || p.HasIndexedOwnProperties) return true;
        return false;
    }

    public void Push(JsValue value)
    {
        if (_dense != null && _lengthWritable && Extensible)
        {
            EnsureCapacity(_length + 1);
            _dense[_length++] = value;
            return;
        }
        Set(PropertyKey.FromIndex(_length), value, true);
        Set("length", (double)(_length), true);
    }

    void EnsureCapacity(uint needed)
    {
        if (needed <= _dense!.Length) return;
        uint size = Math.Max(needed, (uint)Math.Min((long)_dense.Length * 2, int.MaxValue - 64));
        Array.Resize(ref _dense, (int)Math.Max(size, 4));
    }

    void ToSparse()
    {
        if (_dense == null) return;
        var dense = _dense;
        _dense = null;
        for (uint i = 0; i < _length && i < dense.Length; i++)
            if (!dense[i].IsHole) SetOwnSlot(PropertyKey.FromIndex(i), dense[i], PropertyFlags.Default);
    }

    public override PropertyDescriptor? GetOwnProperty(PropertyKey key)
    {
        if (key.Value is string s)
        {
            if (s == "length") return PropertyDescriptor.Data((double)_length, _lengthWritable ? PropertyFlags.Writable : 0);
            if (_dense != null && key.TryGetArrayIndex(out uint index))
            {
                if (index < _length && !_dense[index].IsHole) return PropertyDescriptor.Data(_dense[index], PropertyFlags.Default);
                return null;
            }
        }
        return base.GetOwnProperty(key);
    }

    public override bool HasOwnPropertyFast(PropertyKey key) => GetOwnProperty(key) != null;

    public override JsValue Get(PropertyKey key, JsValue receiver)
    {
        if (_dense != null && key.TryGetArrayIndex(out uint index) && index < _length && !_dense[index].IsHole)
            return _dense[index];
        return GetExotic(key, receiver);
    }

    public override bool Set(PropertyKey key, JsValue value, JsValue receiver)
    {
        if (receiver.Ref == this && _dense != null && key.TryGetArrayIndex(out uint index) && index < _length && !_dense[index].IsHole)
        {
            _dense[index] = value;
            return true;
        }
        return OrdinarySetWithOwnDescriptor(key, value, receiver, GetOwnProperty(key));
    }

    /// <summary>https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc</summary>
    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc)
    {
        if (key.Value is "length") return ArraySetLength(desc);
        if (key.TryGetArrayIndex(out uint index))
        {
            if (index >= _length && !_lengthWritable) return false;
            bool plain = !desc.IsAccessorDescriptor && (!desc.HasWritable || desc.Writable) &&
                (!desc.HasEnumerable || desc.Enumerable) && (!desc.HasConfigurable || desc.Configurable);
            if (_dense != null && Extensible && plain && index < _dense.Length + 1024)
            {
                bool exists = index < _length && !_dense[index].IsHole;
                // A new element needs all three attributes true; an existing one keeps them.
                if (exists || desc.HasWritable && desc.HasEnumerable && desc.HasConfigurable)
                {
                    EnsureCapacity(index + 1);
                    for (uint i = _length; i < index; i++) _dense[i] = JsValue.Hole;
                    if (index >= _length) _length = index + 1;
                    _dense[index] = desc.HasValue ? desc.Value : exists ? _dense[index] : JsValue.Undefined;
                    return true;
                }
            }
            ToSparse();
            if (!ValidateAndApplyPropertyDescriptor(key, Extensible, desc, base.GetOwnProperty(key))) return false;
            if (index >= _length) _length = index + 1;
            return true;
        }
        return base.DefineOwnProperty(key, desc);
    }

    /// <summary>https://tc39.es/ecma262/#sec-arraysetlength</summary>
    bool ArraySetLength(PropertyDescriptor desc)
    {
        if (!desc.HasValue)
        {
            if (desc.HasConfigurable && desc.Configurable || desc.HasEnumerable && desc.Enumerable || desc.IsAccessorDescriptor) return false;
            if (desc.HasWritable && desc.Writable && !_lengthWritable) return false;
            if (desc.HasWritable && !desc.Writable) _lengthWritable = false;
            return true;
        }
        uint newLen = AbstractOps.TypeConversion.ToUint32(desc.Value);
        double numberLen = AbstractOps.TypeConversion.ToNumber(desc.Value);
        if (newLen != numberLen) Throw.RangeError("Invalid array length");
        if (desc.HasConfigurable && desc.Configurable || desc.HasEnumerable && desc.Enumerable || desc.IsAccessorDescriptor) return false;
        if (newLen != _length && !_lengthWritable) return false;
        bool ok = SetLength(newLen);
        if (desc.HasWritable && !desc.Writable) _lengthWritable = false;
        return ok;
    }

    /// <summary>Truncates or extends; returns false if a non-configurable element stopped the deletion.</summary>
    public bool SetLength(uint newLen)
    {
        if (_dense != null)
        {
            if (newLen < _length) Array.Clear(_dense, (int)newLen, (int)Math.Min(_length, (uint)_dense.Length) - (int)newLen);
            else if (newLen > _length && newLen <= _dense.Length + 1024)
            {
                EnsureCapacity(newLen);
                for (uint i = _length; i < newLen; i++) _dense[i] = JsValue.Hole;
            }
            else if (newLen > _length) ToSparse();
            _length = newLen;
            return true;
        }
        if (newLen >= _length)
        {
            _length = newLen;
            return true;
        }
        var doomed = new List<uint>();
        foreach (var key in OrdinaryKeys())
            if (key.TryGetArrayIndex(out uint i) && i >= newLen) doomed.Add(i);
        doomed.Sort();
        for (int j = doomed.Count - 1; j >= 0; j--)
        {
            if (!base.Delete(PropertyKey.FromIndex(doomed[j])))
            {
                _length = doomed[j] + 1;
                return false;
            }
        }
        _length = newLen;
        return true;
    }

    public override bool Delete(PropertyKey key)
    {
        if (key.Value is "length") return false;
        if (_dense != null && key.TryGetArrayIndex(out uint index))
        {
            if (index < _length) _dense[index] = JsValue.Hole;
            return true;
        }
        return base.Delete(key);
    }

    public override List<PropertyKey> OwnPropertyKeys()
    {
        if (_dense == null)
        {
            var keys = OrderKeys(OrdinaryKeys());
            keys.Insert(IndexOfFirstNonIndex(keys), "length");
            return keys;
        }
        var indexes = new List<PropertyKey>();
        for (uint i = 0; i < _length; i++)
            if (!_dense[i].IsHole) indexes.Add(PropertyKey.FromIndex(i));
        indexes.Add("length");
        return OrderKeys(OrdinaryKeys(), indexes);
    }

    static int IndexOfFirstNonIndex(List<PropertyKey> keys)
    {
        int i = 0;
        while (i < keys.Count && keys[i].TryGetArrayIndex(out _)) i++;
        return i;
    }

    public override bool PreventExtensions()
    {
        ToSparse();
        return base.PreventExtensions();
    }
}
