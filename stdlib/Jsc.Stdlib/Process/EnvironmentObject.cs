using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Process;

/// <summary>
/// process.env (https://nodejs.org/api/process.html#processenv): the process environment as
/// string properties. Assigned values become strings and reach the real environment (so
/// child processes inherit them); delete removes the variable.
/// </summary>
sealed class EnvironmentObject : JsObject
{
    public EnvironmentObject(Realm realm) : base(realm.ObjectPrototype)
    {
        var names = new List<string>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) names.Add((string)e.Key);
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names) base.DefineOwnProperty(name, PropertyDescriptor.Data(Environment.GetEnvironmentVariable(name) ?? "", PropertyFlags.Default));
    }

    // Every write goes through the overrides below, never through a cached slot.
    protected override bool IsOrdinaryKey(PropertyKey key) => false;

    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc)
    {
        if (key.IsSymbol) return base.DefineOwnProperty(key, desc);
        if (desc.IsAccessorDescriptor || desc.HasConfigurable && !desc.Configurable || desc.HasWritable && !desc.Writable || desc.HasEnumerable && !desc.Enumerable)
            throw NodeErrors.Make(Realm.Current.TypeErrorPrototype, "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
        var text = desc.HasValue ? TypeConversion.ToString(desc.Value) : "undefined";
        Environment.SetEnvironmentVariable(key.Name, text);
        return base.DefineOwnProperty(key, PropertyDescriptor.Data(text, PropertyFlags.Default));
    }

    public override bool Set(PropertyKey key, JsValue value, JsValue receiver)
    {
        if (key.IsSymbol || !ReferenceEquals(receiver.AsObject, this)) return base.Set(key, value, receiver);
        return DefineOwnProperty(key, PropertyDescriptor.Data(TypeConversion.ToString(value), PropertyFlags.Default));
    }

    public override bool Delete(PropertyKey key)
    {
        if (key.IsString) Environment.SetEnvironmentVariable(key.Name, null);
        return base.Delete(key);
    }
}
