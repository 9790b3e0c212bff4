using System.Numerics;
using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The entries of a Map or Set (https://tc39.es/ecma262/#sec-map-objects): a hash table with
/// chaining whose entries sit in insertion order in flat arrays, keyed by SameValueZero
/// (-0 stored as +0, NaN equal to NaN, ropes flattened). A deleted entry leaves a hole at its
/// index, so a cursor (store, index) stays valid while entries come and go. Growing,
/// compacting or clearing makes a new store; the old one keeps a link to it and the sorted
/// indexes it dropped, so a cursor still on the old store moves over with its index shifted
/// (the technique of V8's OrderedHashTable). That gives the spec's live iteration: entries
/// added during iteration are visited, deleted ones are not.
/// </summary>
public sealed class OrderedStore
{
    const int MinCapacity = 8;

    internal JsValue[] Keys;
    internal JsValue[]? Values;
    int[] _hashes;
    /// <summary>Per entry, the next entry of its bucket plus one (0 ends the chain).</summary>
    int[] _chain;
    /// <summary>Per bucket, its first entry plus one (0 for an empty bucket).</summary>
    int[] _buckets;
    readonly int _shift;
    /// <summary>Entries written, deleted ones included.</summary>
    internal int Used;
    internal int Live;

    /// <summary>The store that replaced this one, once this one is obsolete.</summary>
    internal OrderedStore? Next;
    /// <summary>The sorted indexes of the entries the replacement dropped; null when it dropped all (clear).</summary>
    int[]? _removed;

    internal OrderedStore(bool hasValues, int capacity = MinCapacity)
    {
        Keys = new JsValue[capacity];
        Values = hasValues ? new JsValue[capacity] : null;
        _hashes = new int[capacity];
        _chain = new int[capacity];
        _buckets = new int[capacity];
        _shift = 32 - BitOperations.Log2((uint)capacity);
    }

    /// <summary>The key as the table stores it: -0 as +0 and a rope as a flat string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsValue Normalize(JsValue key)
    {
        if (key.IsNumber) return key.Number == 0 ? JsValue.Zero : key;
        return key.Ref is JsRope rope ? JsValue.FromString(rope.Flatten()) : key;
    }

    static int Hash(in JsValue key)
    {
        if (key.IsNumber)
        {
            double d = key.Number;
            int i = (int)d;
            if (i == d) return i;
            if (double.IsNaN(d)) return 0x7ff80000;
            long bits = BitConverter.DoubleToInt64Bits(d);
            return (int)bits ^ (int)(bits >> 32);
        }
        return key.Ref switch
        {
            null => 0x1f3d5b79,
            string s => s.GetHashCode(),
            BigInteger big => big.GetHashCode(),
            var o => RuntimeHelpers.GetHashCode(o),
        };
    }

    /// <summary>https://tc39.es/ecma262/#sec-samevaluezero for normalized keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool Same(in JsValue a, in JsValue b)
    {
        if (a.IsNumber) return b.IsNumber && (a.Number == b.Number || double.IsNaN(a.Number) && double.IsNaN(b.Number));
        object? x = a.Ref, y = b.Ref;
        if (ReferenceEquals(x, y)) return true;
        if (x is string sx) return y is string sy && string.Equals(sx, sy);
        return x is BigInteger bx && y is BigInteger by && bx == by;
    }

    /// <summary>Fibonacci hashing spreads integer keys over the buckets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Bucket(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    /// <summary>The index of the entry for key (already normalized), or -1.</summary>
    internal int Find(JsValue key)
    {
        int hash = Hash(key);
        for (int i = _buckets[Bucket(hash)] - 1; i >= 0; i = _chain[i] - 1)
            if (_hashes[i] == hash && Same(Keys[i], key)) return i;
        return -1;
    }

    /// <summary>Sets key's value, appending a new entry if needed; returns the store now current.</summary>
    internal OrderedStore Add(JsValue key, JsValue value)
    {
        int hash = Hash(key);
        for (int i = _buckets[Bucket(hash)] - 1; i >= 0; i = _chain[i] - 1)
        {
            if (_hashes[i] == hash && Same(Keys[i], key))
            {
                if (Values != null) Values[i] = value;
                return this;
            }
        }
        var store = this;
        if (Used == Keys.Length) store = Rehash(Live >= Keys.Length / 2 ? Keys.Length * 2 : Keys.Length);
        store.Append(hash, key, value);
        return store;
    }

    void Append(int hash, JsValue key, JsValue value)
    {
        int index = Used++;
        Keys[index] = key;
        if (Values != null) Values[index] = value;
        _hashes[index] = hash;
        int bucket = Bucket(hash);
        _chain[index] = _buckets[bucket];
        _buckets[bucket] = index + 1;
        Live++;
    }

    /// <summary>Deletes key's entry if there is one; returns the store now current.</summary>
    internal OrderedStore Remove(JsValue key, out bool removed)
    {
        int hash = Hash(key);
        int bucket = Bucket(hash);
        int previous = -1;
        for (int i = _buckets[bucket] - 1; i >= 0; previous = i, i = _chain[i] - 1)
        {
            if (_hashes[i] != hash || !Same(Keys[i], key)) continue;
            if (previous < 0) _buckets[bucket] = _chain[i];
            else _chain[previous] = _chain[i];
            Keys[i] = JsValue.Hole;
            if (Values != null) Values[i] = default;
            Live--;
            removed = true;
            // Shrink once three quarters are empty, so a drained table gives its memory back.
            return Live < Keys.Length / 4 && Keys.Length > MinCapacity ? Rehash(Keys.Length / 2) : this;
        }
        removed = false;
        return this;
    }

    /// <summary>Every entry removed: a fresh store, to which cursors move at index 0.</summary>
    internal OrderedStore Clear()
    {
        var store = new OrderedStore(Values != null);
        Retire(store, null);
        return store;
    }

    OrderedStore Rehash(int capacity)
    {
        var store = new OrderedStore(Values != null, Math.Max(capacity, MinCapacity));
        var removed = new List<int>(Used - Live);
        for (int i = 0; i < Used; i++)
        {
            if (Keys[i].IsHole) removed.Add(i);
            else store.Append(_hashes[i], Keys[i], Values != null ? Values[i] : default);
        }
        Retire(store, removed.ToArray());
        return store;
    }

    void Retire(OrderedStore next, int[]? removed)
    {
        Next = next;
        _removed = removed;
        Keys = [];
        Values = Values == null ? null : [];
        _hashes = _chain = _buckets = [];
        Used = Live = 0;
    }

    /// <summary>
    /// Moves a cursor to the next live entry: follows replaced stores first, then skips holes.
    /// Returns the entry's index in <paramref name="store"/>, or -1 at the end.
    /// </summary>
    internal static int Advance(ref OrderedStore store, ref int index)
    {
        while (store.Next is { } next)
        {
            index = store._removed == null ? 0 : index - CountBelow(store._removed, index);
            store = next;
        }
        while (index < store.Used)
        {
            int i = index++;
            if (!store.Keys[i].IsHole) return i;
        }
        return -1;
    }

    static int CountBelow(int[] sorted, int index)
    {
        int found = Array.BinarySearch(sorted, index);
        return found >= 0 ? found : ~found;
    }
}
