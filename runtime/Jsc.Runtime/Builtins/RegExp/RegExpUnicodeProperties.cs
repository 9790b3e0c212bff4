using System.Collections.Concurrent;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The sets behind \p{…}: https://tc39.es/ecma262/#sec-runtime-semantics-unicodematchproperty-p
/// The data (RegExpUnicodeData.cs) is generated from node, so matches follow node's Unicode
/// version; each set is decoded on first use.
/// </summary>
internal static partial class RegExpUnicodeProperties
{
    static readonly ConcurrentDictionary<string, CodePointSet?> Cache = new();

    /// <summary>\p{name=value}, or \p{value} when name is null; null when not a valid property.</summary>
    public static CodePointSet? Lookup(string? name, string value) =>
        Cache.GetOrAdd(name == null ? value : name + "=" + value, _ => Resolve(name, value));

    static CodePointSet? Resolve(string? name, string value)
    {
        switch (name)
        {
            case null:
                return Find(BinaryData, value) ?? Find(GeneralCategoryData, value);
            case "General_Category" or "gc":
                return Find(GeneralCategoryData, value);
            case "Script" or "sc":
                return Find(ScriptData, value);
            case "Script_Extensions" or "scx":
                return Find(ScriptExtensionsData, value);
            default:
                return null;
        }
    }

    static CodePointSet? Find((string Names, string Data)[] table, string name)
    {
        foreach (var (names, data) in table)
        {
            foreach (var alias in names.Split(' '))
                if (alias == name) return Decode(data);
        }
        return null;
    }

    static CodePointSet Decode(string data)
    {
        var set = new CodePointSet();
        int pos = 0, next = 0;
        while (pos < data.Length)
        {
            int lo = next + ReadNumber(data, ref pos);
            int hi = lo + ReadNumber(data, ref pos);
            set.Add(lo, hi);
            next = hi + 1;
        }
        return set;
    }

    const string More = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    const string Last = "abcdefghijklmnopqrstuvwxyz6789+/";

    static int ReadNumber(string data, ref int pos)
    {
        int value = 0;
        while (true)
        {
            char c = data[pos++];
            int digit = Last.IndexOf(c);
            if (digit >= 0) return value * 32 + digit;
            value = value * 32 + More.IndexOf(c);
        }
    }
}
