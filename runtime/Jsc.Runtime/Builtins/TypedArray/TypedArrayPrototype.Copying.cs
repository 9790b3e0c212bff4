using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>The %TypedArray%.prototype methods that move or copy elements: set, slice, subarray, copyWithin, sort.</summary>
public static partial class TypedArrayPrototype
{
    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.set</summary>
    static JsValue Set(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = ValidateTypedArray(thisValue);
        double targetOffset = TypeConversion.ToIntegerOrInfinity(args.Arg(1));
        if (targetOffset < 0) Throw.RangeError("offset is out of bounds");
        var source = args.Arg(0);
        if (source.Ref is JsTypedArray typed)
        {
            // https://tc39.es/ecma262/#sec-settypedarrayfromtypedarray
            if (typed.Length + targetOffset > target.Length) Throw.RangeError("offset is out of bounds");
            TypedArrayConstructor.CopyElements(typed, 0, target, (int)targetOffset, typed.Length);
            return JsValue.Undefined;
        }
        // https://tc39.es/ecma262/#sec-settypedarrayfromarraylike
        var src = TypeConversion.ToObject(source);
        double srcLength = LengthOfArrayLike(src);
        if (srcLength + targetOffset > target.Length) Throw.RangeError("offset is out of bounds");
        int offset = (int)targetOffset;
        for (int k = 0; k < srcLength; k++) target.SetIndex(offset + k, GetElement(src, k));
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.slice</summary>
    static JsValue Slice(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue, "slice");
        int len = o.Length;
        int k = (int)RelativeIndex(args.Arg(0), len);
        int final = (int)RelativeEnd(args.Arg(1), len);
        int count = Math.Max(final - k, 0);
        var a = TypedArrayConstructor.SpeciesCreate(o, count);
        count = Math.Min(count, o.Length - k);
        if (count > 0) TypedArrayConstructor.CopyElements(o, k, a, 0, count);
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.subarray</summary>
    static JsValue Subarray(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = thisValue.Ref as JsTypedArray
            ?? Throw.TypeError<JsTypedArray>($"Method %TypedArray%.prototype.subarray called on incompatible receiver {Inspect.Brief(thisValue)}");
        int srcLength = o.Length;
        int begin = (int)RelativeIndex(args.Arg(0), srcLength);
        int end = (int)RelativeEnd(args.Arg(1), srcLength);
        int newLength = Math.Max(end - begin, 0);
        return TypedArrayConstructor.SpeciesCreate(o, o.Buffer, o.ByteOffset + (begin << o.Kind.Shift()), newLength);
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.copywithin</summary>
    static JsValue CopyWithin(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        int len = o.Length;
        int to = (int)RelativeIndex(args.Arg(0), len);
        int from = (int)RelativeIndex(args.Arg(1), len);
        int final = (int)RelativeEnd(args.Arg(2), len);
        int count = Math.Min(final - from, len - to);
        if (count > 0)
        {
            int shift = o.Kind.Shift();
            // Span.CopyTo handles overlapping ranges like memmove.
            o.Data.AsSpan(o.ByteOffset + (from << shift), count << shift).CopyTo(o.Data.AsSpan(o.ByteOffset + (to << shift)));
        }
        return o;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.sort</summary>
    static JsValue Sort(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var comparefn = args.Arg(0);
        if (!comparefn.IsUndefined && comparefn.Ref is not JsFunction)
            Throw.TypeError("The comparison function must be either a function or undefined");
        var o = ValidateTypedArray(thisValue, "sort");
        var sorted = SortedElements(o, comparefn.Ref as JsFunction);
        for (int k = 0; k < sorted.Length; k++) o.SetElement(k, sorted[k]);
        return o;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.tosorted</summary>
    static JsValue ToSorted(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var comparefn = args.Arg(0);
        if (!comparefn.IsUndefined && comparefn.Ref is not JsFunction)
            Throw.TypeError("The comparison function must be either a function or undefined");
        var o = ValidateTypedArray(thisValue, "toSorted");
        var a = TypedArrayConstructor.Allocate(o.Kind, o.Length);
        var sorted = SortedElements(o, comparefn.Ref as JsFunction);
        for (int k = 0; k < sorted.Length; k++) a.SetElement(k, sorted[k]);
        return a;
    }

    /// <summary>
    /// The elements in SortIndexedProperties order: numeric (https://tc39.es/ecma262/#sec-typedarray-comparison)
    /// or by comparefn, stably (a merge sort, so an inconsistent comparator cannot break it).
    /// </summary>
    static double[] SortedElements(JsTypedArray o, JsFunction? comparefn)
    {
        var items = new double[o.Length];
        for (int k = 0; k < items.Length; k++) items[k] = o.GetElement(k);
        Comparison<double> compare = comparefn == null ? CompareNumeric : (x, y) =>
        {
            double v = TypeConversion.ToNumber(comparefn.Call(JsValue.Undefined, [x, y]));
            return double.IsNaN(v) ? 0 : Math.Sign(v);
        };
        if (comparefn == null)
        {
            Array.Sort(items, compare);
            return items;
        }
        MergeSort(items, new double[items.Length], 0, items.Length, compare);
        return items;
    }

    /// <summary>Numbers ascending, -0 before +0, NaN last.</summary>
    static int CompareNumeric(double x, double y)
    {
        if (double.IsNaN(x)) return double.IsNaN(y) ? 0 : 1;
        if (double.IsNaN(y)) return -1;
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == 0 && y == 0) return double.IsNegative(x) == double.IsNegative(y) ? 0 : double.IsNegative(x) ? -1 : 1;
        return 0;
    }

    static void MergeSort(double[] items, double[] scratch, int lo, int hi, Comparison<double> compare)
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        MergeSort(items, scratch, lo, mid, compare);
        MergeSort(items, scratch, mid, hi, compare);
        int i = lo, j = mid, n = lo;
        while (i < mid && j < hi) scratch[n++] = compare(items[j], items[i]) < 0 ? items[j++] : items[i++];
        while (i < mid) scratch[n++] = items[i++];
        while (j < hi) scratch[n++] = items[j++];
        Array.Copy(scratch, lo, items, lo, hi - lo);
    }
}
