using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Properties of %TypedArray%.prototype: https://tc39.es/ecma262/#sec-properties-of-the-%typedarrayprototype%-object
/// Unlike Array.prototype's, these methods only accept typed arrays (ValidateTypedArray)
/// and work on the elements directly. Partial files: Callbacks (every, map, reduce...),
/// Copying (set, slice, subarray, sort...).
/// </summary>
public static partial class TypedArrayPrototype
{
    public static void Install(Realm realm, TypedArrayIntrinsics intrinsics)
    {
        var proto = intrinsics.TypedArrayPrototype;
        proto.DefineAccessor(realm, "buffer", (t, _) => ThisTypedArray(t, "get %TypedArray%.prototype.buffer").Buffer);
        proto.DefineAccessor(realm, "byteLength", (t, _) => ThisTypedArray(t, "get TypedArray.prototype.byteLength").ByteLength);
        proto.DefineAccessor(realm, "byteOffset", (t, _) => ThisTypedArray(t, "get TypedArray.prototype.byteOffset").ByteOffset);
        proto.DefineAccessor(realm, "length", (t, _) => ThisTypedArray(t, "get TypedArray.prototype.length").Length);
        // In V8's order, so Object.getOwnPropertyNames matches node.
        proto.DefineMethods(realm,
            new("entries", 0, Entries),
            new("keys", 0, Keys),
            new("values", 0, Values),
            new("at", 1, At),
            new("copyWithin", 2, CopyWithin),
            new("every", 1, Every),
            new("fill", 1, Fill),
            new("filter", 1, Filter),
            new("find", 1, Find),
            new("findIndex", 1, FindIndex),
            new("findLast", 1, FindLast),
            new("findLastIndex", 1, FindLastIndex),
            new("forEach", 1, ForEach),
            new("includes", 1, Includes),
            new("indexOf", 1, IndexOf),
            new("join", 1, Join),
            new("lastIndexOf", 1, LastIndexOf),
            new("map", 1, Map),
            new("reverse", 0, Reverse),
            new("reduce", 1, Reduce),
            new("reduceRight", 1, ReduceRight),
            new("set", 1, Set),
            new("slice", 2, Slice),
            new("some", 1, Some),
            new("sort", 1, Sort),
            new("subarray", 2, Subarray),
            new("toLocaleString", 0, ToLocaleString));
        // %TypedArray%.prototype.toString is the same function object as Array.prototype.toString.
        proto.FastAddProperty("toString", realm.ArrayPrototype.Get("toString"), PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.DefineMethods(realm,
            new("toReversed", 0, ToReversed),
            new("toSorted", 1, ToSorted),
            new("with", 2, With));
        var values = proto.Get("values");
        intrinsics.Values = (JsFunction)values.Object;
        proto.FastAddProperty(JsSymbol.Iterator, values, PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.FastAddAccessor(JsSymbol.ToStringTag, new JsNativeFunction(realm, "get [Symbol.toStringTag]", 0,
            (t, _) => t.Ref is JsTypedArray ta ? ta.Kind.Name() : JsValue.Undefined), null, PropertyFlags.Configurable);
    }

    /// <summary>The receiver of an accessor, with V8's "incompatible receiver" TypeError.</summary>
    static JsTypedArray ThisTypedArray(JsValue thisValue, string method) =>
        thisValue.Ref as JsTypedArray
        ?? Throw.TypeError<JsTypedArray>($"Method {method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    /// <summary>
    /// https://tc39.es/ecma262/#sec-validatetypedarray — V8 names the method in the message
    /// for the methods it writes in Torque (at, join, slice...), and says only "this is not a
    /// typed array." for the others.
    /// </summary>
    public static JsTypedArray ValidateTypedArray(JsValue thisValue, string? method = null) =>
        thisValue.Ref as JsTypedArray ?? Throw.TypeError<JsTypedArray>(method == null
            ? "this is not a typed array."
            : $"Method %TypedArray%.prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    static JsValue Entries(JsValue thisValue, ReadOnlySpan<JsValue> args) => ArrayIterator.Create(ValidateTypedArray(thisValue), ArrayIterator.Kind.Entries);
    static JsValue Keys(JsValue thisValue, ReadOnlySpan<JsValue> args) => ArrayIterator.Create(ValidateTypedArray(thisValue), ArrayIterator.Kind.Keys);
    static JsValue Values(JsValue thisValue, ReadOnlySpan<JsValue> args) => ArrayIterator.Create(ValidateTypedArray(thisValue), ArrayIterator.Kind.Values);

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.at</summary>
    static JsValue At(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue, "at");
        double relative = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        double k = relative >= 0 ? relative : o.Length + relative;
        if (k < 0 || k >= o.Length) return JsValue.Undefined;
        return o.GetElement((int)k);
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.fill</summary>
    static JsValue Fill(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        double value = TypeConversion.ToNumber(args.Arg(0));
        int k = (int)RelativeIndex(args.Arg(1), o.Length);
        int final = (int)RelativeEnd(args.Arg(2), o.Length);
        if (k >= final) return o;
        if (o.Kind.ElementSize() == 1)
        {
            byte b = o.Kind == TypedArrayKind.Uint8Clamped ? JsTypedArray.ToUint8Clamp(value) : (byte)TypeConversion.ToInt32(value);
            o.Data.AsSpan(o.ByteOffset + k, final - k).Fill(b);
            return o;
        }
        for (; k < final; k++) o.SetElement(k, value);
        return o;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.includes</summary>
    static JsValue Includes(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        int len = o.Length;
        if (len == 0) return false;
        double n = TypeConversion.ToIntegerOrInfinity(args.Arg(1));
        if (n >= len) return false;
        int k = n >= 0 ? (int)n : (int)Math.Max(len + n, 0);
        var search = args.Arg(0);
        if (!search.IsNumber) return false;
        double x = search.Number;
        for (; k < len; k++)
        {
            double e = o.GetElement(k);
            if (e == x || double.IsNaN(e) && double.IsNaN(x)) return true;
        }
        return false;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.indexof</summary>
    static JsValue IndexOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        int len = o.Length;
        if (len == 0) return -1;
        double n = TypeConversion.ToIntegerOrInfinity(args.Arg(1));
        if (n >= len) return -1;
        int k = n >= 0 ? (int)n : (int)Math.Max(len + n, 0);
        if (!args.Arg(0).IsNumber) return -1;
        double x = args.Arg(0).Number;
        for (; k < len; k++)
            if (o.GetElement(k) == x) return k;
        return -1;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.lastindexof</summary>
    static JsValue LastIndexOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        int len = o.Length;
        if (len == 0) return -1;
        double n = args.Length > 1 ? TypeConversion.ToIntegerOrInfinity(args[1]) : len - 1;
        if (double.IsNegativeInfinity(n)) return -1;
        double k = n >= 0 ? Math.Min(n, len - 1) : len + n;
        if (!args.Arg(0).IsNumber) return -1;
        double x = args.Arg(0).Number;
        for (; k >= 0; k--)
            if (o.GetElement((int)k) == x) return k;
        return -1;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.join</summary>
    static JsValue Join(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue, "join");
        string sep = args.Arg(0).IsUndefined ? "," : TypeConversion.ToString(args.Arg(0));
        var sb = new StringBuilder();
        for (int k = 0; k < o.Length; k++)
        {
            if (k > 0) sb.Append(sep);
            sb.Append(TypeConversion.NumberToString(o.GetElement(k)));
        }
        return sb.ToString();
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.tolocalestring — each element's toLocaleString, joined by ",".</summary>
    static JsValue ToLocaleString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue, "toLocaleString");
        var sb = new StringBuilder();
        for (int k = 0; k < o.Length; k++)
        {
            if (k > 0) sb.Append(',');
            var element = JsValue.FromNumber(o.GetElement(k));
            var method = GetV(element, "toLocaleString");
            sb.Append(TypeConversion.ToString(ObjectOperations.CallFunction(method, element)));
        }
        return sb.ToString();
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.reverse</summary>
    static JsValue Reverse(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        for (int lower = 0, upper = o.Length - 1; lower < upper; lower++, upper--)
        {
            double lowerValue = o.GetElement(lower);
            o.SetElement(lower, o.GetElement(upper));
            o.SetElement(upper, lowerValue);
        }
        return o;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.toreversed</summary>
    static JsValue ToReversed(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue, "toReversed");
        var a = TypedArrayConstructor.Allocate(o.Kind, o.Length);
        for (int k = 0; k < o.Length; k++) a.SetElement(k, o.GetElement(o.Length - 1 - k));
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.with</summary>
    static JsValue With(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        double relative = TypeConversion.ToIntegerOrInfinity(args.Arg(0));
        double actual = relative >= 0 ? relative : o.Length + relative;
        double value = TypeConversion.ToNumber(args.Arg(1));
        if (!o.IsValidIntegerIndex(actual)) Throw.RangeError("Invalid typed array index");
        var a = TypedArrayConstructor.Allocate(o.Kind, o.Length);
        TypedArrayConstructor.CopyElements(o, 0, a, 0, o.Length);
        a.SetElement((int)actual, value);
        return a;
    }
}
