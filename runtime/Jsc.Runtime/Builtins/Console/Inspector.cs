using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// node v20's util.inspect and util.format (lib/internal/util/inspect.js), ported function
/// by function so console.log prints exactly what node prints: formatValue → formatRaw →
/// (formatArray | formatProperty ...) → reduceToSingleString, with the same mutable context
/// (indentation, seen stack, circular map, currentDepth) threaded through. Method names
/// follow node's; comments say where the port deviates. Partial files: Objects (constructor
/// names, prefixes, functions, errors, boxed values), Layout (arrays, grouping, line
/// breaking), Primitives (strings, numbers, colours), Format (util.format).
/// </summary>
public static partial class Inspector
{
    /// <summary>util.inspect.custom (Symbol.for('nodejs.util.inspect.custom')); the util module sets it.</summary>
    public static JsSymbol? CustomInspectSymbol;

    const int ObjectType = 0, ArrayType = 1, ArrayExtrasType = 2;
    const int MaxNesting = 1000;

    sealed class Context(InspectOptions options, Realm realm)
    {
        public readonly InspectOptions Options = options;
        public readonly Realm Realm = realm;
        public int IndentationLvl;
        public readonly List<JsObject> Seen = new();
        public int CurrentDepth;
        public Dictionary<JsObject, int>? Circular;
        public readonly Dictionary<int, int> Budget = new();
    }

    /// <summary>Thrown when the .NET stack runs low; formatRaw turns it into node's "Inspection interrupted" text.</summary>
    sealed class StackExhausted : Exception;

    /// <summary>util.inspect(value, options)</summary>
    public static string Inspect(JsValue value, InspectOptions? options = null)
    {
        var realm = Realm.Current;
        var ctx = new Context((options ?? HooksOf(realm).Defaults).Clone(), realm);
        return FormatValue(ctx, value, 0);
    }

    static string FormatValue(Context ctx, JsValue value, int recurseTimes, bool typedArray = false)
    {
        if (value.Ref is not JsObject obj)
        {
            if (value.IsNull) return Stylize(ctx, "null", "null");
            return FormatPrimitive(ctx, value, ctx.Options.Colors);
        }
        // node runs out of stack near a thousand nested objects; so do we, before .NET's stack does.
        if (ctx.Seen.Count >= MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new StackExhausted();
        // node shows a proxy as its target, without running traps (showProxy is off).
        while (obj is IProxyObject { State.Target: { } target }) obj = target;
        if (ctx.Options.CustomInspect && TryCustomInspect(ctx, obj, recurseTimes, out var custom))
            return custom;
        if (ctx.Seen.Contains(obj))
        {
            int index = 1;
            if (ctx.Circular == null)
            {
                ctx.Circular = new Dictionary<JsObject, int>(ReferenceEqualityComparer.Instance) { [obj] = index };
            }
            else if (!ctx.Circular.TryGetValue(obj, out index))
            {
                index = ctx.Circular.Count + 1;
                ctx.Circular[obj] = index;
            }
            return Stylize(ctx, $"[Circular *{index}]", "special");
        }
        return FormatRaw(ctx, obj, recurseTimes, typedArray);
    }

    /// <summary>
    /// value[util.inspect.custom](depth, options, inspect), or, as the v0.8 manual documents
    /// (util.inspect: "Objects also may define their own inspect(depth) function"), a plain
    /// `inspect` method, which node 20 no longer calls.
    /// </summary>
    static bool TryCustomInspect(Context ctx, JsObject obj, int recurseTimes, out string result)
    {
        result = "";
        var inspectFunction = HooksOf(ctx.Realm).Inspect;
        var maybeCustom = CustomInspectSymbol != null ? obj.Get(CustomInspectSymbol) : JsValue.Undefined;
        if (maybeCustom.Ref is not JsFunction custom)
        {
            if (obj.Get("inspect").Ref is not JsFunction legacy) return false;
            custom = legacy;
        }
        if (ReferenceEquals(custom, inspectFunction)) return false;
        // Prototype objects are left alone (value.constructor.prototype === value).
        if (obj.Get("constructor").Ref is JsObject ctor && ReferenceEquals(ctor.Get("prototype").Ref, obj)) return false;
        double depth = ctx.Options.Depth - recurseTimes;
        var ret = custom.Call(JsValue.FromObject(obj), [
            double.IsPositiveInfinity(depth) ? JsValue.Null : depth,
            ctx.Options.ToObject(ctx.Realm),
            inspectFunction == null ? JsValue.Undefined : inspectFunction]);
        if (ReferenceEquals(ret.Ref, obj)) return false;
        result = ret.IsString
            ? ret.String.Replace("\n", "\n" + new string(' ', ctx.IndentationLvl))
            : FormatValue(ctx, ret, recurseTimes);
        return true;
    }

    static string FormatRaw(Context ctx, JsObject value, int recurseTimes, bool typedArray)
    {
        var options = ctx.Options;
        var constructor = GetConstructorName(value, ctx, recurseTimes);
        var tag = ToStringTag(ctx, value);
        string @base = "";
        Func<Context, JsObject, int, List<string>> formatter = (_, _, _) => new List<string>();
        string[] braces;
        List<PropertyKey> keys;
        int extrasType = ObjectType;
        bool noIterator = true;

        if (constructor == null || value.HasProperty(JsSymbol.Iterator))
        {
            noIterator = false;
            if (value is JsArray array)
            {
                // Only ordinary arrays ("Array") go without a prefix.
                var prefix = constructor != "Array" || tag.Length > 0
                    ? GetPrefix(constructor, tag, "Array", $"({array.Length})") : "";
                keys = GetOwnNonIndexProperties(value, options.ShowHidden);
                braces = [prefix + "[", "]"];
                if (array.Length == 0 && keys.Count == 0) return braces[0] + "]";
                extrasType = ArrayExtrasType;
                formatter = FormatArray;
            }
            else if (value is JsTypedArray typed)
            {
                keys = GetOwnNonIndexProperties(value, options.ShowHidden);
                braces = [TypedArrayBrace(typed, constructor, tag), "]"];
                if (typed.Length == 0 && keys.Count == 0 && !options.ShowHidden) return braces[0] + "]";
                extrasType = ArrayExtrasType;
                formatter = FormatTypedArray;
            }
            else if (value is JsCollection or CollectionIterator)
            {
                keys = GetKeys(value, options.ShowHidden);
                if (CollectionBraces(value, constructor, tag, keys, out braces, out formatter) is { } empty) return empty;
            }
            else
            {
                noIterator = true;
                keys = null!;
                braces = null!;
            }
        }
        else
        {
            keys = null!;
            braces = null!;
        }
        if (noIterator)
        {
            keys = GetKeys(value, options.ShowHidden);
            braces = ["{", "}"];
            if (value is JsFunction function)
            {
                @base = GetFunctionBase(ctx, function, constructor, tag);
                if (keys.Count == 0) return Stylize(ctx, @base, "special");
            }
            else if (constructor == "Object")
            {
                if (value.ClassName == "Arguments") braces[0] = "[Arguments] {";
                else if (tag.Length > 0) braces[0] = GetPrefix(constructor, tag, "Object") + "{";
                if (keys.Count == 0) return braces[0] + "}";
            }
            else if (value.ClassName == "RegExp")
            {
                @base = RegExpToString(value);
                var prefix = GetPrefix(constructor, tag, "RegExp");
                if (prefix != "RegExp ") @base = prefix + @base;
                if (keys.Count == 0 || recurseTimes > options.Depth) return Stylize(ctx, @base, "regexp");
            }
            else if (value.ClassName == "Date")
            {
                @base = DateToString(value);
                var prefix = GetPrefix(constructor, tag, "Date");
                if (prefix != "Date ") @base = prefix + @base;
                if (keys.Count == 0) return Stylize(ctx, @base, "date");
            }
            else if (IsError(ctx, value))
            {
                @base = FormatError(ctx, value, constructor, tag, keys);
                if (keys.Count == 0) return @base;
            }
            else if (value is JsArrayBuffer)
            {
                var prefix = GetPrefix(constructor, tag, "ArrayBuffer");
                if (!typedArray) formatter = FormatArrayBuffer;
                else if (keys.Count == 0) return prefix + $"{{ byteLength: {Stylize(ctx, FormatNumber(((JsArrayBuffer)value).ByteLength), "number")} }}";
                braces[0] = prefix + "{";
                keys.Insert(0, "byteLength");
            }
            else if (value is JsDataView)
            {
                braces[0] = GetPrefix(constructor, tag, "DataView") + "{";
                keys.InsertRange(0, ["byteLength", "byteOffset", "buffer"]);
            }
            else if (value is JsPromise or JsWeakCollection)
            {
                braces[0] = GetPrefix(constructor, tag, value.ClassName) + "{";
                formatter = value is JsPromise ? FormatPromise : FormatWeakCollection;
            }
            else if (value is JsPrimitiveWrapper wrapper)
            {
                @base = GetBoxedBase(ctx, wrapper, keys, constructor, tag);
                if (keys.Count == 0) return @base;
            }
            else
            {
                if (keys.Count == 0) return GetCtxStyle(value, constructor, tag) + "{}";
                braces[0] = GetCtxStyle(value, constructor, tag) + "{";
            }
        }

        if (recurseTimes > options.Depth)
        {
            var constructorName = GetCtxStyle(value, constructor, tag)[..^1];
            if (constructor != null) constructorName = $"[{constructorName}]";
            return Stylize(ctx, constructorName, "special");
        }
        recurseTimes++;
        ctx.Seen.Add(value);
        ctx.CurrentDepth = recurseTimes;
        List<string> output;
        int indentationLvl = ctx.IndentationLvl;
        try
        {
            output = formatter(ctx, value, recurseTimes);
            foreach (var key in keys) output.Add(FormatProperty(ctx, value, recurseTimes, key, extrasType));
        }
        catch (StackExhausted) when (ctx.Seen.Count > 1)
        {
            var constructorName = GetCtxStyle(value, constructor, tag)[..^1];
            ctx.Seen.RemoveAt(ctx.Seen.Count - 1);
            ctx.IndentationLvl = indentationLvl;
            return Stylize(ctx, $"[{constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]", "special");
        }
        if (ctx.Circular != null && ctx.Circular.TryGetValue(value, out int index))
        {
            var reference = Stylize(ctx, $"<ref *{index}>", "special");
            if (options.Compact != InspectOptions.CompactTrue) @base = @base.Length == 0 ? reference : $"{reference} {@base}";
            else braces[0] = $"{reference} {braces[0]}";
        }
        ctx.Seen.RemoveAt(ctx.Seen.Count - 1);
        if (options.Sorted)
        {
            if (extrasType == ObjectType) output.Sort(string.CompareOrdinal);
            else if (keys.Count > 1) output.Sort(output.Count - keys.Count, keys.Count, Comparer<string>.Create(string.CompareOrdinal));
        }
        var res = ReduceToSingleString(ctx, output, @base, braces, extrasType, recurseTimes, value);
        int budget = ctx.Budget.GetValueOrDefault(ctx.IndentationLvl) + res.Length;
        ctx.Budget[ctx.IndentationLvl] = budget;
        // Past 2^27 characters at one level, node stops descending (depth -1).
        if (budget > 1 << 27) options.Depth = -1;
        return res;
    }

    /// <summary>value[Symbol.toStringTag] when it is a string that is not an own enumerable property (or own at all, with showHidden).</summary>
    static string ToStringTag(Context ctx, JsObject value)
    {
        var tag = value.Get(JsSymbol.ToStringTag);
        if (!tag.IsString) return "";
        var s = tag.String;
        if (s.Length == 0) return "";
        var own = value.GetOwnProperty(JsSymbol.ToStringTag);
        if (own != null && (ctx.Options.ShowHidden || own.Enumerable)) return "";
        return s;
    }

    /// <summary>formatProperty: "key: value" for objects, the bare value for array elements.</summary>
    static string FormatProperty(Context ctx, JsObject value, int recurseTimes, PropertyKey key, int type)
    {
        string str;
        string extra = " ";
        var desc = value.GetOwnProperty(key) ?? PropertyDescriptor.Data(value.Get(key), PropertyFlags.Default);
        if (desc.IsDataDescriptor && !desc.Value.IsUndefined)
        {
            int diff = ctx.Options.Compact != InspectOptions.CompactTrue || type != ObjectType ? 2 : 3;
            ctx.IndentationLvl += diff;
            str = FormatValue(ctx, desc.Value, recurseTimes);
            if (diff == 3 && ctx.Options.BreakLength < GetStringWidth(str, ctx.Options.Colors))
                extra = "\n" + new string(' ', ctx.IndentationLvl);
            ctx.IndentationLvl -= diff;
        }
        else if (desc.IsAccessorDescriptor && desc.Getter != null)
        {
            str = FormatGetter(ctx, value, recurseTimes, desc);
        }
        else if (desc.IsAccessorDescriptor && desc.Setter != null)
        {
            str = Stylize(ctx, "[Setter]", "special");
        }
        else
        {
            str = Stylize(ctx, "undefined", "undefined");
        }
        if (type == ArrayType) return str;
        string name;
        if (key.IsSymbol) name = $"[{Stylize(ctx, EscapeAll(key.Symbol.ToString()), "symbol")}]";
        else if (key.Name == "__proto__") name = "['__proto__']";
        else if (!desc.Enumerable) name = $"[{EscapeAll(key.Name)}]";
        else if (IsIdentifierKey(key.Name)) name = Stylize(ctx, key.Name, "name");
        else name = Stylize(ctx, StrEscape(key.Name), "string");
        return $"{name}:{extra}{str}";
    }

    static string FormatGetter(Context ctx, JsObject original, int recurseTimes, PropertyDescriptor desc)
    {
        var label = desc.Setter != null ? "Getter/Setter" : "Getter";
        var getters = ctx.Options.Getters;
        if (getters == null || !(getters == "true" || getters == "get" && desc.Setter == null || getters == "set" && desc.Setter != null))
            return Stylize(ctx, $"[{label}]", "special");
        try
        {
            var tmp = desc.Getter!.Call(JsValue.FromObject(original), ReadOnlySpan<JsValue>.Empty);
            ctx.IndentationLvl += 2;
            string str;
            if (tmp.IsNull) str = $"{Stylize(ctx, $"[{label}:", "special")} {Stylize(ctx, "null", "null")}{Stylize(ctx, "]", "special")}";
            else if (tmp.IsObject) str = $"{Stylize(ctx, $"[{label}]", "special")} {FormatValue(ctx, tmp, recurseTimes)}";
            else str = $"{Stylize(ctx, $"[{label}:", "special")} {FormatPrimitive(ctx, tmp, ctx.Options.Colors)}{Stylize(ctx, "]", "special")}";
            ctx.IndentationLvl -= 2;
            return str;
        }
        catch (JsException e)
        {
            var message = e.Value.AsObject is { } error ? SafeToString(error.Get("message")) : SafeToString(e.Value);
            return $"{Stylize(ctx, $"[{label}:", "special")} <Inspection threw ({message})>{Stylize(ctx, "]", "special")}";
        }
    }

    /// <summary>keyStrRegExp: /^[a-zA-Z_][a-zA-Z_0-9]*$/</summary>
    static bool IsIdentifierKey(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_')) return false;
        foreach (char c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>getKeys: Object.keys plus enumerable symbols, or every own key with showHidden.</summary>
    static List<PropertyKey> GetKeys(JsObject value, bool showHidden)
    {
        var strings = new List<PropertyKey>();
        var symbols = new List<PropertyKey>();
        foreach (var key in value.OwnPropertyKeys())
        {
            if (!showHidden && value.GetOwnProperty(key) is not { Enumerable: true }) continue;
            (key.IsSymbol ? symbols : strings).Add(key);
        }
        strings.AddRange(symbols);
        return strings;
    }

    /// <summary>V8's getOwnNonIndexProperties for arrays: the keys that are not array indexes.</summary>
    static List<PropertyKey> GetOwnNonIndexProperties(JsObject value, bool showHidden)
    {
        var keys = new List<PropertyKey>();
        foreach (var key in value.OwnPropertyKeys())
        {
            if (key.TryGetArrayIndex(out _)) continue;
            if (!showHidden && value.GetOwnProperty(key) is not { Enumerable: true }) continue;
            keys.Add(key);
        }
        return keys;
    }

    /// <summary>String(value) for messages, never throwing.</summary>
    static string SafeToString(JsValue value)
    {
        try
        {
            return value.IsSymbol ? value.Symbol.ToString() : TypeConversion.ToString(value);
        }
        catch (JsException)
        {
            return "";
        }
    }
}
