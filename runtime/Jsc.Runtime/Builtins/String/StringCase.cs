using System.Globalization;
using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Full Unicode case conversion as V8 (ICU) does it: .NET's invariant simple mappings,
/// corrected by <see cref="StringCaseData"/> for one-to-many mappings (ß → SS) and code
/// points .NET maps differently, plus the Final_Sigma rule of toLowerCase.
/// https://tc39.es/ecma262/#sec-string.prototype.tolowercase
/// </summary>
public static class StringCase
{
    public static string ToUpper(string s) => Convert(s, upper: true);
    public static string ToLower(string s) => Convert(s, upper: false);

    static string Convert(string s, bool upper)
    {
        if (!NeedsSlowPath(s, upper)) return upper ? s.ToUpperInvariant() : s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            int units = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                units = 2;
            }
            if (StringCaseData.Exceptions.TryGetValue(cp, out var mapping))
                sb.Append(upper ? mapping.Upper : mapping.Lower);
            else if (!upper && c == '\u03A3')
                sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            else if (units == 2)
            {
                var pair = s.Substring(i, 2);
                sb.Append(upper ? pair.ToUpperInvariant() : pair.ToLowerInvariant());
            }
            else sb.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            i += units - 1;
        }
        return sb.ToString();
    }

    static bool NeedsSlowPath(string s, bool upper)
    {
        foreach (char c in s)
        {
            if (c < 0xB5) continue;
            if (char.IsSurrogate(c) || !upper && c == '\u03A3' || StringCaseData.Exceptions.ContainsKey(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// Final_Sigma (Unicode 3.13, table 3-17): preceded by a cased letter and not followed by
    /// one, skipping case-ignorable characters in both directions.
    /// </summary>
    static bool IsFinalSigma(string s, int index)
    {
        int i = index - 1;
        while (i >= 0 && IsCaseIgnorable(s[i])) i--;
        if (i < 0 || !IsCased(s[i])) return false;
        int j = index + 1;
        while (j < s.Length && IsCaseIgnorable(s[j])) j++;
        return j >= s.Length || !IsCased(s[j]);
    }

    static bool IsCased(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c;
    }

    static bool IsCaseIgnorable(char c)
    {
        if (c is '\'' or '.' or ':' or '^' or '`' or '\u00AD' or '\u00B7' or '\u2019' or '\u2018' or '\u2024' or '\u2027') return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }
}
