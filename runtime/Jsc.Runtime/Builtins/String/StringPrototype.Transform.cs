using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The methods that make a new string from the receiver: case, trimming, padding, normalization, HTML.</summary>
public static partial class StringPrototype
{
    /// <summary>V8's String::kMaxLength: longer results are a RangeError.</summary>
    public const int MaxStringLength = (1 << 29) - 24;

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.trim</summary>
    static JsValue Trim(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        TrimString(ThisString(thisValue, "String.prototype.trim"), start: true, end: true);

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.trimstart</summary>
    static JsValue TrimStart(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        TrimString(ThisString(thisValue, "String.prototype.trimLeft"), start: true, end: false);

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.trimend</summary>
    static JsValue TrimEnd(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        TrimString(ThisString(thisValue, "String.prototype.trimRight"), start: false, end: true);

    /// <summary>https://tc39.es/ecma262/#sec-trimstring</summary>
    public static string TrimString(string s, bool start, bool end)
    {
        int from = 0, to = s.Length;
        if (start) while (from < to && TypeConversion.IsJsWhitespace(s[from])) from++;
        if (end) while (to > from && TypeConversion.IsJsWhitespace(s[to - 1])) to--;
        return from == 0 && to == s.Length ? s : s.Substring(from, to - from);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.tolowercase</summary>
    static JsValue ToLowerCase(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringCase.ToLower(ThisString(thisValue, "String.prototype.toLowerCase"));

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.touppercase</summary>
    static JsValue ToUpperCase(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringCase.ToUpper(ThisString(thisValue, "String.prototype.toUpperCase"));

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.tolocalelowercase — the root locale.</summary>
    static JsValue ToLocaleLowerCase(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringCase.ToLower(ThisString(thisValue, "String.prototype.toLocaleLowerCase"));

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.tolocaleuppercase — the root locale.</summary>
    static JsValue ToLocaleUpperCase(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringCase.ToUpper(ThisString(thisValue, "String.prototype.toLocaleUpperCase"));

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.localecompare — ICU root collation, approximated.</summary>
    static JsValue LocaleCompare(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.localeCompare");
        var that = TypeConversion.ToString(args.Arg(0));
        var (sensitivity, numeric) = StringCollation.ReadOptions(args.Arg(2));
        return StringCollation.Compare(s, that, sensitivity, numeric);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.normalize</summary>
    static JsValue Normalize(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.normalize");
        var f = args.Arg(0).IsUndefined ? "NFC" : TypeConversion.ToString(args[0]);
        NormalizationForm form;
        switch (f)
        {
            case "NFC": form = NormalizationForm.FormC; break;
            case "NFD": form = NormalizationForm.FormD; break;
            case "NFKC": form = NormalizationForm.FormKC; break;
            case "NFKD": form = NormalizationForm.FormKD; break;
            default:
                Throw.RangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
                return default;
        }
        return StringNormalization.Normalize(s, form);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.padstart</summary>
    static JsValue PadStart(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringPad(ThisString(thisValue, "String.prototype.padStart"), args.Arg(0), args.Arg(1), atStart: true);

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.padend</summary>
    static JsValue PadEnd(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringPad(ThisString(thisValue, "String.prototype.padEnd"), args.Arg(0), args.Arg(1), atStart: false);

    /// <summary>https://tc39.es/ecma262/#sec-stringpad</summary>
    static string StringPad(string s, JsValue maxLength, JsValue fillString, bool atStart)
    {
        double intMaxLength = TypeConversion.ToLength(maxLength);
        if (intMaxLength <= s.Length) return s;
        string filler = fillString.IsUndefined ? " " : TypeConversion.ToString(fillString);
        if (filler.Length == 0) return s;
        if (intMaxLength > MaxStringLength) Throw.RangeError("Invalid string length");
        int fillLen = (int)intMaxLength - s.Length;
        var sb = new StringBuilder((int)intMaxLength);
        if (!atStart) sb.Append(s);
        while (fillLen > 0)
        {
            int n = Math.Min(fillLen, filler.Length);
            sb.Append(filler, 0, n);
            fillLen -= n;
        }
        if (atStart) sb.Append(s);
        return sb.ToString();
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.repeat</summary>
    static JsValue Repeat(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.repeat");
        double number = TypeConversion.ToNumber(args.Arg(0));
        double n = TypeConversion.ToIntegerOrInfinity(number);
        if (n < 0 || double.IsPositiveInfinity(n)) Throw.RangeError($"Invalid count value: {TypeConversion.NumberToString(number)}");
        if (n == 0 || s.Length == 0) return "";
        if (s.Length * n > MaxStringLength) Throw.RangeError("Invalid string length");
        return new StringBuilder(s.Length * (int)n).Insert(0, s, (int)n).ToString();
    }

    /// <summary>https://tc39.es/ecma262/#sec-createhtml (Annex B)</summary>
    static JsValue CreateHtml(JsValue thisValue, string method, string tag, string? attribute, JsValue value)
    {
        var s = ThisString(thisValue, $"String.prototype.{method}");
        var open = "<" + tag;
        if (attribute != null) open += $" {attribute}=\"{TypeConversion.ToString(value).Replace("\"", "&quot;")}\"";
        return $"{open}>{s}</{tag}>";
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.anchor</summary>
    static JsValue Anchor(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "anchor", "a", "name", args.Arg(0));
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.big</summary>
    static JsValue Big(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "big", "big", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.blink</summary>
    static JsValue Blink(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "blink", "blink", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.bold</summary>
    static JsValue Bold(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "bold", "b", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.fixed</summary>
    static JsValue Fixed(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "fixed", "tt", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.fontcolor</summary>
    static JsValue FontColor(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "fontcolor", "font", "color", args.Arg(0));
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.fontsize</summary>
    static JsValue FontSize(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "fontsize", "font", "size", args.Arg(0));
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.italics</summary>
    static JsValue Italics(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "italics", "i", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.link</summary>
    static JsValue Link(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "link", "a", "href", args.Arg(0));
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.small</summary>
    static JsValue Small(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "small", "small", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.strike</summary>
    static JsValue Strike(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "strike", "strike", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.sub</summary>
    static JsValue Sub(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "sub", "sub", null, default);
    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.sup</summary>
    static JsValue Sup(JsValue thisValue, ReadOnlySpan<JsValue> args) => CreateHtml(thisValue, "sup", "sup", null, default);
}
