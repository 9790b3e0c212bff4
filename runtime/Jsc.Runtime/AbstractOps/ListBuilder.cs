using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>Collects argument lists and array literals that contain spread elements; object spread and rest.</summary>
public sealed class ListBuilder
{
    readonly List<JsValue> _items = new();

    public void Add(JsValue value) => _items.Add(value);

    public void AddSpread(JsValue iterable)
    {
        var iterator = IteratorRecord.From(iterable);
        while (iterator.Step(out var value)) _items.Add(value);
    }

    /// <summary>`...x` with x's source text for V8's message when it is not iterable (see IteratorRecord.From).</summary>
    public void AddSpread(JsValue iterable, string? subject)
    {
        var iterator = IteratorRecord.From(iterable, subject);
        while (iterator.Step(out var value)) _items.Add(value);
    }

    public JsValue[] ToArray() => _items.ToArray();

    /// <summary>https://tc39.es/ecma262/#sec-copydataproperties — `{...source}` into target.</summary>
    public static void CopyDataProperties(JsValue target, JsValue source)
    {
        if (source.IsNullOrUndefined) return;
        var from = TypeConversion.ToObject(source);
        var to = target.Object;
        foreach (var key in from.OwnPropertyKeys())
        {
            var desc = from.GetOwnProperty(key);
            if (desc is { Enumerable: true }) to.CreateDataProperty(key, from.Get(key, source));
        }
    }

    /// <summary>`const {a, ...rest} = source`: the remaining own enumerable properties.</summary>
    public static JsValue RestOfObject(JsValue source, JsValue[] excludedKeys)
    {
        var result = new JsObject(Realm.Current.ObjectPrototype);
        var from = TypeConversion.ToObject(source);
        var excluded = new HashSet<PropertyKey>(excludedKeys.Select(TypeConversion.ToPropertyKey));
        foreach (var key in from.OwnPropertyKeys())
        {
            if (excluded.Contains(key)) continue;
            var desc = from.GetOwnProperty(key);
            if (desc is { Enumerable: true }) result.CreateDataProperty(key, from.Get(key, source));
        }
        return JsValue.FromObject(result);
    }
}
