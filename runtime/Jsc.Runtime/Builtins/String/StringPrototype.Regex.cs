using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// split, replace, replaceAll, match, matchAll and search. Per the spec, an object argument
/// with a Symbol.split / Symbol.replace / ... method gets the call (that is how RegExp
/// takes over, with no coupling here); otherwise the string algorithms below run.
/// match, matchAll and search with a non-RegExp create one through %RegExp%.
/// </summary>
public static partial class StringPrototype
{
    /// <summary>The argument's @@-method when it is an object that has one (GetMethod, step 2 of each algorithm).</summary>
    static JsFunction? Delegate(JsValue argument, JsSymbol symbol) =>
        argument.IsObject ? GetMethod(argument, symbol) : null;

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.split</summary>
    static JsValue Split(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var separator = args.Arg(0);
        var limit = args.Arg(1);
        if (thisValue.IsNullOrUndefined) Throw.TypeError("String.prototype.split called on null or undefined");
        if (Delegate(separator, JsSymbol.Split) is { } splitter) return splitter.Call(separator, [thisValue, limit]);
        var s = TypeConversion.ToString(thisValue);
        uint lim = limit.IsUndefined ? uint.MaxValue : TypeConversion.ToUint32(limit);
        var r = TypeConversion.ToString(separator);
        var realm = Realm.Current;
        if (lim == 0) return new JsArray(realm.ArrayPrototype);
        if (separator.IsUndefined) return new JsArray(realm.ArrayPrototype, [s]);
        var parts = new List<JsValue>();
        if (r.Length == 0)
        {
            int count = (int)Math.Min(lim, (uint)s.Length);
            for (int i = 0; i < count; i++) parts.Add(CharString(s[i]));
            return new JsArray(realm.ArrayPrototype, parts.ToArray());
        }
        if (s.Length == 0) return new JsArray(realm.ArrayPrototype, [s]);
        int p = 0;
        for (int q = StringIndexOf(s, r, 0); q >= 0; q = StringIndexOf(s, r, p))
        {
            parts.Add(s.Substring(p, q - p));
            if (parts.Count == lim) return new JsArray(realm.ArrayPrototype, parts.ToArray());
            p = q + r.Length;
        }
        parts.Add(s.Substring(p));
        return new JsArray(realm.ArrayPrototype, parts.ToArray());
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.replace</summary>
    static JsValue Replace(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var searchValue = args.Arg(0);
        var replaceValue = args.Arg(1);
        if (thisValue.IsNullOrUndefined) Throw.TypeError("String.prototype.replace called on null or undefined");
        if (Delegate(searchValue, JsSymbol.Replace) is { } replacer) return replacer.Call(searchValue, [thisValue, replaceValue]);
        var s = TypeConversion.ToString(thisValue);
        var searchString = TypeConversion.ToString(searchValue);
        var functional = replaceValue.Ref as JsFunction;
        var template = functional == null ? TypeConversion.ToString(replaceValue) : null;
        int position = StringIndexOf(s, searchString, 0);
        if (position < 0) return s;
        string replacement = functional != null
            ? TypeConversion.ToString(functional.Call(JsValue.Undefined, [searchString, position, s]))
            : GetSubstitution(searchString, s, position, ReadOnlySpan<JsValue>.Empty, JsValue.Undefined, template!);
        return string.Concat(s.AsSpan(0, position), replacement, s.AsSpan(position + searchString.Length));
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.replaceall</summary>
    static JsValue ReplaceAll(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var searchValue = args.Arg(0);
        var replaceValue = args.Arg(1);
        if (thisValue.IsNullOrUndefined) Throw.TypeError("String.prototype.replaceAll called on null or undefined");
        if (searchValue.IsObject)
        {
            RequireGlobalFlag(searchValue, "replaceAll");
            if (GetMethod(searchValue, JsSymbol.Replace) is { } replacer) return replacer.Call(searchValue, [thisValue, replaceValue]);
        }
        var s = TypeConversion.ToString(thisValue);
        var searchString = TypeConversion.ToString(searchValue);
        var functional = replaceValue.Ref as JsFunction;
        var template = functional == null ? TypeConversion.ToString(replaceValue) : null;
        int advanceBy = Math.Max(1, searchString.Length);
        var positions = new List<int>();
        for (int position = StringIndexOf(s, searchString, 0); position >= 0; position = StringIndexOf(s, searchString, position + advanceBy))
            positions.Add(position);
        if (positions.Count == 0) return s;
        var result = new StringBuilder();
        int endOfLastMatch = 0;
        foreach (int p in positions)
        {
            result.Append(s, endOfLastMatch, p - endOfLastMatch);
            result.Append(functional != null
                ? TypeConversion.ToString(functional.Call(JsValue.Undefined, [searchString, p, s]))
                : GetSubstitution(searchString, s, p, ReadOnlySpan<JsValue>.Empty, JsValue.Undefined, template!));
            endOfLastMatch = p + searchString.Length;
        }
        if (endOfLastMatch < s.Length) result.Append(s, endOfLastMatch, s.Length - endOfLastMatch);
        return result.ToString();
    }

    /// <summary>replaceAll and matchAll refuse a RegExp without the g flag.</summary>
    static void RequireGlobalFlag(JsValue argument, string method)
    {
        if (!IsRegExp(argument)) return;
        var flags = argument.Object.Get("flags");
        if (flags.IsNullOrUndefined) Throw.TypeError($"String.prototype.{method} called with a non-global RegExp argument");
        if (!TypeConversion.ToString(flags).Contains('g'))
            Throw.TypeError($"String.prototype.{method} called with a non-global RegExp argument");
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.match</summary>
    static JsValue Match(JsValue thisValue, ReadOnlySpan<JsValue> args) => ViaRegExp(thisValue, args.Arg(0), JsSymbol.Match, "match", null);

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.matchall</summary>
    static JsValue MatchAll(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var regexp = args.Arg(0);
        if (thisValue.IsNullOrUndefined) Throw.TypeError("String.prototype.matchAll called on null or undefined");
        if (regexp.IsObject) RequireGlobalFlag(regexp, "matchAll");
        return ViaRegExp(thisValue, regexp, JsSymbol.MatchAll, "matchAll", "g");
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype.search</summary>
    static JsValue Search(JsValue thisValue, ReadOnlySpan<JsValue> args) => ViaRegExp(thisValue, args.Arg(0), JsSymbol.Search, "search", null);

    /// <summary>The shared steps of match, matchAll and search: delegate, or RegExpCreate and Invoke.</summary>
    static JsValue ViaRegExp(JsValue thisValue, JsValue regexp, JsSymbol symbol, string method, string? flags)
    {
        if (thisValue.IsNullOrUndefined) Throw.TypeError($"String.prototype.{method} called on null or undefined");
        if (Delegate(regexp, symbol) is { } matcher) return matcher.Call(regexp, [thisValue]);
        var s = TypeConversion.ToString(thisValue);
        var rx = RegExpCreate(regexp.IsUndefined ? JsValue.Undefined : regexp, flags);
        var function = GetV(rx, symbol);
        return RequireCallable(function).Call(rx, [s]);
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexpcreate, through %RegExp% (installed by the RegExp built-in).</summary>
    static JsValue RegExpCreate(JsValue pattern, string? flags)
    {
        var ctor = Realm.Current.RegExpPrototype.Get("constructor");
        if (ctor.Ref is not JsFunction { IsConstructor: true } regExp) return Throw.TypeError<JsValue>("RegExp is not supported");
        return regExp.Construct([pattern, flags == null ? JsValue.Undefined : flags], regExp);
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-getsubstitution — expands $$, $&amp;, $`, $', $n, $nn and
    /// $&lt;name&gt; in a replacement template. Captures are strings or undefined; public so
    /// RegExp.prototype[@@replace] shares it.
    /// </summary>
    public static string GetSubstitution(string matched, string str, int position, ReadOnlySpan<JsValue> captures, JsValue namedCaptures, string template)
    {
        int dollar = template.IndexOf('$');
        if (dollar < 0) return template;
        var result = new StringBuilder(template.Length + matched.Length);
        result.Append(template, 0, dollar);
        int matchLength = matched.Length;
        for (int i = dollar; i < template.Length;)
        {
            char c = template[i];
            if (c != '$' || i + 1 == template.Length)
            {
                result.Append(c);
                i++;
                continue;
            }
            char next = template[i + 1];
            switch (next)
            {
                case '$':
                    result.Append('$');
                    i += 2;
                    break;
                case '&':
                    result.Append(matched);
                    i += 2;
                    break;
                case '`':
                    result.Append(str, 0, Math.Min(position, str.Length));
                    i += 2;
                    break;
                case '\'':
                    int tailPos = Math.Min(position + matchLength, str.Length);
                    result.Append(str, tailPos, str.Length - tailPos);
                    i += 2;
                    break;
                case >= '0' and <= '9':
                    int digitCount = i + 2 < template.Length && char.IsAsciiDigit(template[i + 2]) ? 2 : 1;
                    int index = digitCount == 2 ? (next - '0') * 10 + (template[i + 2] - '0') : next - '0';
                    if (index > captures.Length && digitCount == 2)
                    {
                        digitCount = 1;
                        index = next - '0';
                    }
                    if (index >= 1 && index <= captures.Length)
                    {
                        var capture = captures[index - 1];
                        if (!capture.IsUndefined) result.Append(TypeConversion.ToString(capture));
                    }
                    else result.Append(template, i, 1 + digitCount);
                    i += 1 + digitCount;
                    break;
                case '<':
                    int close = namedCaptures.IsUndefined ? -1 : template.IndexOf('>', i + 2);
                    if (close < 0)
                    {
                        result.Append("$<");
                        i += 2;
                        break;
                    }
                    var groupName = template.Substring(i + 2, close - i - 2);
                    var value = GetV(namedCaptures, groupName);
                    if (!value.IsUndefined) result.Append(TypeConversion.ToString(value));
                    i = close + 1;
                    break;
                default:
                    result.Append('$');
                    i++;
                    break;
            }
        }
        return result.ToString();
    }
}
