using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

public static partial class RegExpPrototype
{
    /// <summary>https://tc39.es/ecma262/#sec-regexp.prototype-@@replace</summary>
    static JsValue SymbolReplace(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var rx = ThisObject(thisValue, "@@replace", v8ShowsUndefined: true);
        var s = TypeConversion.ToString(args.Arg(0));
        var replaceValue = args.Arg(1);
        var replacer = replaceValue.Ref as JsFunction;
        string template = replacer == null ? TypeConversion.ToString(replaceValue) : "";
        if (rx is JsRegExp r && r.State.IsPristine(r)) return FastReplace(r, s, replacer, template);

        var flags = TypeConversion.ToString(rx.Get("flags"));
        bool global = flags.Contains('g');
        bool fullUnicode = flags.Contains('u') || flags.Contains('v');
        if (global) rx.Set("lastIndex", 0, true);
        var results = new List<JsObject>();
        while (true)
        {
            var result = RegExpExec(rx, s);
            if (result.IsNull) break;
            results.Add(result.Object);
            if (!global) break;
            if (TypeConversion.ToString(result.Object.Get("0")).Length == 0) AdvanceLastIndex(rx, s, fullUnicode);
        }
        var accumulated = new StringBuilder();
        int nextSourcePosition = 0;
        foreach (var result in results)
        {
            double resultLength = TypeConversion.ToLength(result.Get("length"));
            int nCaptures = (int)Math.Max(resultLength - 1, 0);
            var matched = TypeConversion.ToString(result.Get("0"));
            int position = (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(result.Get("index")), 0, s.Length);
            var captures = new JsValue[nCaptures];
            for (int n = 1; n <= nCaptures; n++)
            {
                var capN = result.Get(PropertyKey.FromIndex((uint)n));
                captures[n - 1] = capN.IsUndefined ? capN : TypeConversion.ToString(capN);
            }
            var namedCaptures = result.Get("groups");
            string replacement;
            if (replacer != null)
            {
                replacement = CallReplacer(replacer, matched, captures, position, s, namedCaptures);
            }
            else
            {
                if (!namedCaptures.IsUndefined) namedCaptures = TypeConversion.ToObject(namedCaptures);
                replacement = StringPrototype.GetSubstitution(matched, s, position, captures, namedCaptures, template);
            }
            if (position >= nextSourcePosition)
            {
                accumulated.Append(s, nextSourcePosition, position - nextSourcePosition).Append(replacement);
                nextSourcePosition = position + matched.Length;
            }
        }
        if (nextSourcePosition >= s.Length) return accumulated.ToString();
        return accumulated.Append(s, nextSourcePosition, s.Length - nextSourcePosition).ToString();
    }

    /// <summary>replacer(matched, p1…pn, position, string[, groups])</summary>
    static string CallReplacer(JsFunction replacer, string matched, JsValue[] captures, int position, string s, JsValue namedCaptures)
    {
        var replacerArgs = new JsValue[captures.Length + 3 + (namedCaptures.IsUndefined ? 0 : 1)];
        replacerArgs[0] = matched;
        captures.CopyTo(replacerArgs, 1);
        replacerArgs[captures.Length + 1] = position;
        replacerArgs[captures.Length + 2] = s;
        if (!namedCaptures.IsUndefined) replacerArgs[^1] = namedCaptures;
        return TypeConversion.ToString(replacer.Call(JsValue.Undefined, replacerArgs));
    }

    /// <summary>@@replace for an unmodified RegExp: no result arrays, captures read from the .NET match.</summary>
    static string FastReplace(JsRegExp r, string s, JsFunction? replacer, string template)
    {
        bool global = r.Global;
        if (global) r.SetLastIndex(0);
        var program = r.Program;
        var accumulated = new StringBuilder();
        int nextSourcePosition = 0;
        // All matches come first, as in the spec: a replacer may use the same RegExp.
        bool simpleTemplate = replacer == null && !template.Contains('$');
        var matches = new List<(int Index, int Length, System.Text.RegularExpressions.Match? Match)>();
        if (simpleTemplate && global && !r.Sticky)
        {
            foreach (var (index, length) in program.AllSpans(s)) matches.Add((index, length, null));
            r.SetLastIndex(0);
            if (matches.Count > 0) r.State.RecordMatch(s, matches[^1].Index, program);
        }
        else while (true)
        {
            System.Text.RegularExpressions.Match? found = null;
            int index, length;
            if (simpleTemplate)
            {
                if (!MatchSpan(r, s, out index, out length)) break;
            }
            else
            {
                found = Match(r, s);
                if (found == null) break;
                (index, length) = (found.Index, found.Length);
            }
            matches.Add((index, length, found));
            if (!global) break;
            if (length == 0) r.SetLastIndex(AdvanceStringIndex(s, index, r.FullUnicode));
        }
        foreach (var (index, length, m) in matches)
        {
            string replacement;
            if (m == null) replacement = template;
            else
            {
                var captures = new JsValue[program.GroupCount];
                for (int g = 1; g <= captures.Length; g++)
                {
                    var (start, count) = program.GetGroup(m, g);
                    if (start >= 0) captures[g - 1] = s.Substring(start, count);
                }
                var groups = program.HasNamedGroups ? GroupsObject(program, [default, .. captures]) : JsValue.Undefined;
                string matched = s.Substring(index, length);
                replacement = replacer != null
                    ? CallReplacer(replacer, matched, captures, index, s, groups)
                    : StringPrototype.GetSubstitution(matched, s, index, captures, groups, template);
            }
            if (index >= nextSourcePosition)
            {
                accumulated.Append(s, nextSourcePosition, index - nextSourcePosition).Append(replacement);
                nextSourcePosition = index + length;
            }
        }
        if (nextSourcePosition >= s.Length) return accumulated.ToString();
        return accumulated.Append(s, nextSourcePosition, s.Length - nextSourcePosition).ToString();
    }
}
