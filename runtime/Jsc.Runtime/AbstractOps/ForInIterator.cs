using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// `for (k in obj)`: https://tc39.es/ecma262/#sec-enumerate-object-properties — V8's order:
/// each object's own enumerable string keys (integer keys first), then its prototype's,
/// skipping keys already seen, and skipping keys deleted before they are reached.
/// </summary>
public sealed class ForInIterator
{
    readonly JsObject? _receiver;
    readonly List<PropertyKey> _keys = new();
    int _index;

    ForInIterator(JsObject? receiver)
    {
        _receiver = receiver;
        var seen = new HashSet<PropertyKey>();
        for (var o = receiver; o != null; o = o.GetPrototypeOf())
        {
            foreach (var key in o.OwnPropertyKeys())
            {
                if (key.IsSymbol || !seen.Add(key)) continue;
                if (o.GetOwnProperty(key) is { Enumerable: true }) _keys.Add(key);
            }
        }
    }

    public static ForInIterator Create(JsValue value) =>
        new(value.IsNullOrUndefined ? null : TypeConversion.ToObject(value));

    public bool MoveNext(out JsValue key)
    {
        while (_index < _keys.Count)
        {
            var k = _keys[_index++];
            // A key deleted before it is reached is not visited; keys added during the loop never are.
            if (!_receiver!.HasProperty(k)) continue;
            key = JsValue.FromString(k.Name);
            return true;
        }
        key = default;
        return false;
    }
}
