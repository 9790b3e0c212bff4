using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>Primitives: quoted and escaped strings, numbers (with -0), bigints, symbols; and ANSI colours.</summary>
public static partial class Inspector
{
    const int MinLineLength = 16;

    static string FormatPrimitive(Context ctx, JsValue value, bool colors)
    {
        var options = ctx.Options;
        if (value.IsString)
        {
            var s = value.String;
            string trailer = "";
            if (s.Length > options.MaxStringLength)
            {
                int remaining = s.Length - (int)options.MaxStringLength;
                s = s[..(int)options.MaxStringLength];
                trailer = $"... {remaining} more character{(remaining > 1 ? "s" : "")}";
            }
            // Long strings are split after each newline, one quoted piece per line.
            if (options.Compact != InspectOptions.CompactTrue && s.Length > MinLineLength && s.Length > options.BreakLength - ctx.IndentationLvl - 4)
            {
                var pieces = SplitAfterNewlines(s).Select(line => Stylize(ctx, colors, StrEscape(line), "string"));
                return string.Join(" +\n" + new string(' ', ctx.IndentationLvl + 2), pieces) + trailer;
            }
            return Stylize(ctx, colors, StrEscape(s), "string") + trailer;
        }
        if (value.IsNumber) return Stylize(ctx, colors, FormatNumber(value.Number, options.NumericSeparator), "number");
        if (value.Ref is BigInteger big) return Stylize(ctx, colors, FormatBigInt(big, options.NumericSeparator), "bigint");
        if (value.IsBoolean) return Stylize(ctx, colors, value.IsTrue ? "true" : "false", "boolean");
        if (value.IsUndefined) return Stylize(ctx, colors, "undefined", "undefined");
        if (value.IsSymbol) return Stylize(ctx, colors, value.Symbol.ToString(), "symbol");
        return value.ToString();
    }

    static IEnumerable<string> SplitAfterNewlines(string s)
    {
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\n') continue;
            yield return s[start..(i + 1)];
            start = i + 1;
        }
        if (start < s.Length || start == 0) yield return s[start..];
    }

    /// <summary>formatNumber: -0 as "-0"; with numericSeparator, "_" every three digits.</summary>
    public static string FormatNumber(double number, bool numericSeparator = false)
    {
        if (number == 0 && double.IsNegative(number)) return "-0";
        var s = TypeConversion.NumberToString(number);
        if (!numericSeparator) return s;
        if (number == Math.Truncate(number))
            return !double.IsFinite(number) || s.Contains('e') ? s : AddNumericSeparator(s);
        if (double.IsNaN(number)) return s;
        int dot = s.IndexOf('.');
        if (dot < 0) return s;
        return $"{AddNumericSeparator(s[..dot])}.{AddNumericSeparatorEnd(s[(dot + 1)..])}";
    }

    static string FormatBigInt(BigInteger value, bool numericSeparator)
    {
        var s = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (numericSeparator ? AddNumericSeparator(s) : s) + "n";
    }

    static string AddNumericSeparator(string integer)
    {
        var result = "";
        int i = integer.Length;
        int start = integer[0] == '-' ? 1 : 0;
        for (; i >= start + 4; i -= 3) result = $"_{integer[(i - 3)..i]}{result}";
        return i == integer.Length ? integer : integer[..i] + result;
    }

    static string AddNumericSeparatorEnd(string integer)
    {
        var result = "";
        int i = 0;
        for (; i < integer.Length - 3; i += 3) result += integer[i..(i + 3)] + "_";
        return i == 0 ? integer : result + integer[i..];
    }

    // Escapes for control characters, the single quote and the backslash (node's `meta`).
    static string? Meta(int c) => c switch
    {
        8 => "\\b", 9 => "\\t", 10 => "\\n", 12 => "\\f", 13 => "\\r",
        39 => "\\'", 92 => "\\\\",
        < 32 or (>= 0x7F and <= 0x9F) => $"\\x{c:X2}",
        _ => null,
    };

    /// <summary>
    /// strEscape: single quotes, unless the string has a single quote and no double quote
    /// (then double quotes), or has both but no backtick or "${" (then backticks).
    /// </summary>
    public static string StrEscape(string str)
    {
        char quote = '\'';
        if (str.Contains('\''))
        {
            if (!str.Contains('"')) quote = '"';
            else if (!str.Contains('`') && !str.Contains("${", StringComparison.Ordinal)) quote = '`';
        }
        StringBuilder? result = null;
        int last = 0;
        for (int i = 0; i < str.Length; i++)
        {
            int point = str[i];
            string? escape = null;
            if (point == '\'' && quote == '\'' || point == '\\' || point < 32 || point > 126 && point < 160) escape = Meta(point);
            else if (point >= 0xD800 && point <= 0xDFFF)
            {
                if (point <= 0xDBFF && i + 1 < str.Length && str[i + 1] >= 0xDC00 && str[i + 1] <= 0xDFFF)
                {
                    i++;
                    continue;
                }
                escape = $"\\u{point:x}";
            }
            if (escape == null) continue;
            result ??= new StringBuilder(str.Length + 8);
            result.Append(str, last, i - last).Append(escape);
            last = i + 1;
        }
        var body = result == null ? str : result.Append(str, last, str.Length - last).ToString();
        return quote + body + quote;
    }

    /// <summary>strEscapeSequencesReplacer with escapeFn, for keys and symbol descriptions: escapes without quoting.</summary>
    static string EscapeAll(string str)
    {
        var sb = new StringBuilder(str.Length);
        for (int i = 0; i < str.Length; i++)
        {
            int c = str[i];
            if (c >= 0xD800 && c <= 0xDFFF)
            {
                if (c <= 0xDBFF && i + 1 < str.Length && str[i + 1] >= 0xDC00 && str[i + 1] <= 0xDFFF)
                {
                    sb.Append(str, i, 2);
                    i++;
                }
                else sb.Append($"\\u{c:x}");
                continue;
            }
            sb.Append(Meta(c) ?? str[i].ToString());
        }
        return sb.ToString();
    }

    static readonly Dictionary<string, (int Open, int Close)> StyleColors = new()
    {
        ["special"] = (36, 39), ["number"] = (33, 39), ["bigint"] = (33, 39), ["boolean"] = (33, 39),
        ["undefined"] = (90, 39), ["null"] = (1, 22), ["string"] = (32, 39), ["symbol"] = (32, 39),
        ["date"] = (35, 39), ["regexp"] = (31, 39), ["module"] = (4, 24),
    };

    static string Stylize(Context ctx, string str, string styleType) => Stylize(ctx, ctx.Options.Colors, str, styleType);

    /// <summary>
    /// stylizeWithColor: inspect.colors[inspect.styles[styleType]] around the text, read from
    /// the util module's objects once it has installed them (so programs can restyle), else
    /// node's defaults; without colours the text is unchanged.
    /// </summary>
    static string Stylize(Context ctx, bool colors, string str, string styleType)
    {
        if (!colors) return str;
        var hooks = HooksOf(ctx.Realm);
        if (hooks.Styles == null || hooks.Colors == null)
            return StyleColors.TryGetValue(styleType, out var color) ? $"\u001b[{color.Open}m{str}\u001b[{color.Close}m" : str;
        var style = hooks.Styles.Get(styleType);
        if (style.IsUndefined) return str;
        if (hooks.Colors.Get(TypeConversion.ToPropertyKey(style)).Ref is not JsObject pair) return str;
        return $"\u001b[{SafeToString(pair.Get(PropertyKey.FromIndex(0)))}m{str}\u001b[{SafeToString(pair.Get(PropertyKey.FromIndex(1)))}m";
    }

    // Generated at build time: no regex parsing when the first value is inspected (start-up).
    [GeneratedRegex("[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?(?:\\u0007|\\u001B\\u005C|\\u009C))|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))")]
    private static partial Regex Ansi();

    /// <summary>stripVTControlCharacters</summary>
    public static string RemoveColors(string str) => str.Contains('\u001b') || str.Contains('\u009b') ? Ansi().Replace(str, "") : str;
}
