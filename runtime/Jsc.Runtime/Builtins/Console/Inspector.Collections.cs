using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>Map, Set, their iterators, Promise and the weak collections: node's formatMap, formatSet, formatIterator, formatPromise, formatWeakCollection.</summary>
public static partial class Inspector
{
    /// <summary>
    /// The braces and entry formatter of a Map, Set, Map Iterator or Set Iterator; returns the
    /// whole text when there is nothing inside ("Map(0) {}"), else null.
    /// </summary>
    static string? CollectionBraces(JsObject value, string? constructor, string tag, List<PropertyKey> keys,
        out string[] braces, out Func<Context, JsObject, int, List<string>> formatter)
    {
        if (value is JsCollection collection)
        {
            var type = collection is JsMap ? "Map" : "Set";
            var prefix = GetPrefix(constructor, tag, type, $"({collection.Size})");
            braces = [prefix + "{", "}"];
            formatter = collection is JsMap ? FormatMap : FormatSet;
            return collection.Size == 0 && keys.Count == 0 ? prefix + "{}" : null;
        }
        var iterator = (CollectionIterator)value;
        braces = GetIteratorBraces(iterator.IsMap ? "Map" : "Set", tag);
        var iteratorBraces = braces;
        formatter = (ctx, v, recurseTimes) => FormatIterator(iteratorBraces, ctx, (CollectionIterator)v, recurseTimes);
        return null;
    }

    static string[] GetIteratorBraces(string type, string tag)
    {
        if (tag != $"{type} Iterator")
        {
            if (tag.Length > 0) tag += "] [";
            tag += $"{type} Iterator";
        }
        return [$"[{tag}] {{", "}"];
    }

    static List<string> FormatMap(Context ctx, JsObject value, int recurseTimes)
    {
        var map = (JsMap)value;
        int maxLength = (int)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), map.Size);
        int remaining = map.Size - maxLength;
        var output = new List<string>();
        ctx.IndentationLvl += 2;
        foreach (var (k, v) in map.Entries())
        {
            if (output.Count >= maxLength) break;
            output.Add($"{FormatValue(ctx, k, recurseTimes)} => {FormatValue(ctx, v, recurseTimes)}");
        }
        ctx.IndentationLvl -= 2;
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    static List<string> FormatSet(Context ctx, JsObject value, int recurseTimes)
    {
        var set = (JsSet)value;
        int maxLength = (int)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), set.Size);
        int remaining = set.Size - maxLength;
        var output = new List<string>();
        ctx.IndentationLvl += 2;
        foreach (var (k, _) in set.Entries())
        {
            if (output.Count >= maxLength) break;
            output.Add(FormatValue(ctx, k, recurseTimes));
        }
        ctx.IndentationLvl -= 2;
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    /// <summary>formatIterator: the entries an iterator has yet to give, without advancing it.</summary>
    static List<string> FormatIterator(string[] braces, Context ctx, CollectionIterator iterator, int recurseTimes)
    {
        var entries = iterator.Remaining();
        if (iterator.IterationKind == CollectionIterator.Kind.Entries)
        {
            // Entry iterators are marked as such.
            braces[0] = braces[0].EndsWith(" Iterator] {", StringComparison.Ordinal) ? braces[0][..^" Iterator] {".Length] + " Entries] {" : braces[0];
            return FormatMapIterInner(ctx, recurseTimes, entries, weak: false);
        }
        var values = entries.Select(e => iterator.IterationKind == CollectionIterator.Kind.Keys ? e.Key : e.Value).ToList();
        return FormatSetIterInner(ctx, recurseTimes, values, weak: false);
    }

    static List<string> FormatSetIterInner(Context ctx, int recurseTimes, List<JsValue> entries, bool weak)
    {
        int maxLength = (int)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), entries.Count);
        var output = new List<string>(maxLength);
        ctx.IndentationLvl += 2;
        for (int i = 0; i < maxLength; i++) output.Add(FormatValue(ctx, entries[i], recurseTimes));
        ctx.IndentationLvl -= 2;
        // Weak entries come in no particular order: sorting makes the output halfway reliable.
        if (weak && !ctx.Options.Sorted) output.Sort(string.CompareOrdinal);
        int remaining = entries.Count - maxLength;
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    static List<string> FormatMapIterInner(Context ctx, int recurseTimes, List<(JsValue Key, JsValue Value)> entries, bool weak)
    {
        int maxLength = (int)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), entries.Count);
        int remaining = entries.Count - maxLength;
        var output = new List<string>(maxLength);
        ctx.IndentationLvl += 2;
        for (int i = 0; i < maxLength; i++)
        {
            var (k, v) = entries[i];
            if (weak)
            {
                output.Add($"{FormatValue(ctx, k, recurseTimes)} => {FormatValue(ctx, v, recurseTimes)}");
                continue;
            }
            var res = new List<string> { FormatValue(ctx, k, recurseTimes), FormatValue(ctx, v, recurseTimes) };
            output.Add(ReduceToSingleString(ctx, res, "", ["[", "]"], ArrayExtrasType, recurseTimes, null));
        }
        ctx.IndentationLvl -= 2;
        if (weak && !ctx.Options.Sorted) output.Sort(string.CompareOrdinal);
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    static List<string> FormatPromise(Context ctx, JsObject value, int recurseTimes)
    {
        var promise = (JsPromise)value;
        if (promise.State == JsPromise.PromiseState.Pending) return [Stylize(ctx, "<pending>", "special")];
        ctx.IndentationLvl += 2;
        var str = FormatValue(ctx, promise.Result, recurseTimes);
        ctx.IndentationLvl -= 2;
        return [promise.State == JsPromise.PromiseState.Rejected ? $"{Stylize(ctx, "<rejected>", "special")} {str}" : str];
    }

    /// <summary>formatWeakCollection, or with showHidden formatWeakMap / formatWeakSet.</summary>
    static List<string> FormatWeakCollection(Context ctx, JsObject value, int recurseTimes)
    {
        if (!ctx.Options.ShowHidden) return [Stylize(ctx, "<items unknown>", "special")];
        var weak = (JsWeakCollection)value;
        var entries = weak.Entries();
        if (weak.IsMap) return FormatMapIterInner(ctx, recurseTimes, entries, weak: true);
        return FormatSetIterInner(ctx, recurseTimes, entries.Select(e => e.Key).ToList(), weak: true);
    }
}
