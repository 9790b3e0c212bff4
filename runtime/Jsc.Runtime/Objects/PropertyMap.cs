using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// Property storage of an object in dictionary mode (after deletes, attribute changes or
/// very many properties): a hash index over entries kept in insertion order, with
/// tombstones compacted when they pile up.
/// </summary>
public sealed class PropertyMap
{
    struct Entry
    {
        public PropertyKey Key;
        public JsValue Value;
        public PropertyFlags Flags;
        public bool Deleted;
    }

    readonly Dictionary<PropertyKey, int> _index = new();
    Entry[] _entries = new Entry[8];
    int _count, _deleted;

    public int Count => _count - _deleted;

    public bool TryGet(PropertyKey key, out JsValue value, out PropertyFlags flags)
    {
        if (_index.TryGetValue(key, out int i))
        {
            value = _entries[i].Value;
            flags = _entries[i].Flags;
            return true;
        }
        value = default;
        flags = 0;
        return false;
    }

    public bool ContainsKey(PropertyKey key) => _index.ContainsKey(key);

    /// <summary>Sets or adds a property; an existing property keeps its position.</summary>
    public void Set(PropertyKey key, JsValue value, PropertyFlags flags)
    {
        if (_index.TryGetValue(key, out int i))
        {
            _entries[i].Value = value;
            _entries[i].Flags = flags;
            return;
        }
        if (_count == _entries.Length) Grow();
        _entries[_count] = new Entry { Key = key, Value = value, Flags = flags };
        _index[key] = _count++;
    }

    public void SetValue(PropertyKey key, JsValue value) => _entries[_index[key]].Value = value;

    public bool Remove(PropertyKey key)
    {
        if (!_index.Remove(key, out int i)) return false;
        _entries[i] = new Entry { Deleted = true };
        _deleted++;
        return true;
    }

    void Grow()
    {
        if (_deleted > _count / 2)
        {
            // Compact instead of growing.
            int j = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].Deleted) continue;
                _entries[j] = _entries[i];
                _index[_entries[j].Key] = j;
                j++;
            }
            Array.Clear(_entries, j, _count - j);
            _count = j;
            _deleted = 0;
            if (_count < _entries.Length) return;
        }
        Array.Resize(ref _entries, _entries.Length * 2);
    }

    /// <summary>Keys in insertion order.</summary>
    public IEnumerable<PropertyKey> Keys
    {
        get
        {
            for (int i = 0; i < _count; i++)
                if (!_entries[i].Deleted) yield return _entries[i].Key;
        }
    }
}
