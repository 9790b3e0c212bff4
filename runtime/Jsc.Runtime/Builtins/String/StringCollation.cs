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
    const int NumericLengthWeight = 0x800; // numeric collation: a digit run's length, compared before its digits

    // DUCET's secondary order of the common combining accents (acute before grave...); other marks by code point after them.
    const string AccentOrder = "\u0301\u0300\u0306\u0302\u030C\u030A\u0308\u030B\u0303\u0307\u0338\u0327\u0328\u0304";

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

    /// <summary>Intl.Collator's sensitivity (https://tc39.es/ecma402/#sec-collator-comparestrings): which levels count.</summary>
    public enum Sensitivity { Base, Accent, Case, Variant }

    public static int Compare(string x, string y, Sensitivity sensitivity = Sensitivity.Variant, bool numeric = false)
    {
        if (string.Equals(x, y, StringComparison.Ordinal)) return 0;
        var a = Elements(x, numeric);
        var b = Elements(y, numeric);
        int result = CompareLevel(a, b, e => e.Primary);
        if (result == 0 && sensitivity is Sensitivity.Accent or Sensitivity.Variant) result = CompareLevel(a, b, e => e.Secondary);
        if (result == 0 && sensitivity is Sensitivity.Case or Sensitivity.Variant) result = CompareLevel(a, b, e => e.Tertiary);
        return result;
    }

    /// <summary>Reads localeCompare's options argument: sensitivity (default variant) and numeric.</summary>
    public static (Sensitivity, bool Numeric) ReadOptions(Values.JsValue options)
    {
        if (options.IsUndefined) return (Sensitivity.Variant, false);
        var o = AbstractOps.TypeConversion.ToObject(options);
        var numeric = AbstractOps.TypeConversion.ToBoolean(o.Get("numeric"));
        var value = o.Get("sensitivity");
        if (value.IsUndefined) return (Sensitivity.Variant, numeric);
        var name = AbstractOps.TypeConversion.ToString(value);
        Sensitivity? s = name switch
        {
            "base" => Sensitivity.Base, "accent" => Sensitivity.Accent, "case" => Sensitivity.Case, "variant" => Sensitivity.Variant,
            _ => null,
        };
        if (s == null) Errors.Throw.RangeError($"Value {name} out of range for String.prototype.localeCompare options property sensitivity");
        return (s!.Value, numeric);
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

    static List<Element> Elements(string s, bool numeric)
    {
        var list = new List<Element>(s.Length);
        var decomposed = StringNormalization.Normalize(s, NormalizationForm.FormD);
        for (int i = 0; i < decomposed.Length; i++)
        {
            int cp = decomposed[i];
            if (numeric && cp is >= '0' and <= '9')
            {
                // Numeric collation: a run of digits weighs as its value (length first, leading zeros ignored).
                int start = i;
                while (i + 1 < decomposed.Length && decomposed[i + 1] is >= '0' and <= '9') i++;
                var digits = decomposed.AsSpan(start, i - start + 1).TrimStart('0');
                list.Add(new(AsciiPrimary['0'], 5, 1));
                list.Add(new(NumericLengthWeight + digits.Length, 5, 1));
                foreach (char d in digits) list.Add(new(AsciiPrimary[d], 5, 1));
                continue;
            }
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
                int accent = AccentOrder.IndexOf((char)cp);
                list.Add(new(0, accent >= 0 ? 6 + accent : 0x20 + cp % 0x400, 1));
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
