using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Properties of the String prototype object: https://tc39.es/ecma262/#sec-properties-of-the-string-prototype-object
/// Each method starts with RequireObjectCoercible(this) and ToString, through
/// <see cref="ThisString"/>. Partial files: Transform (case, trim, pad, normalize...) and
/// Regex (the string paths of split/replace/match/search, delegating to @@-methods).
/// </summary>
public static partial class StringPrototype
{
    public static void Install(Realm realm, CollectionIntrinsics intrinsics)
    {
        var proto = realm.StringPrototype;
        // V8's order; trimLeft and trimRight are the very function objects trimStart and trimEnd.
        proto.DefineMethods(realm,
            new("anchor", 1, Anchor), new("at", 1, At), new("big", 0, Big), new("blink", 0, Blink), new("bold", 0, Bold),
            new("charAt", 1, CharAt), new("charCodeAt", 1, CharCodeAt), new("codePointAt", 1, CodePointAt),
            new("concat", 1, Concat), new("endsWith", 1, EndsWith), new("fontcolor", 1, FontColor),
            new("fontsize", 1, FontSize), new("fixed", 0, Fixed), new("includes", 1, Includes),
            new("indexOf", 1, IndexOf), new("isWellFormed", 0, IsWellFormed), new("italics", 0, Italics),
            new("lastIndexOf", 1, LastIndexOf), new("link", 1, Link), new("localeCompare", 1, LocaleCompare),
            new("match", 1, Match), new("matchAll", 1, MatchAll), new("normalize", 0, Normalize),
            new("padEnd", 1, PadEnd), new("padStart", 1, PadStart), new("repeat", 1, Repeat),
            new("replace", 2, Replace), new("replaceAll", 2, ReplaceAll), new("search", 1, Search),
            new("slice", 2, Slice), new("small", 0, Small), new("split", 2, Split), new("strike", 0, Strike),
            new("sub", 0, Sub), new("substr", 2, Substr), new("substring", 2, Substring), new("sup", 0, Sup),
            new("startsWith", 1, StartsWith), new("toString", 0, ToStringMethod), new("toWellFormed", 0, ToWellFormed),
            new("trim", 0, Trim), new("trimStart", 0, TrimStart));
        proto.FastAddProperty("trimLeft", proto.Get("trimStart"), PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.DefineMethods(realm, new BuiltinMethod("trimEnd", 0, TrimEnd));
        proto.FastAddProperty("trimRight", proto.Get("trimEnd"), PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.DefineMethods(realm,
            new("toLocaleLowerCase", 0, ToLocaleLowerCase), new("toLocaleUpperCase", 0, ToLocaleUpperCase),
            new("toLowerCase", 0, ToLowerCase), new("toUpperCase", 0, ToUpperCase), new("valueOf", 0, ValueOf));
        proto.FastAddProperty(JsSymbol.Iterator,
            JsValue.FromObject(new JsNativeFunction(realm, "[Symbol.iterator]", 0, StringIterator.Iterate)),
            PropertyFlags.Writable | PropertyFlags.Configurable);
    }

    /// <summary>RequireObjectCoercible(this) then ToString, with V8's "X called on null or undefined".</summary>
    public static string ThisString(JsValue thisValue, string method)
    {
        if (thisValue.Ref is string s) return s;
        if (thisValue.IsNullOrUndefined) Throw.TypeError($"{method} called on null or undefined");
        return TypeConversion.ToString(thisValue);
    }

    static readonly string[] Latin1Strings = Enumerable.Range(0, 256).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>A one-character string; shared for Latin-1, since charAt and friends make many.</summary>
    public static string CharString(char c) => c < 256 ? Latin1Strings[c] : c.ToString();

    /// <summary>https://tc39.es/ecma262/#sec-thisstringvalue</summary>
    static string ThisStringValue(JsValue value, string method)
    {
        if (value.IsString) return value.String;
        if (value.Ref is JsPrimitiveWrapper { PrimitiveValue.IsString: true } wrapper) return wrapper.PrimitiveValue.String;
        return Throw.TypeError<string>($"{method} requires that 'this' be a String");
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.tostring</summary>
    static JsValue ToStringMethod(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisStringValue(thisValue, "String.prototype.toString");

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.valueof</summary>
    static JsValue ValueOf(JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisStringValue(thisValue, "String.prototype.valueOf");

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.at</summary>
    static JsValue At(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.at");
        double relative = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        double k = relative >= 0 ? relative : s.Length + relative;
        if (k < 0 || k >= s.Length) return JsValue.Undefined;
        return CharString(s[(int)k]);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.charat</summary>
    static JsValue CharAt(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.charAt");
        double position = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (position < 0 || position >= s.Length) return "";
        return CharString(s[(int)position]);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.charcodeat</summary>
    static JsValue CharCodeAt(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.charCodeAt");
        double position = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (position < 0 || position >= s.Length) return double.NaN;
        return (double)s[(int)position];
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.codepointat</summary>
    static JsValue CodePointAt(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.codePointAt");
        double position = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        if (position < 0 || position >= s.Length) return JsValue.Undefined;
        return CodePointAt(s, (int)position, out _);
    }

    /// <summary>https://tc39.es/ecma262/#sec-codepointat — a lone surrogate is its own code point.</summary>
    public static int CodePointAt(string s, int position, out int codeUnitCount)
    {
        char first = s[position];
        codeUnitCount = 1;
        if (!char.IsHighSurrogate(first) || position + 1 == s.Length) return first;
        char second = s[position + 1];
        if (!char.IsLowSurrogate(second)) return first;
        codeUnitCount = 2;
        return char.ConvertToUtf32(first, second);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.concat</summary>
    static JsValue Concat(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.concat");
        if (args.Length == 1) return Operators.Concat(s, TypeConversion.ToStringValue(args[0]));
        var sb = new StringBuilder(s);
        foreach (var next in args) sb.Append(TypeConversion.ToString(next));
        return sb.ToString();
    }

    /// <summary>https://tc39.es/ecma262/#sec-isregexp</summary>
    public static bool IsRegExp(JsValue argument)
    {
        if (argument.Ref is not JsObject o) return false;
        var matcher = o.Get(JsSymbol.Match);
        if (!matcher.IsUndefined) return TypeConversion.ToBoolean(matcher);
        return o.ClassName == "RegExp";
    }

    static string SearchStringArgument(JsValue argument, string method)
    {
        if (IsRegExp(argument)) Throw.TypeError($"First argument to {method} must not be a regular expression");
        return TypeConversion.ToString(argument);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.startswith</summary>
    static JsValue StartsWith(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.startsWith");
        var search = SearchStringArgument(args.Arg(0), "String.prototype.startsWith");
        int start = (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args.Arg(1)), 0, s.Length);
        return start + search.Length <= s.Length && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.endswith</summary>
    static JsValue EndsWith(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.endsWith");
        var search = SearchStringArgument(args.Arg(0), "String.prototype.endsWith");
        var endPosition = args.Arg(1);
        int end = endPosition.IsUndefined ? s.Length : (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(endPosition), 0, s.Length);
        int start = end - search.Length;
        return start >= 0 && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.includes</summary>
    static JsValue Includes(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.includes");
        var search = SearchStringArgument(args.Arg(0), "String.prototype.includes");
        int start = (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args.Arg(1)), 0, s.Length);
        return StringIndexOf(s, search, start) >= 0;
    }

    /// <summary>https://tc39.es/ecma262/#sec-stringindexof — ordinal; an empty search matches at fromIndex.</summary>
    public static int StringIndexOf(string s, string search, int fromIndex)
    {
        if (search.Length == 0) return fromIndex <= s.Length ? fromIndex : -1;
        if (fromIndex >= s.Length) return -1;
        return s.IndexOf(search, fromIndex, StringComparison.Ordinal);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.indexof</summary>
    static JsValue IndexOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.indexOf");
        var search = TypeConversion.ToString(args.Arg(0));
        int start = (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args.Arg(1)), 0, s.Length);
        return StringIndexOf(s, search, start);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.lastindexof</summary>
    static JsValue LastIndexOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.lastIndexOf");
        var search = TypeConversion.ToString(args.Arg(0));
        double numPos = TypeConversion.ToNumber(args.Arg(1));
        double pos = double.IsNaN(numPos) ? double.PositiveInfinity : TypeConversion.ToIntegerOrInfinity(numPos);
        int start = (int)Math.Clamp(pos, 0, s.Length);
        for (int k = Math.Min(start, s.Length - search.Length); k >= 0; k--)
            if (string.CompareOrdinal(s, k, search, 0, search.Length) == 0) return k;
        return -1;
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.slice</summary>
    static JsValue Slice(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.slice");
        int len = s.Length;
        int from = (int)ArrayAlgorithms.RelativeIndex(args.Arg(0), len);
        int to = (int)ArrayAlgorithms.RelativeEnd(args.Arg(1), len);
        return from >= to ? "" : s.Substring(from, to - from);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.substring</summary>
    static JsValue Substring(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.substring");
        int len = s.Length;
        int start = (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args.Arg(0)), 0, len);
        int end = args.Arg(1).IsUndefined ? len : (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args[1]), 0, len);
        int from = Math.Min(start, end), to = Math.Max(start, end);
        return s.Substring(from, to - from);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.substr</summary>
    static JsValue Substr(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.substr");
        int size = s.Length;
        int start = (int)ArrayAlgorithms.RelativeIndex(args.Arg(0), size);
        double length = args.Arg(1).IsUndefined ? size : TypeConversion.ToIntegerOrInfinity(args[1]);
        int end = (int)Math.Min(start + Math.Clamp(length, 0, size), size);
        return start >= end ? "" : s.Substring(start, end - start);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.iswellformed</summary>
    static JsValue IsWellFormed(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        IndexOfLoneSurrogate(ThisString(thisValue, "String.prototype.isWellFormed")) < 0;

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.towellformed</summary>
    static JsValue ToWellFormed(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(thisValue, "String.prototype.toWellFormed");
        if (IndexOfLoneSurrogate(s) < 0) return s;
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    static int IndexOfLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsSurrogate(s[i])) continue;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else return i;
        }
        return -1;
    }
}
