using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Properties of the Array prototype object: https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object
/// Every method is generic over array-likes, as the spec writes it; the partial files group
/// them (Mutators, Callbacks, Sort). Messages follow V8, which says "X called on null or
/// undefined" for some methods and "Cannot convert undefined or null to object" for others.
/// </summary>
public static partial class ArrayPrototype
{
    public static void Install(Realm realm, CollectionIntrinsics intrinsics)
    {
        var proto = realm.ArrayPrototype;
        // In V8's order, so Object.getOwnPropertyNames(Array.prototype) matches node.
        proto.DefineMethods(realm,
            new("at", 1, At),
            new("concat", 1, Concat),
            new("copyWithin", 2, CopyWithin),
            new("fill", 1, Fill),
            new("find", 1, Find),
            new("findIndex", 1, FindIndex),
            new("findLast", 1, FindLast),
            new("findLastIndex", 1, FindLastIndex),
            new("lastIndexOf", 1, LastIndexOf),
            new("pop", 0, Pop),
            new("push", 1, Push),
            new("reverse", 0, Reverse),
            new("shift", 0, Shift),
            new("unshift", 1, Unshift),
            new("slice", 2, Slice),
            new("sort", 1, Sort),
            new("splice", 2, Splice),
            new("includes", 1, Includes),
            new("indexOf", 1, IndexOf),
            new("join", 1, Join),
            new("keys", 0, Keys),
            new("entries", 0, Entries),
            new("values", 0, Values),
            new("forEach", 1, ForEach),
            new("filter", 1, Filter),
            new("flat", 0, Flat),
            new("flatMap", 1, FlatMap),
            new("map", 1, Map),
            new("every", 1, Every),
            new("some", 1, Some),
            new("reduce", 1, Reduce),
            new("reduceRight", 1, ReduceRight),
            new("toLocaleString", 0, ToLocaleString),
            new("toString", 0, ToStringMethod),
            new("toReversed", 0, ToReversed),
            new("toSorted", 1, ToSorted),
            new("toSpliced", 2, ToSpliced),
            new("with", 2, With));
        var values = proto.Get("values");
        intrinsics.ArrayValues = (JsFunction)values.Object;
        realm.ArrayValuesFunction = values.Object;
        proto.FastAddProperty(JsSymbol.Iterator, values, PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.FastAddProperty(JsSymbol.Unscopables, JsValue.FromObject(CreateUnscopables()), PropertyFlags.Configurable);
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype-@@unscopables</summary>
    static JsObject CreateUnscopables()
    {
        var list = new JsObject((JsObject?)null);
        foreach (var name in new[] { "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                     "flat", "flatMap", "includes", "keys", "values", "toReversed", "toSorted", "toSpliced" })
            list.FastAddProperty(name, true);
        return list;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.at</summary>
    static JsValue At(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        double relative = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        double k = relative >= 0 ? relative : len + relative;
        if (k < 0 || k >= len) return JsValue.Undefined;
        return GetElement(o, k);
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.concat</summary>
    static JsValue Concat(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue, "Array.prototype.concat");
        var a = ArraySpeciesCreate(o, 0);
        double n = 0;
        for (int i = -1; i < args.Length; i++)
        {
            var e = i < 0 ? JsValue.FromObject(o) : args[i];
            if (IsConcatSpreadable(e))
            {
                var eo = e.Object;
                double len = LengthOfArrayLike(eo);
                if (n + len > MaxSafeInteger) Throw.TypeError("Invalid array length");
                for (double k = 0; k < len; k++, n++)
                    if (TryGetElement(eo, k, out var value)) CreateDataPropertyOrThrow(a, n, value);
            }
            else
            {
                if (n >= MaxSafeInteger) Throw.TypeError("Invalid array length");
                CreateDataPropertyOrThrow(a, n++, e);
            }
        }
        SetLength(a, n);
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-isconcatspreadable</summary>
    static bool IsConcatSpreadable(JsValue o)
    {
        if (o.Ref is not JsObject obj) return false;
        var spreadable = obj.Get(JsSymbol.IsConcatSpreadable);
        if (!spreadable.IsUndefined) return TypeConversion.ToBoolean(spreadable);
        return IsArray(o);
    }

    // Arrays being joined on this thread: a cycle joins as "" (V8's behaviour, not in the spec).
    [ThreadStatic] static List<JsObject>? _joinStack;

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.join</summary>
    static JsValue Join(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        var separator = args.Arg(0);
        string sep = separator.IsUndefined ? "," : TypeConversion.ToString(separator);
        return JoinElements(o, len, sep, null);
    }

    /// <summary>The join loop, also used by toLocaleString (which converts with each element's toLocaleString).</summary>
    static string JoinElements(JsObject o, double len, string sep, Func<JsValue, string>? convert)
    {
        var stack = _joinStack ??= new List<JsObject>();
        foreach (var entry in stack)
            if (ReferenceEquals(entry, o)) return "";
        if (len > int.MaxValue) Throw.RangeError("Invalid string length");
        stack.Add(o);
        try
        {
            if (len == 1) return ElementString(GetElement(o, 0), convert);
            var sb = new StringBuilder();
            for (double k = 0; k < len; k++)
            {
                if (k > 0) sb.Append(sep);
                sb.Append(ElementString(GetElement(o, k), convert));
                if (sb.Length > 1 << 29) Throw.RangeError("Invalid string length");
            }
            return sb.ToString();
        }
        finally
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    static string ElementString(JsValue element, Func<JsValue, string>? convert)
    {
        if (element.IsNullOrUndefined) return "";
        if (convert != null) return convert(element);
        return element.IsString ? element.String : TypeConversion.ToString(element);
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.tolocalestring</summary>
    static JsValue ToLocaleString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        return JoinElements(o, len, ",", element =>
        {
            var method = GetV(element, "toLocaleString");
            return TypeConversion.ToString(RequireCallable(method).Call(element, ReadOnlySpan<JsValue>.Empty));
        });
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.tostring</summary>
    static JsValue ToStringMethod(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var array = ThisObject(thisValue);
        if (array.Get("join").Ref is JsFunction join) return join.Call(JsValue.FromObject(array), ReadOnlySpan<JsValue>.Empty);
        return ObjectToStringTag(array);
    }

    /// <summary>What %Object.prototype.toString% gives, for toString's fallback: https://tc39.es/ecma262/#sec-object.prototype.tostring</summary>
    static string ObjectToStringTag(JsObject o)
    {
        var tag = o.Get(JsSymbol.ToStringTag);
        if (tag.IsString) return $"[object {tag.String}]";
        string builtinTag = o.ClassName switch
        {
            "Array" or "Function" or "Error" or "Boolean" or "Number" or "String" or "Date" or "RegExp" or "Arguments" => o.ClassName,
            _ => "Object",
        };
        return $"[object {builtinTag}]";
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.slice</summary>
    static JsValue Slice(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        double k = RelativeIndex(args.Arg(0), len);
        double final = RelativeEnd(args.Arg(1), len);
        double count = Math.Max(final - k, 0);
        var a = ArraySpeciesCreate(o, count);
        // A dense result from a dense source: copy the slots, holes included.
        if (o is JsArray { DenseItems: { } source } src && final <= src.Length && IsPlainDense(a, out var dst)
            && dst.Length == count && !PrototypesHaveElements(o))
        {
            Array.Copy(source, (int)k, dst.DenseItems!, 0, (int)count);
            return a;
        }
        double n = 0;
        for (; k < final; k++, n++)
            if (TryGetElement(o, k, out var value)) CreateDataPropertyOrThrow(a, n, value);
        SetLength(a, n);
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.indexof</summary>
    static JsValue IndexOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue, "Array.prototype.indexOf");
        double len = LengthOfArrayLike(o);
        if (len == 0) return -1;
        double n = TypeConversion.ToIntegerOrInfinity(args.Arg(1));
        if (n == double.PositiveInfinity) return -1;
        double k = n >= 0 ? n : Math.Max(len + n, 0);
        var search = args.Arg(0);
        for (; k < len; k++)
            if (TryGetElement(o, k, out var element) && Comparison.StrictEquals(element, search)) return k;
        return -1;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.lastindexof</summary>
    static JsValue LastIndexOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        if (len == 0) return -1;
        double n = args.Length > 1 ? TypeConversion.ToIntegerOrInfinity(args[1]) : len - 1;
        if (n == double.NegativeInfinity) return -1;
        double k = n >= 0 ? Math.Min(n, len - 1) : len + n;
        var search = args.Arg(0);
        for (; k >= 0; k--)
            if (TryGetElement(o, k, out var element) && Comparison.StrictEquals(element, search)) return k;
        return -1;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.includes</summary>
    static JsValue Includes(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        if (len == 0) return false;
        double n = TypeConversion.ToIntegerOrInfinity(args.Arg(1));
        if (n == double.PositiveInfinity) return false;
        double k = n >= 0 ? n : Math.Max(len + n, 0);
        var search = args.Arg(0);
        for (; k < len; k++)
            if (Comparison.SameValueZero(GetElement(o, k), search)) return true;
        return false;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.keys</summary>
    static JsValue Keys(JsValue thisValue, ReadOnlySpan<JsValue> args) => ArrayIterator.Create(ThisObject(thisValue), ArrayIterator.Kind.Keys);

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.values</summary>
    static JsValue Values(JsValue thisValue, ReadOnlySpan<JsValue> args) => ArrayIterator.Create(ThisObject(thisValue), ArrayIterator.Kind.Values);

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.entries</summary>
    static JsValue Entries(JsValue thisValue, ReadOnlySpan<JsValue> args) => ArrayIterator.Create(ThisObject(thisValue), ArrayIterator.Kind.Entries);

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.with</summary>
    static JsValue With(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        double relative = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        double actual = relative >= 0 ? relative : len + relative;
        if (actual >= len || actual < 0) Throw.RangeError($"Invalid index : {TypeConversion.NumberToString(relative)}");
        var a = ArrayCreate(len);
        for (double k = 0; k < len; k++)
            CreateDataPropertyOrThrow(a, k, k == actual ? args.Arg(1) : GetElement(o, k));
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.toreversed</summary>
    static JsValue ToReversed(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        var a = ArrayCreate(len);
        for (double k = 0; k < len; k++) CreateDataPropertyOrThrow(a, k, GetElement(o, len - k - 1));
        return a;
    }
}
