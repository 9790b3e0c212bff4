using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

[Flags]
public enum PropertyFlags : byte
{
    None = 0,
    Writable = 1,
    Enumerable = 2,
    Configurable = 4,
    /// <summary>The slot holds an <see cref="Accessor"/>, not a value.</summary>
    Accessor = 8,
    /// <summary>An ordinary data property created by assignment or a literal.</summary>
    Default = Writable | Enumerable | Configurable,
}

/// <summary>A getter/setter pair, stored in the slot of an accessor property.</summary>
public sealed class Accessor(JsFunction? getter, JsFunction? setter)
{
    public JsFunction? Getter = getter;
    public JsFunction? Setter = setter;
}

/// <summary>
/// A Property Descriptor with possibly absent fields. https://tc39.es/ecma262/#sec-property-descriptor-specification-type
/// </summary>
public sealed class PropertyDescriptor
{
    public JsValue Value;
    public JsFunction? Getter, Setter;
    public bool HasValue, HasGet, HasSet, HasWritable, HasEnumerable, HasConfigurable;
    public bool Writable, Enumerable, Configurable;

    public bool IsAccessorDescriptor => HasGet || HasSet;
    public bool IsDataDescriptor => HasValue || HasWritable;
    public bool IsGenericDescriptor => !IsAccessorDescriptor && !IsDataDescriptor;

    public static PropertyDescriptor Data(JsValue value, PropertyFlags flags) => new()
    {
        Value = value, HasValue = true,
        Writable = (flags & PropertyFlags.Writable) != 0, HasWritable = true,
        Enumerable = (flags & PropertyFlags.Enumerable) != 0, HasEnumerable = true,
        Configurable = (flags & PropertyFlags.Configurable) != 0, HasConfigurable = true,
    };

    public static PropertyDescriptor FromAccessor(Accessor accessor, PropertyFlags flags) => new()
    {
        Getter = accessor.Getter, HasGet = true, Setter = accessor.Setter, HasSet = true,
        Enumerable = (flags & PropertyFlags.Enumerable) != 0, HasEnumerable = true,
        Configurable = (flags & PropertyFlags.Configurable) != 0, HasConfigurable = true,
    };

    /// <summary>The attribute flags this descriptor sets, with absent fields false.</summary>
    public PropertyFlags ToFlags() =>
        (Writable ? PropertyFlags.Writable : 0) | (Enumerable ? PropertyFlags.Enumerable : 0) |
        (Configurable ? PropertyFlags.Configurable : 0) | (IsAccessorDescriptor ? PropertyFlags.Accessor : 0);
}
