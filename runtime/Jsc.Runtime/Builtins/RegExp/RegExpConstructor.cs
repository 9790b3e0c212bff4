using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The RegExp constructor: https://tc39.es/ecma262/#sec-regexp-constructor</summary>
public static class RegExpConstructor
{
    internal static void Install(Realm realm)
    {
        var state = RegExpRealm.For(realm);
        var ctor = BuiltinTable.DefineConstructor(realm, "RegExp", 2, realm.RegExpPrototype,
            (thisValue, args) => Construct(state, args, JsValue.Undefined),
            (args, newTarget) => Construct(state, args, JsValue.FromObject(newTarget)));
        state.Constructor = ctor;
        ctor.FastAddAccessor(JsSymbol.Species, new JsNativeFunction(realm, "get [Symbol.species]", 0, (thisValue, _) => thisValue), null,
            PropertyFlags.Configurable);
        DefineLegacyStatics(realm, ctor, state);
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexp-pattern-flags</summary>
    static JsValue Construct(RegExpRealm state, ReadOnlySpan<JsValue> args, JsValue newTarget)
    {
        var pattern = args.Arg(0);
        var flags = args.Arg(1);
        bool patternIsRegExp = IsRegExp(pattern);
        JsObject target;
        if (newTarget.IsUndefined)
        {
            target = state.Constructor;
            if (patternIsRegExp && flags.IsUndefined)
            {
                var patternConstructor = pattern.Object.Get("constructor");
                if (patternConstructor.Ref == target) return pattern;
            }
        }
        else target = newTarget.Object;
        JsValue p, f;
        if (pattern.Ref is JsRegExp source)
        {
            p = source.Source;
            f = flags.IsUndefined ? source.Flags : flags;
        }
        else if (patternIsRegExp)
        {
            p = pattern.Object.Get("source");
            f = flags.IsUndefined ? pattern.Object.Get("flags") : flags;
        }
        else
        {
            p = pattern;
            f = flags;
        }
        var proto = JsFunction.GetPrototypeFromConstructor(target, state.Prototype);
        return new JsRegExp(proto, state).Initialize(p, f);
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexpcreate — for String.prototype.match/matchAll/search and RegExp literals.</summary>
    public static JsRegExp RegExpCreate(JsValue pattern, JsValue flags)
    {
        var state = RegExpRealm.For(Realm.Current);
        return new JsRegExp(state.Prototype, state).Initialize(pattern, flags);
    }

    /// <summary>A regular expression literal /pattern/flags (the compiler has validated it).</summary>
    public static JsRegExp FromLiteral(string pattern, string flags) => RegExpCreate(pattern, flags);

    /// <summary>https://tc39.es/ecma262/#sec-isregexp</summary>
    public static bool IsRegExp(JsValue argument)
    {
        if (argument.Ref is not JsObject o) return false;
        var matcher = o.Get(JsSymbol.Match);
        if (!matcher.IsUndefined) return TypeConversion.ToBoolean(matcher);
        return o is JsRegExp;
    }

    /// <summary>The Annex B-style legacy statics V8 keeps: RegExp.$1-$9, input ($_), lastMatch ($&amp;) and friends.</summary>
    static void DefineLegacyStatics(Realm realm, JsObject ctor, RegExpRealm state)
    {
        string Capture(int n)
        {
            var m = state.LastMatch;
            if (2 * n + 1 >= m.Length || m[2 * n] < 0) return "";
            return state.LastSubject.Substring(m[2 * n], m[2 * n + 1] - m[2 * n]);
        }
        string LastParen()
        {
            int n = state.LastMatch.Length / 2 - 1;
            return n == 0 ? "" : Capture(n);
        }
        var getters = new (string Name, Func<string> Get)[]
        {
            ("input", () => state.LastInput), ("$_", () => state.LastInput),
            ("lastMatch", () => Capture(0)), ("$&", () => Capture(0)),
            ("lastParen", LastParen), ("$+", LastParen),
            ("leftContext", () => state.LastSubject[..state.LastMatch[0]]), ("$`", () => state.LastSubject[..state.LastMatch[0]]),
            ("rightContext", () => state.LastSubject[state.LastMatch[1]..]), ("$'", () => state.LastSubject[state.LastMatch[1]..]),
        };
        foreach (var (name, get) in getters)
        {
            NativeCode setter = name is "input" or "$_"
                ? (_, args) => { state.LastInput = TypeConversion.ToString(args.Arg(0)); return JsValue.Undefined; }
                : (_, _) => JsValue.Undefined;
            ctor.DefineAccessor(realm, name, (_, _) => get(), setter);
        }
        for (int i = 1; i <= 9; i++)
        {
            int n = i;
            ctor.DefineAccessor(realm, "$" + n, (_, _) => Capture(n), (_, _) => JsValue.Undefined);
        }
    }
}
