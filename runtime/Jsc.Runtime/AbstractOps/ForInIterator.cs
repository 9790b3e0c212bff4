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
    JsObject? _object;
    List<PropertyKey>? _keys;
    int _index;
    readonly HashSet<PropertyKey> _visited = new();

    ForInIterator(JsObject? o) => _object = o;

    public static ForInIterator Create(JsValue value) =>
        new(value.IsNullOrUndefined ? null : TypeConversion.ToObject(value));

    public bool MoveNext(out JsValue key)
    {
        while (_object != null)
        {
            _keys ??= _object.OwnPropertyKeys();
            while (_index < _keys.Count)
            {
                var k = _keys[_index++];
                if (k.IsSymbol || !_visited.Add(k)) continue;
                var desc = _object.GetOwnProperty(k);
                if (desc == null || !desc.Enumerable) continue;
                key = JsValue.FromString(k.Name);
                return true;
            }
            _object = _object.GetPrototypeOf();
            _keys = null;
            _index = 0;
        }
        key = default;
        return false;
    }
}
