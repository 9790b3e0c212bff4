using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using NetMatch = System.Text.RegularExpressions.Match;

namespace Jsc.Runtime.Builtins;

// RegExpBuiltinExec, split in two: running the matcher (which the fast paths of the Symbol
// methods use alone) and building the result array.
public static partial class RegExpPrototype
{
    /// <summary>
    /// https://tc39.es/ecma262/#sec-regexpbuiltinexec up to the match: reads and updates
    /// lastIndex as the spec does and returns the .NET match, or null.
    /// </summary>
    internal static NetMatch? Match(JsRegExp r, string s)
    {
        if (StartIndex(r, s) is not int start) return null;
        var m = r.Program.Match(s, start);
        if (!m.Success) return Failed(r);
        if (r.Global || r.Sticky) r.SetLastIndex(m.Index + m.Length);
        r.State.RecordMatch(s, m, r.Program);
        return m;
    }

    /// <summary>
    /// <see cref="Match"/> for callers that need no captures: only where the match is, found
    /// without allocating a .NET Match (the legacy RegExp.$1 statics re-run it if read).
    /// </summary>
    internal static bool MatchSpan(JsRegExp r, string s, out int index, out int length)
    {
        index = length = 0;
        if (StartIndex(r, s) is not int start) return false;
        if (!r.Program.MatchSpan(s, start, out index, out length))
        {
            Failed(r);
            return false;
        }
        if (r.Global || r.Sticky) r.SetLastIndex(index + length);
        r.State.RecordMatch(s, start, r.Program);
        return true;
    }

    /// <summary>Where matching starts, from lastIndex (steps 2-4 and 12.a); null when past the end.</summary>
    static int? StartIndex(JsRegExp r, string s)
    {
        var lastIndexValue = r.LastIndex;
        double lastIndex = lastIndexValue.IsNumber && lastIndexValue.Number >= 0 ? Math.Floor(lastIndexValue.Number) : TypeConversion.ToLength(lastIndexValue);
        if (!r.Global && !r.Sticky) return 0;
        if (lastIndex > s.Length)
        {
            r.SetLastIndex(0);
            return null;
        }
        int start = (int)lastIndex;
        // As V8: with u, a lastIndex between the halves of a surrogate pair starts at the pair.
        if (r.FullUnicode && start > 0 && start < s.Length && char.IsLowSurrogate(s[start]) && char.IsHighSurrogate(s[start - 1]))
            start--;
        return start;
    }

    static NetMatch? Failed(JsRegExp r)
    {
        if (r.Global || r.Sticky) r.SetLastIndex(0);
        return null;
    }

    /// <summary>https://tc39.es/ecma262/#sec-regexpbuiltinexec</summary>
    public static JsValue BuiltinExec(JsRegExp r, string s)
    {
        var m = Match(r, s);
        return m == null ? JsValue.Null : JsValue.FromObject(MakeResult(r, s, m));
    }

    /// <summary>The match array: captures, index, input, groups and (with d) indices.</summary>
    static JsArray MakeResult(JsRegExp r, string s, NetMatch m)
    {
        var realm = r.State.Realm;
        var program = r.Program;
        int n = program.GroupCount;
        var items = new JsValue[n + 1];
        items[0] = s.Substring(m.Index, m.Length);
        var spans = r.HasIndices ? new JsValue[n + 1] : null;
        if (spans != null) spans[0] = Pair(realm, m.Index, m.Length);
        for (int g = 1; g <= n; g++)
        {
            var (index, length) = program.GetGroup(m, g);
            if (index < 0) continue;
            items[g] = s.Substring(index, length);
            if (spans != null) spans[g] = Pair(realm, index, length);
        }
        // The named properties go straight into slots along shapes made once per realm.
        var shapes = r.State;
        var a = new JsArray(realm.ArrayPrototype, items);
        a.AppendSlot(shapes.ResultIndex, m.Index);
        a.AppendSlot(shapes.ResultInput, s);
        a.AppendSlot(shapes.ResultGroups, GroupsObject(program, items));
        if (spans != null)
        {
            var indices = new JsArray(realm.ArrayPrototype, spans);
            indices.AppendSlot(shapes.IndicesGroups, GroupsObject(program, spans));
            a.AppendSlot(shapes.ResultIndices, indices);
        }
        return a;
    }

    static JsValue Pair(Realm realm, int index, int length) =>
        new JsArray(realm.ArrayPrototype, [index, index + length]);

    /// <summary>The null-prototype `groups` object, or undefined for a pattern without named groups.</summary>
    static JsValue GroupsObject(RegExpProgram program, JsValue[] values)
    {
        if (!program.HasNamedGroups) return JsValue.Undefined;
        var groups = new JsObject((JsObject?)null);
        for (int g = 1; g < values.Length; g++)
            if (program.GroupNames[g] is { } name) groups.FastAddProperty(name, values[g]);
        return groups;
    }
}
