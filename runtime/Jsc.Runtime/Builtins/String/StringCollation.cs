using System.Globalization;
using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// localeCompare without ICU (the runtime runs in invariant globalization mode): a
/// three-level comparison shaped like ICU's root collation, which node uses. Level 1
/// compares base characters (punctuation and symbols, then digits, then letters
/// case-insensitively, in the order node sorts ASCII; other scripts after Latin by code
/// point), level 2 accents (marks from canonical decomposition), level 3 case (lower
/// before upper). Control characters are ignorable. Exact for ASCII; close elsewhere.
/// </summary>
public static class StringCollation
{
    // node: [...printable ASCII].sort((a, b) => a.localeCompare(b)), letters folded to one weight.
    const string AsciiOrder = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";
    const int OtherSymbolWeight = 0x100; // non-ASCII punctuation and symbols: after '$', before digits
    const int OtherLetterWeight = 0x1000; // other scripts: after z, by code point

    static readonly int[] AsciiPrimary = BuildAsciiPrimary();

    static int[] BuildAsciiPrimary()
    {
        var weights = new int[128];
        for (int i = 0; i < AsciiOrder.Length; i++)
        {
            char c = AsciiOrder[i];
            // Digits and letters start past the room left for non-ASCII symbols.
            int weight = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' ? i + OtherSymbolWeight + 0x200 : i + 1;
            weights[c] = weight;
            if (c >= 'a' && c <= 'z') weights[c - 32] = weight;
        }
        return weights;
    }

    readonly record struct Element(int Primary, int Secondary, int Tertiary);

    public static int Compare(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal)) return 0;
        var a = Elements(x);
        var b = Elements(y);
        int result = CompareLevel(a, b, e => e.Primary);
        if (result == 0) result = CompareLevel(a, b, e => e.Secondary);
        if (result == 0) result = CompareLevel(a, b, e => e.Tertiary);
        return result;
    }

    static int CompareLevel(List<Element> a, List<Element> b, Func<Element, int> weight)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Count && weight(a[i]) == 0) i++;
            while (j < b.Count && weight(b[j]) == 0) j++;
            if (i == a.Count || j == b.Count) return i == a.Count ? (j == b.Count ? 0 : -1) : 1;
            int wa = weight(a[i++]), wb = weight(b[j++]);
            if (wa != wb) return wa < wb ? -1 : 1;
        }
    }

    static List<Element> Elements(string s)
    {
        var list = new List<Element>(s.Length);
        var decomposed = StringNormalization.Normalize(s, NormalizationForm.FormD);
        for (int i = 0; i < decomposed.Length; i++)
        {
            int cp = decomposed[i];
            if (char.IsHighSurrogate(decomposed[i]) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]))
                cp = char.ConvertToUtf32(decomposed[i], decomposed[++i]);
            AddElements(list, cp);
        }
        return list;
    }

    static void AddElements(List<Element> list, int cp)
    {
        if (cp < 128)
        {
            int primary = AsciiPrimary[cp];
            if (primary != 0) list.Add(new(primary, 5, cp >= 'A' && cp <= 'Z' ? 2 : 1));
            return;
        }
        switch (cp)
        {
            case 'ß': Expand(list, "ss", 3); return;
            case 'æ': Expand(list, "ae", 3); return;
            case 'Æ': Expand(list, "AE", 3); return;
            case 'œ': Expand(list, "oe", 3); return;
            case 'Œ': Expand(list, "OE", 3); return;
            case 'ø': case 'Ø': case 'đ': case 'Đ': case 'ł': case 'Ł':
                AddElements(list, cp switch { 'ø' => 'o', 'Ø' => 'O', 'đ' => 'd', 'Đ' => 'D', 'ł' => 'l', _ => 'L' });
                list.Add(new(0, 6, 1));
                return;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        switch (category)
        {
            case UnicodeCategory.Control or UnicodeCategory.Format:
                return;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                list.Add(new(0, 6 + cp % 0x400, 1));
                return;
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                list.Add(new(AsciiPrimary[' '], 5, 1));
                return;
            case UnicodeCategory.DecimalDigitNumber when CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0) is >= 0 and var digit:
                list.Add(new(AsciiPrimary['0' + digit], 5, 1));
                return;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.OtherNumber or UnicodeCategory.DecimalDigitNumber:
                var text = char.ConvertFromUtf32(cp);
                var lower = text.ToLowerInvariant();
                int folded = char.ConvertToUtf32(lower, 0);
                list.Add(new(OtherLetterWeight + folded, 5, lower == text ? 1 : 2));
                return;
            default:
                list.Add(new(OtherSymbolWeight + Math.Min(cp, 0x1FF) , 5, 1));
                return;
        }
    }

    static void Expand(List<Element> list, string ascii, int tertiary)
    {
        foreach (char c in ascii)
        {
            var primary = AsciiPrimary[c];
            list.Add(new(primary, 5, c >= 'A' && c <= 'Z' ? tertiary + 1 : tertiary));
        }
    }
}
