using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// An ordinary object: https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots
/// Properties live in slots described by a <see cref="Shape"/>, or in a
/// <see cref="PropertyMap"/> once the object turns into a dictionary. Exotic objects
/// (arrays, functions, arguments, String wrappers...) override the internal methods.
/// </summary>
public class JsObject
{
    internal Shape? _shape;
    internal JsValue[] _slots;
    PropertyMap? _dictionary;
    JsObject? _dictionaryPrototype;
    public bool Extensible = true;
    /// <summary>
    /// The name of one own property an object makes on first use (a function's `prototype`,
    /// an error's `stack`), or null. The internal methods below make it before they look.
    /// </summary>
    string? _lazyProperty;

    /// <summary>Defers a property: <see cref="MaterializeLazyProperty"/> adds it when first touched.</summary>
    protected void DeferProperty(string name) => _lazyProperty = name;

    protected virtual void MaterializeLazyProperty() { }

    /// <summary>Whether the deferred property is still to be made.</summary>
    protected bool HasLazyProperty => _lazyProperty != null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void EnsureLazy(PropertyKey key)
    {
        if (_lazyProperty != null && key.Value is string name && name == _lazyProperty) MaterializeLazy();
    }

    void MaterializeLazy()
    {
        if (_lazyProperty == null) return;
        _lazyProperty = null;
        MaterializeLazyProperty();
    }

    /// <summary>Set once an array-index key is stored as an ordinary property (arrays check their prototypes for these).</summary>
    internal bool HasIndexedOwnProperties;

    /// <summary>Private fields, methods and accessors (https://tc39.es/ecma262/#sec-object-internal-methods-and-internal-slots [[PrivateElements]]).</summary>
    internal Dictionary<PrivateName, PrivateElement>? PrivateElements;

    static readonly JsValue[] NoSlots = [];

    public JsObject(JsObject? prototype)
    {
        _shape = prototype == null ? new Shape(null) : prototype.RootShapeForChildren;
        _slots = NoSlots;
    }

    /// <summary>An exotic object whose internal methods are all its own (a proxy): no shape, so no inline cache ever matches it.</summary>
    protected JsObject()
    {
        _shape = null;
        _dictionary = new PropertyMap();
        _slots = NoSlots;
    }

    public JsObject(Shape shape)
    {
        _shape = shape;
        _slots = shape.Count == 0 ? NoSlots : new JsValue[Math.Max(4, shape.Count)];
    }

    Shape? _rootShapeForChildren;

    /// <summary>The empty shape of objects whose prototype is this object.</summary>
    public Shape RootShapeForChildren => _rootShapeForChildren ??= new Shape(this);

    /// <summary>The shape, or null in dictionary mode (which no property site caches).</summary>
    public Shape? Shape => _shape;
    public bool IsDictionaryMode => _dictionary != null;

    /// <summary>The [[Class]]-like name used by Object.prototype.toString and inspection.</summary>
    public virtual string ClassName => "Object";

    public JsObject? Prototype => _shape != null ? _shape.Prototype : _dictionaryPrototype;

    /// <summary>
    /// Whether this key's property, if any, lives exactly in the object's shape slots, so a
    /// property site may cache it. Exotic objects exclude the keys they compute (an array's
    /// `length`, a lazily made `stack`).
    /// </summary>
    protected internal virtual bool IsOrdinaryKey(PropertyKey key) => true;

    // --- Storage primitives ---

    /// <summary>Finds an own property in ordinary storage.</summary>
    protected bool TryGetOwnSlot(PropertyKey key, out JsValue value, out PropertyFlags flags)
    {
        if (_shape != null)
        {
            int index = _shape.Lookup(key, out flags);
            if (index >= 0)
            {
                value = _slots[index];
                return true;
            }
            value = default;
            return false;
        }
        return _dictionary!.TryGet(key, out value, out flags);
    }

    /// <summary>Adds a property not yet present, or replaces one (value and attributes).</summary>
    protected void SetOwnSlot(PropertyKey key, JsValue value, PropertyFlags flags)
    {
        if (!HasIndexedOwnProperties && key.Value is string { Length: > 0 } s && (uint)(s[0] - '0') <= 9 && key.TryGetArrayIndex(out _))
            HasIndexedOwnProperties = true;
        if (_shape != null)
        {
            int index = _shape.Lookup(key, out var oldFlags);
            if (index >= 0)
            {
                if (oldFlags == flags) { _slots[index] = value; return; }
                ToDictionaryMode();
            }
            else if (_shape.Count < Shape.MaxProperties)
            {
                AppendSlot(_shape.AddProperty(key, flags), value);
                return;
            }
            else ToDictionaryMode();
        }
        _dictionary!.Set(key, value, flags);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AppendSlot(Shape next, JsValue value)
    {
        int index = next.Count - 1;
        if (index >= _slots.Length) Array.Resize(ref _slots, Math.Max(4, _slots.Length * 2));
        _slots[index] = value;
        _shape = next;
    }

    protected bool RemoveOwnSlot(PropertyKey key)
    {
        if (_shape != null)
        {
            if (_shape.Lookup(key, out _) < 0) return false;
            ToDictionaryMode();
        }
        return _dictionary!.Remove(key);
    }

    void ToDictionaryMode()
    {
        var shape = _shape!;
        var map = new PropertyMap();
        var keys = shape.Keys;
        var flags = shape.AllFlags();
        for (int i = 0; i < keys.Length; i++) map.Set(keys[i], _slots[i], flags[i]);
        _dictionaryPrototype = shape.Prototype;
        _dictionary = map;
        _shape = null;
        _slots = NoSlots;
    }

    protected IEnumerable<PropertyKey> OrdinaryKeys() => _shape != null ? _shape.Keys : _dictionary!.Keys;

    /// <summary>Defines or overwrites a data property without any checks: for building built-ins and literals.</summary>
    public void FastAddProperty(PropertyKey key, JsValue value, PropertyFlags flags = PropertyFlags.Default) => SetOwnSlot(key, value, flags);

    public void FastAddAccessor(PropertyKey key, JsFunction? getter, JsFunction? setter, PropertyFlags flags) =>
        SetOwnSlot(key, AccessorValue(new Accessor(getter, setter)), flags | PropertyFlags.Accessor);

    internal static JsValue AccessorValue(Accessor accessor) => JsValue.FromInternal(accessor);

    // --- Internal methods: https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots ---

    public virtual JsObject? GetPrototypeOf() => Prototype;

    /// <summary>https://tc39.es/ecma262/#sec-ordinarysetprototypeof</summary>
    public virtual bool SetPrototypeOf(JsObject? proto)
    {
        var current = Prototype;
        if (ReferenceEquals(proto, current)) return true;
        if (!Extensible) return false;
        for (var p = proto; p != null; p = p.GetPrototypeOf())
            if (ReferenceEquals(p, this)) return false;
        // Rebuild on the new prototype's root shape, keeping the properties in order.
        if (_shape != null)
        {
            var keys = _shape.Keys;
            var flags = _shape.AllFlags();
            var slots = _slots;
            _shape = proto == null ? new Shape(null) : proto.RootShapeForChildren;
            _slots = NoSlots;
            for (int i = 0; i < keys.Length; i++) AppendSlot(_shape.AddProperty(keys[i], flags[i]), slots[i]);
        }
        else _dictionaryPrototype = proto;
        return true;
    }

    public virtual bool IsExtensible() => Extensible;

    public virtual bool PreventExtensions()
    {
        Extensible = false;
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinarygetownproperty</summary>
    public virtual PropertyDescriptor? GetOwnProperty(PropertyKey key)
    {
        EnsureLazy(key);
        if (!TryGetOwnSlot(key, out var value, out var flags)) return null;
        return (flags & PropertyFlags.Accessor) != 0
            ? PropertyDescriptor.FromAccessor((Accessor)value.Ref!, flags)
            : PropertyDescriptor.Data(value, flags);
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinarydefineownproperty</summary>
    public virtual bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc)
    {
        EnsureLazy(key);
        return ValidateAndApplyPropertyDescriptor(key, Extensible, desc, GetOwnProperty(key));
    }

    /// <summary>https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor</summary>
    protected bool ValidateAndApplyPropertyDescriptor(PropertyKey key, bool extensible, PropertyDescriptor desc, PropertyDescriptor? current)
    {
        if (current == null)
        {
            if (!extensible) return false;
            if (desc.IsAccessorDescriptor)
                SetOwnSlot(key, AccessorValue(new Accessor(desc.Getter, desc.Setter)),
                    PropertyFlags.Accessor | (desc.Enumerable ? PropertyFlags.Enumerable : 0) | (desc.Configurable ? PropertyFlags.Configurable : 0));
            else
                SetOwnSlot(key, desc.Value, desc.ToFlags());
            return true;
        }
        if (!current.Configurable)
        {
            if (desc.HasConfigurable && desc.Configurable) return false;
            if (desc.HasEnumerable && desc.Enumerable != current.Enumerable) return false;
            if (!desc.IsGenericDescriptor && desc.IsAccessorDescriptor != current.IsAccessorDescriptor) return false;
            if (current.IsAccessorDescriptor)
            {
                if (desc.HasGet && !ReferenceEquals(desc.Getter, current.Getter)) return false;
                if (desc.HasSet && !ReferenceEquals(desc.Setter, current.Setter)) return false;
            }
            else if (!current.Writable)
            {
                if (desc.HasWritable && desc.Writable) return false;
                if (desc.HasValue && !Comparison.SameValue(desc.Value, current.Value)) return false;
            }
        }
        bool enumerable = desc.HasEnumerable ? desc.Enumerable : current.Enumerable;
        bool configurable = desc.HasConfigurable ? desc.Configurable : current.Configurable;
        var common = (enumerable ? PropertyFlags.Enumerable : 0) | (configurable ? PropertyFlags.Configurable : 0);
        if (desc.IsAccessorDescriptor || !desc.IsDataDescriptor && current.IsAccessorDescriptor)
        {
            var getter = desc.HasGet ? desc.Getter : current.IsAccessorDescriptor ? current.Getter : null;
            var setter = desc.HasSet ? desc.Setter : current.IsAccessorDescriptor ? current.Setter : null;
            SetOwnSlot(key, AccessorValue(new Accessor(getter, setter)), common | PropertyFlags.Accessor);
        }
        else
        {
            var value = desc.HasValue ? desc.Value : current.IsDataDescriptor ? current.Value : JsValue.Undefined;
            bool writable = desc.HasWritable ? desc.Writable : current.IsDataDescriptor && current.Writable;
            SetOwnSlot(key, value, common | (writable ? PropertyFlags.Writable : 0));
        }
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinaryhasproperty</summary>
    public virtual bool HasProperty(PropertyKey key)
    {
        for (JsObject? o = this; o != null; o = o.GetPrototypeOf())
        {
            if (o is IProxyObject && o != this) return o.HasProperty(key);
            if (o.HasOwnPropertyFast(key)) return true;
        }
        return false;
    }

    /// <summary>Whether an own property exists; exotic objects override it together with GetOwnProperty.</summary>
    public virtual bool HasOwnPropertyFast(PropertyKey key)
    {
        EnsureLazy(key);
        return TryGetOwnSlot(key, out _, out _);
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinaryget</summary>
    public virtual JsValue Get(PropertyKey key, JsValue receiver)
    {
        for (JsObject? o = this; o != null;)
        {
            if (o is IProxyObject && o != this) return o.Get(key, receiver);
            if (o.GetType() != typeof(JsObject) && o is not JsFunction) return o.GetExotic(key, receiver);
            o.EnsureLazy(key);
            if (o.TryGetOwnSlot(key, out var value, out var flags))
            {
                if ((flags & PropertyFlags.Accessor) == 0) return value;
                var getter = ((Accessor)value.Ref!).Getter;
                return getter == null ? JsValue.Undefined : getter.Call(receiver, ReadOnlySpan<JsValue>.Empty);
            }
            o = o.Prototype;
        }
        return JsValue.Undefined;
    }

    /// <summary>The general [[Get]] through GetOwnProperty, for objects with exotic own properties.</summary>
    protected JsValue GetExotic(PropertyKey key, JsValue receiver)
    {
        var desc = GetOwnProperty(key);
        if (desc == null)
        {
            var parent = GetPrototypeOf();
            return parent == null ? JsValue.Undefined : parent.Get(key, receiver);
        }
        if (desc.IsDataDescriptor) return desc.Value;
        return desc.Getter == null ? JsValue.Undefined : desc.Getter.Call(receiver, ReadOnlySpan<JsValue>.Empty);
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinaryset</summary>
    public virtual bool Set(PropertyKey key, JsValue value, JsValue receiver)
    {
        // Fast path: an own writable data property of an ordinary object, assigned on itself.
        if (receiver.Ref == this && _shape != null && GetType() == typeof(JsObject))
        {
            int index = _shape.Lookup(key, out var flags);
            if (index >= 0 && (flags & (PropertyFlags.Writable | PropertyFlags.Accessor)) == PropertyFlags.Writable)
            {
                _slots[index] = value;
                return true;
            }
        }
        return OrdinarySetWithOwnDescriptor(key, value, receiver, GetOwnProperty(key));
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor</summary>
    protected bool OrdinarySetWithOwnDescriptor(PropertyKey key, JsValue value, JsValue receiver, PropertyDescriptor? ownDesc)
    {
        if (ownDesc == null)
        {
            var parent = GetPrototypeOf();
            if (parent != null) return parent.Set(key, value, receiver);
            ownDesc = PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Default);
        }
        if (ownDesc.IsDataDescriptor)
        {
            if (!ownDesc.Writable) return false;
            if (receiver.AsObject is not { } target) return false;
            var existing = target.GetOwnProperty(key);
            if (existing != null)
            {
                if (existing.IsAccessorDescriptor || !existing.Writable) return false;
                return target.DefineOwnProperty(key, new PropertyDescriptor { Value = value, HasValue = true });
            }
            return target.CreateDataProperty(key, value);
        }
        if (ownDesc.Setter == null) return false;
        ownDesc.Setter.Call(receiver, new[] { value });
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-createdataproperty</summary>
    public virtual bool CreateDataProperty(PropertyKey key, JsValue value)
    {
        if (GetType() == typeof(JsObject) && Extensible && !TryGetOwnSlot(key, out _, out _))
        {
            SetOwnSlot(key, value, PropertyFlags.Default);
            return true;
        }
        return DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default));
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinarydelete</summary>
    public virtual bool Delete(PropertyKey key)
    {
        EnsureLazy(key);
        if (!TryGetOwnSlot(key, out _, out var flags)) return true;
        if ((flags & PropertyFlags.Configurable) == 0) return false;
        RemoveOwnSlot(key);
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinaryownpropertykeys — integer keys ascending, then strings, then symbols, each in creation order.</summary>
    public virtual List<PropertyKey> OwnPropertyKeys()
    {
        MaterializeLazy();
        return OrderKeys(OrdinaryKeys());
    }

    protected static List<PropertyKey> OrderKeys(IEnumerable<PropertyKey> keys, IEnumerable<PropertyKey>? indexKeysFirst = null)
    {
        var indexes = new List<(uint, PropertyKey)>();
        var strings = new List<PropertyKey>();
        var symbols = new List<PropertyKey>();
        foreach (var key in keys)
        {
            if (key.IsSymbol) symbols.Add(key);
            else if (key.TryGetArrayIndex(out uint i)) indexes.Add((i, key));
            else strings.Add(key);
        }
        var result = new List<PropertyKey>(indexes.Count + strings.Count + symbols.Count);
        if (indexKeysFirst != null) result.AddRange(indexKeysFirst);
        if (indexes.Count > 0)
        {
            indexes.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            foreach (var (_, key) in indexes) result.Add(key);
        }
        result.AddRange(strings);
        result.AddRange(symbols);
        return result;
    }

    // --- Conveniences over the internal methods ---

    public JsValue Get(PropertyKey key) => Get(key, JsValue.FromObject(this));

    /// <summary>https://tc39.es/ecma262/#sec-set-o-p-v-throw</summary>
    public void Set(PropertyKey key, JsValue value, bool throwOnFailure)
    {
        if (!Set(key, value, JsValue.FromObject(this)) && throwOnFailure) Builtins.ObjectAlgorithms.ThrowSetFailure(this, key);
    }

    /// <summary>https://tc39.es/ecma262/#sec-definepropertyorthrow</summary>
    public void DefinePropertyOrThrow(PropertyKey key, PropertyDescriptor desc)
    {
        if (!DefineOwnProperty(key, desc)) Throw.TypeError($"Cannot redefine property: {key}");
    }
}
