using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

// The methods String.prototype.match/matchAll/search/split delegate to. Each follows the
// spec through RegExpExec, with a fast path for an unmodified RegExp (RegExpRealm.IsPristine),
// where the spec's property reads are unobservable and the .NET matcher runs directly.
public static partial class RegExpPrototype
{
    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype-@@match</summary>
    static JsValue SymbolMatch(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var rx = ThisObject(thisValue, "@@match");
        var s = TypeConversion.ToString(args.Arg(0));
        var realm = Realm.Current;
        if (rx is JsRegExp r && r.State.IsPristine(r))
        {
            if (!r.Global) return BuiltinExec(r, s);
            r.SetLastIndex(0);
            var matches = new JsArray(realm.ArrayPrototype);
            while (MatchSpan(r, s, out int index, out int length))
            {
                matches.Push(s.Substring(index, length));
                if (length == 0) r.SetLastIndex(AdvanceStringIndex(s, index, r.FullUnicode));
            }
            return matches.Length == 0 ? JsValue.Null : matches;
        }
        var flags = TypeConversion.ToString(rx.Get("flags"));
        if (!flags.Contains('g')) return RegExpExec(rx, s);
        bool fullUnicode = flags.Contains('u') || flags.Contains('v');
        rx.Set("lastIndex", 0, true);
        var a = new JsArray(realm.ArrayPrototype);
        while (true)
        {
            var result = RegExpExec(rx, s);
            if (result.IsNull) return a.Length == 0 ? JsValue.Null : a;
            var matchStr = TypeConversion.ToString(result.Object.Get("0"));
            a.Push(matchStr);
            if (matchStr.Length == 0) AdvanceLastIndex(rx, s, fullUnicode);
        }
    }

    /// <summary>After an empty match: lastIndex = AdvanceStringIndex(S, ToLength(lastIndex), fullUnicode).</summary>
    static void AdvanceLastIndex(JsObject rx, string s, bool fullUnicode)
    {
        double thisIndex = TypeConversion.ToLength(rx.Get("lastIndex"));
        rx.Set("lastIndex", AdvanceStringIndex(s, thisIndex, fullUnicode), true);
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexp-prototype-matchall</summary>
    static JsValue SymbolMatchAll(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var r = ThisObject(thisValue, "@@matchAll");
        var s = TypeConversion.ToString(args.Arg(0));
        var c = SpeciesConstructor(r);
        var flags = TypeConversion.ToString(r.Get("flags"));
        var matcher = c.Construct([JsValue.FromObject(r), flags], c).Object;
        double lastIndex = TypeConversion.ToLength(r.Get("lastIndex"));
        matcher.Set("lastIndex", lastIndex, true);
        return new RegExpStringIterator(Realm.Current, matcher, s, flags.Contains('g'), flags.Contains('u') || flags.Contains('v'));
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype-@@search</summary>
    static JsValue SymbolSearch(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var rx = ThisObject(thisValue, "@@search");
        var s = TypeConversion.ToString(args.Arg(0));
        var previousLastIndex = rx.Get("lastIndex");
        if (!Comparison.SameValue(previousLastIndex, 0)) rx.Set("lastIndex", 0, true);
        JsValue result;
        if (rx is JsRegExp r && r.State.IsPristine(r))
        {
            result = MatchSpan(r, s, out int index, out _) ? index : JsValue.Null;
        }
        else
        {
            result = RegExpExec(rx, s);
            if (!result.IsNull) result = result.Object.Get("index");
        }
        var currentLastIndex = rx.Get("lastIndex");
        if (!Comparison.SameValue(currentLastIndex, previousLastIndex)) rx.Set("lastIndex", previousLastIndex, true);
        return result.IsNull ? -1 : result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-speciesconstructor with %RegExp% as the default.</summary>
    static JsFunction SpeciesConstructor(JsObject o)
    {
        var defaultConstructor = RegExpRealm.For(Realm.Current).Constructor;
        var c = o.Get("constructor");
        if (c.IsUndefined) return defaultConstructor;
        if (!c.IsObject) Throw.TypeError("The .constructor property is not an object");
        var species = c.Object.Get(JsSymbol.Species);
        if (species.IsNullOrUndefined) return defaultConstructor;
        if (species.Ref is JsFunction { IsConstructor: true } f) return f;
        return Throw.TypeError<JsFunction>("object.constructor[Symbol.species] is not a constructor");
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype-@@split</summary>
    static JsValue SymbolSplit(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var rx = ThisObject(thisValue, "@@split");
        var s = TypeConversion.ToString(args.Arg(0));
        var realm = Realm.Current;
        if (rx is JsRegExp r && r.State.IsPristine(r))
            return FastSplit(realm, r, s, args.Arg(1));
        var c = SpeciesConstructor(rx);
        var flags = TypeConversion.ToString(rx.Get("flags"));
        bool unicodeMatching = flags.Contains('u') || flags.Contains('v');
        var newFlags = flags.Contains('y') ? flags : flags + "y";
        var splitter = c.Construct([JsValue.FromObject(rx), newFlags], c).Object;
        var a = new JsArray(realm.ArrayPrototype);
        uint lim = args.Arg(1).IsUndefined ? uint.MaxValue : TypeConversion.ToUint32(args.Arg(1));
        if (lim == 0) return a;
        if (s.Length == 0)
        {
            if (RegExpExec(splitter, s).IsNull) a.Push(s);
            return a;
        }
        int p = 0, q = 0;
        while (q < s.Length)
        {
            splitter.Set("lastIndex", q, true);
            var z = RegExpExec(splitter, s);
            if (z.IsNull)
            {
                q = AdvanceStringIndex(s, q, unicodeMatching);
                continue;
            }
            int e = (int)Math.Min(TypeConversion.ToLength(splitter.Get("lastIndex")), s.Length);
            if (e == p)
            {
                q = AdvanceStringIndex(s, q, unicodeMatching);
                continue;
            }
            a.Push(s[p..q]);
            if (a.Length == lim) return a;
            p = e;
            var zo = z.Object;
            double captures = Math.Max(TypeConversion.ToLength(zo.Get("length")) - 1, 0);
            for (int i = 1; i <= captures; i++)
            {
                a.Push(zo.Get(PropertyKey.FromIndex((uint)i)));
                if (a.Length == lim) return a;
            }
            q = p;
        }
        a.Push(s[p..]);
        return a;
    }

    /// <summary>
    /// @@split for an unmodified RegExp. The splitter is always sticky (y or not), probing each
    /// index in turn; one scanning search from q finds the same first index where a probe succeeds.
    /// </summary>
    static JsValue FastSplit(Realm realm, JsRegExp r, string s, JsValue limit)
    {
        var a = new JsArray(realm.ArrayPrototype);
        uint lim = limit.IsUndefined ? uint.MaxValue : TypeConversion.ToUint32(limit);
        if (lim == 0) return a;
        var program = RegExpProgram.Get(r.Source, r.Flags.Replace("y", "").Replace("g", ""));
        if (s.Length == 0)
        {
            var m0 = program.Match(s, 0);
            if (!m0.Success || m0.Index != 0) a.Push(s);
            return a;
        }
        int p = 0, q = 0;
        while (q < s.Length)
        {
            System.Text.RegularExpressions.Match? m = null;
            int mIndex, mLength;
            if (program.GroupCount == 0)
            {
                if (!program.MatchSpan(s, q, out mIndex, out mLength)) break;
            }
            else
            {
                m = program.Match(s, q);
                if (!m.Success) break;
                (mIndex, mLength) = (m.Index, m.Length);
            }
            if (mIndex >= s.Length) break;
            int e = mIndex + mLength;
            if (e == p)
            {
                q = AdvanceStringIndex(s, mIndex, r.FullUnicode);
                continue;
            }
            a.Push(s[p..mIndex]);
            if (a.Length == lim) return a;
            p = e;
            for (int g = 1; g <= program.GroupCount; g++)
            {
                var (index, length) = program.GetGroup(m!, g);
                a.Push(index < 0 ? JsValue.Undefined : s.Substring(index, length));
                if (a.Length == lim) return a;
            }
            q = p;
        }
        a.Push(s[p..]);
        return a;
    }
}
