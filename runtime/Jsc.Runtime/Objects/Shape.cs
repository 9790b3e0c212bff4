namespace Jsc.Runtime.Objects;

/// <summary>
/// A hidden class: the prototype and the ordered list of properties (key, attributes,
/// slot index) shared by every object built the same way. Adding a property moves an
/// object to a child shape found through a transition table, so objects made by the
/// same constructor share shapes and property-access sites can cache (shape -> slot).
/// The prototype is part of the shape, so a cached prototype-chain lookup stays valid
/// while every shape along the chain is unchanged.
/// </summary>
public sealed class Shape
{
    public readonly JsObject? Prototype;
    public readonly Shape? Parent;
    public readonly PropertyKey Key;
    public readonly PropertyFlags Flags;
    /// <summary>Number of properties, and so of slots.</summary>
    public readonly int Count;

    Dictionary<PropertyKey, int>? _table;
    Dictionary<(PropertyKey, PropertyFlags), Shape>? _transitions;
    PropertyKey[]? _keys;

    /// <summary>Shapes with more properties than this are not extended: the object moves to dictionary mode.</summary>
    public const int MaxProperties = 128;

    /// <summary>Never the shape of any object: property sites start with it so they cannot match.</summary>
    public static readonly Shape Invalid = new(null);

    public Shape(JsObject? prototype)
    {
        Prototype = prototype;
    }

    Shape(Shape parent, PropertyKey key, PropertyFlags flags)
    {
        Prototype = parent.Prototype;
        Parent = parent;
        Key = key;
        Flags = flags;
        Count = parent.Count + 1;
    }

    /// <summary>The slot of a property, or -1.</summary>
    public int Lookup(PropertyKey key, out PropertyFlags flags)
    {
        // Small shapes are searched by walking up; larger ones build an index once.
        if (Count <= 8)
        {
            for (var s = this; s.Parent != null; s = s.Parent)
            {
                if (s.Key.Equals(key))
                {
                    flags = s.Flags;
                    return s.Count - 1;
                }
            }
            flags = 0;
            return -1;
        }
        var table = _table ??= BuildTable();
        if (table.TryGetValue(key, out int index))
        {
            flags = FlagsAt(index);
            return index;
        }
        flags = 0;
        return -1;
    }

    PropertyFlags FlagsAt(int index)
    {
        var s = this;
        while (s.Count - 1 != index) s = s.Parent!;
        return s.Flags;
    }

    Dictionary<PropertyKey, int> BuildTable()
    {
        var table = new Dictionary<PropertyKey, int>(Count);
        for (var s = this; s.Parent != null; s = s.Parent) table[s.Key] = s.Count - 1;
        return table;
    }

    /// <summary>The shape with one more property at slot <see cref="Count"/>.</summary>
    public Shape AddProperty(PropertyKey key, PropertyFlags flags)
    {
        var transitions = _transitions ??= new();
        if (!transitions.TryGetValue((key, flags), out var next))
        {
            next = new Shape(this, key, flags);
            transitions[(key, flags)] = next;
        }
        return next;
    }

    /// <summary>Keys in slot (insertion) order.</summary>
    public PropertyKey[] Keys
    {
        get
        {
            if (_keys != null) return _keys;
            var keys = new PropertyKey[Count];
            for (var s = this; s.Parent != null; s = s.Parent) keys[s.Count - 1] = s.Key;
            return _keys = keys;
        }
    }

    /// <summary>Attributes in slot order.</summary>
    public PropertyFlags[] AllFlags()
    {
        var flags = new PropertyFlags[Count];
        for (var s = this; s.Parent != null; s = s.Parent) flags[s.Count - 1] = s.Flags;
        return flags;
    }
}
