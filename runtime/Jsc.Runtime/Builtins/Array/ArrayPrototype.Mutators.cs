using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The methods that change the receiver in place. On a dense array whose prototypes hold
/// no elements, moving a block of slots (holes included) with Array.Copy is exactly what
/// the spec's element-by-element HasProperty/Set/Delete loop would do.
/// </summary>
public static partial class ArrayPrototype
{
    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.push</summary>
    static JsValue Push(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        if (IsPlainDense(o, out var array) && !PrototypesHaveElements(o))
        {
            foreach (var item in args) array.Push(item);
            return array.Length;
        }
        double len = LengthOfArrayLike(o);
        if (len + args.Length > MaxSafeInteger)
            Throw.TypeError($"Pushing {args.Length} elements on an array-like of length {TypeConversion.NumberToString(len)} is disallowed, as the total surpasses 2**53-1");
        foreach (var item in args) ObjectAlgorithms.SetOrThrow(o, IndexKey(len++), item);
        SetLength(o, len);
        return len;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.pop</summary>
    static JsValue Pop(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        if (len == 0)
        {
            SetLength(o, 0);
            return JsValue.Undefined;
        }
        double index = len - 1;
        if (IsPlainDense(o, out var array))
        {
            var last = array.GetIndex((uint)index);
            array.SetLength((uint)index);
            return last;
        }
        var element = GetElement(o, index);
        DeleteElementOrThrow(o, index);
        SetLength(o, index);
        return element;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.shift</summary>
    static JsValue Shift(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        if (len == 0)
        {
            SetLength(o, 0);
            return JsValue.Undefined;
        }
        if (IsPlainDense(o, out var array) && !PrototypesHaveElements(o))
        {
            var items = array.DenseItems!;
            var head = items[0].IsHole ? JsValue.Undefined : items[0];
            Array.Copy(items, 1, items, 0, (int)len - 1);
            array.SetLength((uint)len - 1);
            return head;
        }
        var first = GetElement(o, 0);
        for (double k = 1; k < len; k++) MoveElement(o, k, k - 1);
        DeleteElementOrThrow(o, len - 1);
        SetLength(o, len - 1);
        return first;
    }

    /// <summary>The loop body of shift, splice, unshift and copyWithin: O[to] = O[from], or delete O[to] for a hole.</summary>
    static void MoveElement(JsObject o, double from, double to)
    {
        if (TryGetElement(o, from, out var value)) SetElement(o, to, value);
        else DeleteElementOrThrow(o, to);
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.unshift</summary>
    static JsValue Unshift(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        int argCount = args.Length;
        if (argCount > 0)
        {
            if (len + argCount > MaxSafeInteger) Throw.TypeError("Invalid array length");
            // Growing by at most 1024 keeps the array dense (see JsArray.SetLength).
            if (IsPlainDense(o, out var array) && argCount <= 1024 && len + argCount <= uint.MaxValue && !PrototypesHaveElements(o))
            {
                array.SetLength((uint)(len + argCount));
                var items = array.DenseItems!;
                Array.Copy(items, 0, items, argCount, (int)len);
                args.CopyTo(items);
                return array.Length;
            }
            for (double k = len; k > 0; k--) MoveElement(o, k - 1, k + argCount - 1);
            for (int j = 0; j < argCount; j++) SetElement(o, j, args[j]);
        }
        SetLength(o, len + argCount);
        return len + argCount;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.reverse</summary>
    static JsValue Reverse(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        if (IsPlainDense(o, out var array) && !PrototypesHaveElements(o))
        {
            Array.Reverse(array.DenseItems!, 0, (int)len);
            return o;
        }
        double middle = Math.Floor(len / 2);
        for (double lower = 0; lower != middle; lower++)
        {
            double upper = len - lower - 1;
            bool lowerExists = TryGetElement(o, lower, out var lowerValue);
            bool upperExists = TryGetElement(o, upper, out var upperValue);
            if (lowerExists && upperExists)
            {
                SetElement(o, lower, upperValue);
                SetElement(o, upper, lowerValue);
            }
            else if (upperExists)
            {
                SetElement(o, lower, upperValue);
                DeleteElementOrThrow(o, upper);
            }
            else if (lowerExists)
            {
                DeleteElementOrThrow(o, lower);
                SetElement(o, upper, lowerValue);
            }
        }
        return o;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.splice</summary>
    static JsValue Splice(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        double actualStart = RelativeIndex(args.Arg(0), len);
        int itemCount = Math.Max(args.Length - 2, 0);
        double deleteCount = args.Length switch
        {
            0 => 0,
            1 => len - actualStart,
            _ => Math.Clamp(TypeConversion.ToIntegerOrInfinity(args[1]), 0, len - actualStart),
        };
        if (len + itemCount - deleteCount > MaxSafeInteger) Throw.TypeError("Invalid array length");
        var a = ArraySpeciesCreate(o, deleteCount);
        for (double k = 0; k < deleteCount; k++)
            if (TryGetElement(o, actualStart + k, out var value)) CreateDataPropertyOrThrow(a, k, value);
        SetLength(a, deleteCount);
        var items = itemCount > 0 ? args[2..] : ReadOnlySpan<JsValue>.Empty;
        double newLength = len - deleteCount + itemCount;
        if (IsPlainDense(o, out var array) && array.Length == len && itemCount - deleteCount <= 1024 && !PrototypesHaveElements(o))
        {
            SpliceDense(array, (int)actualStart, (int)deleteCount, items);
            return a;
        }
        if (itemCount < deleteCount)
        {
            for (double k = actualStart; k < len - deleteCount; k++) MoveElement(o, k + deleteCount, k + itemCount);
            for (double k = len; k > newLength; k--) DeleteElementOrThrow(o, k - 1);
        }
        else if (itemCount > deleteCount)
        {
            for (double k = len - deleteCount; k > actualStart; k--) MoveElement(o, k + deleteCount - 1, k + itemCount - 1);
        }
        for (int j = 0; j < itemCount; j++) SetElement(o, actualStart + j, items[j]);
        SetLength(o, newLength);
        return a;
    }

    static void SpliceDense(JsArray array, int start, int deleteCount, ReadOnlySpan<JsValue> items)
    {
        int len = (int)array.Length;
        int tail = len - start - deleteCount;
        if (items.Length > deleteCount) array.SetLength((uint)(len - deleteCount + items.Length));
        var slots = array.DenseItems!;
        Array.Copy(slots, start + deleteCount, slots, start + items.Length, tail);
        items.CopyTo(slots.AsSpan(start));
        if (items.Length < deleteCount) array.SetLength((uint)(len - deleteCount + items.Length));
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.tospliced</summary>
    static JsValue ToSpliced(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        double actualStart = RelativeIndex(args.Arg(0), len);
        int insertCount = Math.Max(args.Length - 2, 0);
        double skipCount = args.Length switch
        {
            0 => 0,
            1 => len - actualStart,
            _ => Math.Clamp(TypeConversion.ToIntegerOrInfinity(args[1]), 0, len - actualStart),
        };
        double newLen = len + insertCount - skipCount;
        if (newLen > MaxSafeInteger) Throw.TypeError("Invalid array length");
        var a = ArrayCreate(newLen);
        double i = 0, r = actualStart + skipCount;
        for (; i < actualStart; i++) CreateDataPropertyOrThrow(a, i, GetElement(o, i));
        for (int j = 0; j < insertCount; j++) CreateDataPropertyOrThrow(a, i++, args[2 + j]);
        for (; i < newLen; i++, r++) CreateDataPropertyOrThrow(a, i, GetElement(o, r));
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.fill</summary>
    static JsValue Fill(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        var value = args.Arg(0);
        double k = RelativeIndex(args.Arg(1), len);
        double final = RelativeEnd(args.Arg(2), len);
        if (k < final && IsPlainDense(o, out var array) && final <= array.Length && !PrototypesHaveElements(o))
        {
            array.DenseItems.AsSpan((int)k, (int)(final - k)).Fill(value);
            return o;
        }
        for (; k < final; k++) SetElement(o, k, value);
        return o;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.copywithin</summary>
    static JsValue CopyWithin(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        double to = RelativeIndex(args.Arg(0), len);
        double from = RelativeIndex(args.Arg(1), len);
        double final = RelativeEnd(args.Arg(2), len);
        double count = Math.Min(final - from, len - to);
        int direction = 1;
        if (from < to && to < from + count)
        {
            direction = -1;
            from += count - 1;
            to += count - 1;
        }
        for (; count > 0; count--, from += direction, to += direction) MoveElement(o, from, to);
        return o;
    }
}
