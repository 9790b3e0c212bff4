using System.IO.Compression;
using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Unicode normalization (UAX #15) for String.prototype.normalize, since .NET's invariant
/// globalization mode leaves strings unnormalized. Decomposition looks up full mappings
/// (Hangul algorithmically), canonical ordering sorts runs of marks by combining class,
/// and composition is the standard pass over starters and unblocked marks.
/// https://tc39.es/ecma262/#sec-string.prototype.normalize
/// </summary>
public static class StringNormalization
{
    const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    static Tables? _tables;

    sealed class Tables
    {
        public readonly Dictionary<int, int[]> Canonical = new();
        public readonly Dictionary<int, int[]> Compatibility = new();
        public readonly Dictionary<int, byte> CombiningClass = new();
        public readonly Dictionary<long, int> Composites = new();
    }

    static Tables Data => _tables ??= Load();

    static Tables Load()
    {
        var tables = new Tables();
        using var input = new ZLibStream(new MemoryStream(Convert.FromBase64String(StringNormalizationData.Packed)), CompressionMode.Decompress);
        var sections = new StreamReader(input).ReadToEnd().Split("\n#\n");
        foreach (var line in sections[0].Split('\n'))
        {
            var parts = line.Split(';');
            int cp = Convert.ToInt32(parts[0], 16);
            var nfd = parts[1].Length == 0 ? null : Parse(parts[1]);
            if (nfd != null) tables.Canonical[cp] = nfd;
            tables.Compatibility[cp] = parts[2].Length > 0 ? Parse(parts[2]) : nfd!;
        }
        foreach (var pair in sections[1].Split(';'))
        {
            int colon = pair.IndexOf(':');
            tables.CombiningClass[Convert.ToInt32(pair[..colon], 16)] = byte.Parse(pair[(colon + 1)..]);
        }
        foreach (var triple in sections[2].Split(';'))
        {
            var cps = Parse(triple);
            tables.Composites[Key(cps[0], cps[1])] = cps[2];
        }
        return tables;
    }

    static int[] Parse(string hexList) => hexList.Split(' ').Select(h => Convert.ToInt32(h, 16)).ToArray();
    static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    public static string Normalize(string s, NormalizationForm form)
    {
        // Text below U+00A0 is in every normalization form, and text below U+0300 is in NFC.
        char limit = form == NormalizationForm.FormC ? '\u0300' : '\u00A0';
        bool simple = true;
        foreach (char c in s)
            if (c >= limit) { simple = false; break; }
        if (simple) return s;
        bool compat = form is NormalizationForm.FormKC or NormalizationForm.FormKD;
        var cps = Decompose(s, compat);
        if (form is NormalizationForm.FormC or NormalizationForm.FormKC) Compose(cps);
        var sb = new StringBuilder(s.Length);
        foreach (int cp in cps) StringConstructor.AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    static int CombiningClass(int cp) => cp < 0x300 ? 0 : Data.CombiningClass.TryGetValue(cp, out var ccc) ? ccc : 0;

    static List<int> Decompose(string s, bool compat)
    {
        var tables = Data;
        var map = compat ? tables.Compatibility : tables.Canonical;
        var result = new List<int>(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp >= SBase && cp < SBase + SCount)
            {
                int index = cp - SBase;
                result.Add(LBase + index / NCount);
                result.Add(VBase + index % NCount / TCount);
                if (index % TCount != 0) result.Add(TBase + index % TCount);
            }
            else if (map.TryGetValue(cp, out var mapping)) result.AddRange(mapping);
            else result.Add(cp);
        }
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < result.Count; i++)
        {
            int ccc = CombiningClass(result[i]);
            if (ccc == 0) continue;
            int j = i;
            while (j > 0 && CombiningClass(result[j - 1]) > ccc)
            {
                (result[j - 1], result[j]) = (result[j], result[j - 1]);
                j--;
            }
        }
        return result;
    }

    static void Compose(List<int> cps)
    {
        if (cps.Count == 0) return;
        int starter = CombiningClass(cps[0]) == 0 ? 0 : -1;
        int lastClass = starter == 0 ? 0 : 256;
        int write = 1;
        for (int read = 1; read < cps.Count; read++)
        {
            int cp = cps[read];
            int ccc = CombiningClass(cp);
            if (starter >= 0 && (lastClass < ccc || lastClass == 0) && TryCompose(cps[starter], cp, out int composite))
            {
                cps[starter] = composite;
                continue;
            }
            if (ccc == 0) starter = write;
            lastClass = ccc;
            cps[write++] = cp;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    static bool TryCompose(int first, int second, out int composite)
    {
        if (first >= LBase && first < LBase + LCount && second >= VBase && second < VBase + VCount)
        {
            composite = SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
            return true;
        }
        if (first >= SBase && first < SBase + SCount && (first - SBase) % TCount == 0 && second > TBase && second < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }
        return Data.Composites.TryGetValue(Key(first, second), out composite);
    }
}
