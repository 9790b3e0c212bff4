using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A set of code points as sorted, disjoint, non-adjacent inclusive ranges. Character
/// classes are built as sets (so negation, case closure and v-mode set operations are plain
/// set algebra) and only then written out as .NET pattern text, where a u-mode set turns into
/// a BMP class plus surrogate-pair alternatives.
/// </summary>
internal sealed class CodePointSet
{
    readonly List<(int Lo, int Hi)> _ranges = new();

    public IReadOnlyList<(int Lo, int Hi)> Ranges => _ranges;
    public bool IsEmpty => _ranges.Count == 0;

    public CodePointSet() { }

    public CodePointSet(IEnumerable<(int Lo, int Hi)> ranges)
    {
        foreach (var (lo, hi) in ranges) Add(lo, hi);
    }

    public static CodePointSet Of(params (int Lo, int Hi)[] ranges) => new(ranges);

    public CodePointSet Clone() => new(_ranges);

    public bool Contains(int c)
    {
        int lo = 0, hi = _ranges.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var r = _ranges[mid];
            if (c < r.Lo) hi = mid - 1;
            else if (c > r.Hi) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public void Add(int c) => Add(c, c);

    /// <summary>Adds [lo, hi], merging with overlapping or adjacent ranges.</summary>
    public void Add(int lo, int hi)
    {
        if (lo > hi) return;
        // Find the first range that ends at or after lo - 1.
        int i = 0, j = _ranges.Count;
        while (i < j)
        {
            int mid = (i + j) >> 1;
            if (_ranges[mid].Hi < lo - 1) i = mid + 1; else j = mid;
        }
        int k = i;
        while (k < _ranges.Count && _ranges[k].Lo <= hi + 1)
        {
            lo = Math.Min(lo, _ranges[k].Lo);
            hi = Math.Max(hi, _ranges[k].Hi);
            k++;
        }
        _ranges.RemoveRange(i, k - i);
        _ranges.Insert(i, (lo, hi));
    }

    public void AddSet(CodePointSet other)
    {
        foreach (var (lo, hi) in other._ranges) Add(lo, hi);
    }

    /// <summary>The complement within [0, max].</summary>
    public CodePointSet Complement(int max)
    {
        var result = new CodePointSet();
        int next = 0;
        foreach (var (lo, hi) in _ranges)
        {
            if (lo > max) break;
            if (lo > next) result._ranges.Add((next, lo - 1));
            next = hi + 1;
        }
        if (next <= max) result._ranges.Add((next, max));
        return result;
    }

    public CodePointSet Intersect(CodePointSet other)
    {
        var result = new CodePointSet();
        int i = 0, j = 0;
        while (i < _ranges.Count && j < other._ranges.Count)
        {
            var a = _ranges[i];
            var b = other._ranges[j];
            int lo = Math.Max(a.Lo, b.Lo), hi = Math.Min(a.Hi, b.Hi);
            if (lo <= hi) result._ranges.Add((lo, hi));
            if (a.Hi < b.Hi) i++; else j++;
        }
        return result;
    }

    public CodePointSet Subtract(CodePointSet other) => Intersect(other.Complement(0x10FFFF));

    /// <summary>
    /// The .NET pattern text of one atom matching one member. Without u every member is a UTF-16
    /// code unit; with u astral members become surrogate pairs, and a lone surrogate only
    /// matches where it is not half of a pair.
    /// </summary>
    public string ToPattern(bool unicode)
    {
        if (_ranges.Count == 0) return "(?!)";
        if (!unicode) return BmpClass(_ranges, 0, 0xFFFF) ?? "(?!)";
        var parts = new List<string>();
        AddPairs(parts);
        string? bmp = BmpClass(_ranges, 0, 0xD7FF, 0xE000, 0xFFFF);
        if (bmp != null) parts.Add(bmp);
        string? high = BmpClass(_ranges, 0xD800, 0xDBFF);
        if (high != null) parts.Add(high + @"(?![\uDC00-\uDFFF])");
        string? low = BmpClass(_ranges, 0xDC00, 0xDFFF);
        if (low != null) parts.Add(@"(?<![\uD800-\uDBFF])" + low);
        // A lone class is one atom; anything else is grouped so a quantifier applies to all of it.
        return parts.Count == 1 && bmp != null ? bmp : "(?:" + string.Join("|", parts) + ")";
    }

    /// <summary>A .NET character class for the members within the given windows, or null when there are none.</summary>
    static string? BmpClass(List<(int Lo, int Hi)> ranges, int from, int to, int from2 = -1, int to2 = -1)
    {
        var sb = new StringBuilder("[");
        int count = 0;
        foreach (var (rlo, rhi) in ranges)
        {
            count += AppendClipped(sb, rlo, rhi, from, to);
            if (from2 >= 0) count += AppendClipped(sb, rlo, rhi, from2, to2);
        }
        if (count == 0) return null;
        if (sb.Length == 7 && sb[1] == '\\' && sb[2] == 'u') return sb.ToString(1, 6);
        return sb.Append(']').ToString();
    }

    static int AppendClipped(StringBuilder sb, int lo, int hi, int from, int to)
    {
        lo = Math.Max(lo, from);
        hi = Math.Min(hi, to);
        if (lo > hi) return 0;
        AppendClassChar(sb, lo);
        if (hi > lo)
        {
            if (hi > lo + 1) sb.Append('-');
            AppendClassChar(sb, hi);
        }
        return 1;
    }

    /// <summary>Every character as \uXXXX, so nothing in the class is special to .NET.</summary>
    internal static void AppendClassChar(StringBuilder sb, int c) => sb.Append("\\u").Append(c.ToString("X4"));

    void AddPairs(List<string> parts)
    {
        // Per lead surrogate, the trail ranges; runs of leads with the full trail range merge.
        var byLead = new SortedDictionary<int, List<(int, int)>>();
        foreach (var (rlo, rhi) in _ranges)
        {
            int lo = Math.Max(rlo, 0x10000);
            if (lo > rhi) continue;
            for (int c = lo; c <= rhi;)
            {
                int lead = 0xD800 + ((c - 0x10000) >> 10);
                int leadEnd = 0x10000 + ((lead - 0xD800 + 1) << 10) - 1;
                int end = Math.Min(rhi, leadEnd);
                if (!byLead.TryGetValue(lead, out var list)) byLead[lead] = list = new();
                list.Add((0xDC00 + ((c - 0x10000) & 0x3FF), 0xDC00 + ((end - 0x10000) & 0x3FF)));
                c = end + 1;
            }
        }
        int fullStart = -1, fullEnd = -1;
        void FlushFull()
        {
            if (fullStart < 0) return;
            var sb = new StringBuilder();
            if (fullStart == fullEnd) AppendClassChar(sb, fullStart);
            else { sb.Append('['); AppendClassChar(sb, fullStart); sb.Append('-'); AppendClassChar(sb, fullEnd); sb.Append(']'); }
            parts.Add(sb + @"[\uDC00-\uDFFF]");
            fullStart = -1;
        }
        foreach (var (lead, trails) in byLead)
        {
            if (trails.Count == 1 && trails[0] == (0xDC00, 0xDFFF))
            {
                if (fullStart >= 0 && fullEnd == lead - 1) fullEnd = lead;
                else { FlushFull(); fullStart = fullEnd = lead; }
                continue;
            }
            FlushFull();
            var sb = new StringBuilder();
            AppendClassChar(sb, lead);
            sb.Append(BmpClass(trails, 0xDC00, 0xDFFF));
            parts.Add(sb.ToString());
        }
        FlushFull();
    }
}
