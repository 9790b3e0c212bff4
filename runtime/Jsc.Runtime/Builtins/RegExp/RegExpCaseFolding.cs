using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Case-insensitive matching per https://tc39.es/ecma262/#sec-runtime-semantics-canonicalize-ch.
/// The translator does not use RegexOptions.IgnoreCase (whose culture-invariant table differs
/// from JavaScript's): every character and class is widened to all characters with the same
/// canonical value. Without u the canonical value is toUpperCase, kept only when it is a single
/// code unit and does not map non-ASCII to ASCII; with u it is simple case folding, which
/// lower(upper(c)) reproduces for every code point of .NET's Unicode tables but U+017F.
/// </summary>
internal static class RegExpCaseFolding
{
    sealed class Table
    {
        /// <summary>Members of each non-trivial equivalence class, by member.</summary>
        public readonly Dictionary<int, int[]> ClassOf = new();
        /// <summary>Every code point that has a non-trivial class, ascending.</summary>
        public int[] Members = [];
    }

    static Table? _legacy, _unicode;

    /// <summary>https://tc39.es/ecma262/#sec-runtime-semantics-canonicalize-ch (without u).</summary>
    public static int CanonicalizeLegacy(int c)
    {
        if (c < 128) return c is >= 'a' and <= 'z' ? c - 32 : c;
        if (c > 0xFFFF) return c;
        // Characters whose full uppercase mapping is several code units keep their value;
        // .NET's simple mapping gives these Greek iota-subscript letters a single one.
        if (c is (>= 0x1F80 and <= 0x1F87) or (>= 0x1F90 and <= 0x1F97) or (>= 0x1FA0 and <= 0x1FA7) or 0x1FB3 or 0x1FC3 or 0x1FF3)
            return c;
        int u = char.ToUpperInvariant((char)c);
        return u < 128 ? c : u;
    }

    /// <summary>Simple case folding (with u).</summary>
    public static int CanonicalizeUnicode(int c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? c + 32 : c;
        if (c is >= 0xD800 and <= 0xDFFF) return c;
        // Invariant globalization mode (which Jsc runs in) keeps U+017F out of its casing table.
        if (c == 0x17F) return 's';
        return Rune.ToLowerInvariant(Rune.ToUpperInvariant(new Rune(c))).Value;
    }

    static Table GetTable(bool unicode)
    {
        var table = unicode ? _unicode : _legacy;
        if (table != null) return table;
        table = new Table();
        var byKey = new Dictionary<int, List<int>>();
        int max = unicode ? 0x10FFFF : 0xFFFF;
        for (int c = 0; c <= max; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            int key = unicode ? CanonicalizeUnicode(c) : CanonicalizeLegacy(c);
            if (key == c && !byKey.ContainsKey(c))
            {
                // Most characters are alone in their class; record them only when another member joins.
                if (unicode ? Rune.ToUpperInvariant(new Rune(c)).Value == c && Rune.ToLowerInvariant(new Rune(c)).Value == c
                            : char.ToLowerInvariant((char)c) == c && char.ToUpperInvariant((char)c) == c)
                    continue;
            }
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new();
            list.Add(c);
        }
        var members = new List<int>();
        foreach (var (key, list) in byKey)
        {
            if (!list.Contains(key) && key <= max) list.Add(key);
            if (list.Count < 2) continue;
            list.Sort();
            var array = list.ToArray();
            foreach (int m in array)
            {
                table.ClassOf[m] = array;
                members.Add(m);
            }
        }
        members.Sort();
        table.Members = members.ToArray();
        if (unicode) _unicode = table; else _legacy = table;
        return table;
    }

    /// <summary>All characters matching <paramref name="c"/> case-insensitively (including itself).</summary>
    public static int[] EquivalentsOf(int c, bool unicode) =>
        GetTable(unicode).ClassOf.TryGetValue(c, out var members) ? members : [c];

    /// <summary>The set widened to every character whose canonical value some member shares.</summary>
    public static CodePointSet Close(CodePointSet set, bool unicode)
    {
        var table = GetTable(unicode);
        var result = set.Clone();
        foreach (int m in table.Members)
        {
            if (set.Contains(m))
                foreach (int e in table.ClassOf[m]) result.Add(e);
        }
        return result;
    }
}
