using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>RegExp.prototype: https://tc39.es/ecma262/#sec-properties-of-the-regexp-prototype-object</summary>
public static partial class RegExpPrototype
{
    internal static void Install(Realm realm)
    {
        var proto = realm.RegExpPrototype;
        proto.DefineMethods(realm,
            new BuiltinMethod("exec", 1, Exec),
            new BuiltinMethod("compile", 2, Compile),
            new BuiltinMethod("toString", 0, ToString),
            new BuiltinMethod("test", 1, Test));
        foreach (var (symbol, length, code) in new (JsSymbol, int, NativeCode)[]
        {
            (JsSymbol.Match, 1, SymbolMatch),
            (JsSymbol.MatchAll, 1, SymbolMatchAll),
            (JsSymbol.Replace, 2, SymbolReplace),
            (JsSymbol.Search, 1, SymbolSearch),
            (JsSymbol.Split, 2, SymbolSplit),
        })
            proto.DefineSymbolMethod(realm, symbol, length, code);
        var accessors = new (string Name, NativeCode Getter)[]
        {
            ("dotAll", FlagGetter("dotAll", 's')),
            ("flags", Flags),
            ("global", FlagGetter("global", 'g')),
            ("hasIndices", FlagGetter("hasIndices", 'd')),
            ("ignoreCase", FlagGetter("ignoreCase", 'i')),
            ("multiline", FlagGetter("multiline", 'm')),
            ("source", Source),
            ("sticky", FlagGetter("sticky", 'y')),
            ("unicode", FlagGetter("unicode", 'u')),
            ("unicodeSets", FlagGetter("unicodeSets", 'v')),
        };
        foreach (var (name, getter) in accessors) proto.DefineAccessor(realm, name, getter);
        RegExpStringIterator.Install(realm);
    }

    static JsRegExp ThisRegExp(JsValue thisValue, string method) =>
        thisValue.Ref as JsRegExp ?? Throw.TypeError<JsRegExp>($"Method RegExp.prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    static JsObject ThisObject(JsValue thisValue, string method, bool v8ShowsUndefined = false) =>
        thisValue.AsObject ?? Throw.TypeError<JsObject>(
            $"Method RegExp.prototype.{method} called on incompatible receiver {(v8ShowsUndefined ? "undefined" : Inspect.Brief(thisValue))}");

    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype.exec</summary>
    static JsValue Exec(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var r = ThisRegExp(thisValue, "exec");
        return BuiltinExec(r, TypeConversion.ToString(args.Arg(0)));
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype.test</summary>
    static JsValue Test(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var r = ThisObject(thisValue, "test", v8ShowsUndefined: true);
        var s = TypeConversion.ToString(args.Arg(0));
        if (r is JsRegExp rx && rx.State.IsPristine(rx)) return MatchSpan(rx, s, out _, out _);
        return !RegExpExec(r, s).IsNull;
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype.tostring</summary>
    static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var r = ThisObject(thisValue, "toString");
        return "/" + TypeConversion.ToString(r.Get("source")) + "/" + TypeConversion.ToString(r.Get("flags"));
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype.compile</summary>
    static JsValue Compile(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisRegExp(thisValue, "compile");
        JsValue pattern = args.Arg(0), flags = args.Arg(1);
        if (pattern.Ref is JsRegExp source)
        {
            if (!flags.IsUndefined) Throw.TypeError("Cannot supply flags when constructing one RegExp from another");
            return o.Initialize(source.Source, source.Flags);
        }
        return o.Initialize(pattern, flags);
    }

    /// <summary>https://tc39.es/ecma262/#sec-get-regexp.prototype.flags</summary>
    static JsValue Flags(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var r = thisValue.AsObject ?? Throw.TypeError<JsObject>($"RegExp.prototype.flags getter called on non-object {Inspect.Brief(thisValue)}");
        var sb = new StringBuilder();
        foreach (var (name, flag) in FlagProperties)
            if (TypeConversion.ToBoolean(r.Get(name))) sb.Append(flag);
        return sb.ToString();
    }

    static readonly (string, char)[] FlagProperties =
    [
        ("hasIndices", 'd'), ("global", 'g'), ("ignoreCase", 'i'), ("multiline", 'm'),
        ("dotAll", 's'), ("unicode", 'u'), ("unicodeSets", 'v'), ("sticky", 'y'),
    ];

    /// <summary>https://tc39.es/ecma262/#sec-regexphasflag</summary>
    static NativeCode FlagGetter(string name, char flag) => (thisValue, _) =>
    {
        if (thisValue.Ref is JsRegExp r) return r.Flags.Contains(flag);
        if (thisValue.Ref == Realm.Current.RegExpPrototype) return JsValue.Undefined;
        return Throw.TypeError<JsValue>($"RegExp.prototype.{name} getter called on non-RegExp object");
    };

    /// <summary>https://tc39.es/ecma262/#sec-get-regexp.prototype.source</summary>
    static JsValue Source(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is JsRegExp r) return EscapeRegExpPattern(r.Source);
        if (thisValue.Ref == Realm.Current.RegExpPrototype) return "(?:)";
        return Throw.TypeError<JsValue>("RegExp.prototype.source getter called on non-RegExp object");
    }

    /// <summary>https://tc39.es/ecma262/#sec-escaperegexppattern — as V8: `/` outside classes and line terminators.</summary>
    public static string EscapeRegExpPattern(string source)
    {
        if (source.Length == 0) return "(?:)";
        var sb = new StringBuilder(source.Length + 4);
        bool inClass = false;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\\' && i + 1 < source.Length)
            {
                // An escaped line terminator becomes its escape sequence; other escapes stay.
                char next = source[++i];
                sb.Append('\\').Append(LineTerminatorEscape(next)?[1..] ?? next.ToString());
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            if (c == '/' && !inClass) sb.Append("\\/");
            else if (LineTerminatorEscape(c) is { } escape) sb.Append(escape);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static string? LineTerminatorEscape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\u2028' => "\\u2028",
        '\u2029' => "\\u2029",
        _ => null,
    };

    /// <summary>https://tc39.es/ecma262/#sec-regexpexec</summary>
    public static JsValue RegExpExec(JsObject r, string s)
    {
        var exec = r.Get("exec");
        if (exec.Ref is JsFunction f)
        {
            var result = f.Call(JsValue.FromObject(r), [s]);
            if (!result.IsObject && !result.IsNull) Throw.TypeError("RegExp exec method returned something other than an Object or null");
            return result;
        }
        if (r is not JsRegExp rx) return Throw.TypeError<JsValue>($"Method RegExp.prototype.exec called on incompatible receiver {Inspect.Brief(JsValue.FromObject(r))}");
        return BuiltinExec(rx, s);
    }

    /// <summary>https://tc39.es/ecma262/#sec-advancestringindex</summary>
    public static int AdvanceStringIndex(string s, int index, bool unicode)
    {
        if (!unicode || index + 1 >= s.Length) return index + 1;
        return char.IsHighSurrogate(s[index]) && char.IsLowSurrogate(s[index + 1]) ? index + 2 : index + 1;
    }

    internal static double AdvanceStringIndex(string s, double index, bool unicode) =>
        index + 1 >= s.Length || index >= int.MaxValue ? index + 1 : AdvanceStringIndex(s, (int)index, unicode);
}
