using System.Runtime.CompilerServices;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// A property key: a string or a Symbol. https://tc39.es/ecma262/#sec-object-type
/// Array-index keys are canonical numeric strings ("0", "15"); <see cref="TryGetArrayIndex"/>
/// recognises them.
/// </summary>
public readonly struct PropertyKey : IEquatable<PropertyKey>
{
    public readonly object Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PropertyKey(string name) => Value = name;
    public PropertyKey(JsSymbol symbol) => Value = symbol;

    public static implicit operator PropertyKey(string name) => new(name);
    public static implicit operator PropertyKey(JsSymbol symbol) => new(symbol);

    public bool IsSymbol => Value is JsSymbol;
    public bool IsString => Value is string;
    public string Name => (string)Value;
    public JsSymbol Symbol => (JsSymbol)Value;

    static readonly string[] SmallIndexStrings = Enumerable.Range(0, 1024).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The key for an array index, sharing strings for small indexes.</summary>
    public static PropertyKey FromIndex(uint index) =>
        new(index < (uint)SmallIndexStrings.Length ? SmallIndexStrings[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>https://tc39.es/ecma262/#array-index — a canonical uint32 string below 2^32 - 1.</summary>
    public bool TryGetArrayIndex(out uint index)
    {
        index = 0;
        if (Value is not string s || s.Length == 0 || s.Length > 10) return false;
        char first = s[0];
        if (first < '0' || first > '9' || first == '0' && s.Length > 1) return false;
        ulong n = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return false;
            n = n * 10 + (uint)(c - '0');
        }
        if (n >= uint.MaxValue) return false;
        index = (uint)n;
        return true;
    }

    public bool Equals(PropertyKey other) => Value is string s ? other.Value is string o && (ReferenceEquals(s, o) || s == o) : ReferenceEquals(Value, other.Value);
    public override bool Equals(object? obj) => obj is PropertyKey k && Equals(k);
    public override int GetHashCode() => Value.GetHashCode();
    public override string ToString() => Value is string s ? s : ((JsSymbol)Value).ToString();

    /// <summary>The value of this key as JavaScript sees it (Object.keys, for-in).</summary>
    public JsValue ToJsValue() => Value is string s ? JsValue.FromString(s) : JsValue.FromSymbol((JsSymbol)Value);
}
