using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Spec operations shared by the Array built-ins and every array-like they accept
/// (https://tc39.es/ecma262/#sec-operations-on-objects). Indexes are doubles because
/// generic receivers may have lengths up to 2^53 - 1. Each element access has a fast path
/// for a dense <see cref="JsArray"/>: a non-hole slot below the length is exactly what
/// HasProperty + Get would find, so only holes take the generic route.
/// </summary>
public static class ArrayAlgorithms
{
    public const double MaxSafeInteger = 9007199254740991;

    /// <summary>ToObject(this value), with V8's "X called on null or undefined" wording when a method name is given.</summary>
    public static JsObject ThisObject(JsValue thisValue, string? method = null)
    {
        if (thisValue.Ref is JsObject o) return o;
        if (method != null && thisValue.IsNullOrUndefined) Throw.TypeError($"{method} called on null or undefined");
        return TypeConversion.ToObject(thisValue);
    }

    /// <summary>https://tc39.es/ecma262/#sec-lengthofarraylike</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LengthOfArrayLike(JsObject o) => o is JsArray a ? a.Length : TypeConversion.ToLength(o.Get("length"));

    /// <summary>The property key of an integer index (array indexes share cached strings).</summary>
    public static PropertyKey IndexKey(double index) =>
        index < uint.MaxValue ? PropertyKey.FromIndex((uint)index) : new PropertyKey(NumberConversions.ToString(index));

    /// <summary>HasProperty(O, k) then Get(O, k): false for a hole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetElement(JsObject o, double index, out JsValue value)
    {
        if (o is JsArray a && index < a.Length && a.DenseItems is { } items)
        {
            value = items[(int)index];
            if (!value.IsHole) return true;
        }
        return TryGetElementSlow(o, index, out value);
    }

    static bool TryGetElementSlow(JsObject o, double index, out JsValue value)
    {
        var key = IndexKey(index);
        if (!o.HasProperty(key))
        {
            value = default;
            return false;
        }
        value = o.Get(key, JsValue.FromObject(o));
        return true;
    }

    /// <summary>Get(O, k)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetElement(JsObject o, double index)
    {
        if (o is JsArray a && index < a.Length && a.DenseItems is { } items && !items[(int)index].IsHole) return items[(int)index];
        return o.Get(IndexKey(index), JsValue.FromObject(o));
    }

    /// <summary>HasProperty(O, k)</summary>
    public static bool HasElement(JsObject o, double index)
    {
        if (o is JsArray a && index < a.Length && a.DenseItems is { } items && !items[(int)index].IsHole) return true;
        return o.HasProperty(IndexKey(index));
    }

    /// <summary>https://tc39.es/ecma262/#sec-set-o-p-v-throw with an index key.</summary>
    public static void SetElement(JsObject o, double index, JsValue value)
    {
        if (o is JsArray a && index < a.Length && a.DenseItems is { } items && !items[(int)index].IsHole)
        {
            items[(int)index] = value;
            return;
        }
        ObjectAlgorithms.SetOrThrow(o, IndexKey(index), value);
    }


    /// <summary>Set(O, "length", len, true)</summary>
    public static void SetLength(JsObject o, double length)
    {
        if (o is JsArray a && a.LengthWritable && length <= uint.MaxValue)
        {
            if (!a.SetLength((uint)length)) ThrowDelete(o, IndexKey(a.Length - 1));
            return;
        }
        ObjectAlgorithms.SetOrThrow(o, "length", length);
    }

    /// <summary>https://tc39.es/ecma262/#sec-createdatapropertyorthrow with an index key.</summary>
    public static void CreateDataPropertyOrThrow(JsObject o, double index, JsValue value)
    {
        if (o is JsArray a && a.IsDense && a.Extensible)
        {
            // Dense elements always have default attributes, so defining one is a plain store.
            if (index < a.Length)
            {
                a.DenseItems![(int)index] = value;
                return;
            }
            if (index == a.Length && a.LengthWritable)
            {
                a.Push(value);
                return;
            }
        }
        CreateDataPropertyOrThrow(o, IndexKey(index), value);
    }

    public static void CreateDataPropertyOrThrow(JsObject o, PropertyKey key, JsValue value)
    {
        if (o.CreateDataProperty(key, value)) return;
        if (!o.IsExtensible()) Throw.TypeError($"Cannot add property {key}, object is not extensible");
        Throw.TypeError($"Cannot redefine property: {key}");
    }

    /// <summary>https://tc39.es/ecma262/#sec-deletepropertyorthrow with an index key.</summary>
    public static void DeleteElementOrThrow(JsObject o, double index)
    {
        var key = IndexKey(index);
        if (!o.Delete(key)) ThrowDelete(o, key);
    }

    static void ThrowDelete(JsObject o, PropertyKey key) =>
        Throw.TypeError($"Cannot delete property '{key}' of {Inspect.Brief(JsValue.FromObject(o))}");

    /// <summary>https://tc39.es/ecma262/#sec-isarray (no proxies yet).</summary>
    /// <summary>https://tc39.es/ecma262/#sec-isarray — through proxies to their targets.</summary>
    public static bool IsArray(JsValue value) => value.Ref is JsArray || value.Ref is IProxyObject proxy && IsArray(JsValue.FromObject(proxy.State.RequireTarget("IsArray")));

    /// <summary>https://tc39.es/ecma262/#sec-isconstructor</summary>
    public static bool IsConstructor(JsValue value) => value.Ref is JsFunction { IsConstructor: true };

    /// <summary>The callback argument of forEach and friends, or V8's "x is not a function".</summary>
    public static JsFunction RequireCallable(JsValue value)
    {
        if (value.Ref is JsFunction f) return f;
        return Throw.TypeError<JsFunction>($"{Inspect.Brief(value)} is not a function");
    }

    /// <summary>https://tc39.es/ecma262/#sec-arraycreate</summary>
    public static JsArray ArrayCreate(double length, JsObject? prototype = null)
    {
        if (length > uint.MaxValue) Throw.RangeError("Invalid array length");
        var proto = prototype ?? Realm.Current.ArrayPrototype;
        if (length == 0) return new JsArray(proto);
        // Preallocate moderate lengths so `new Array(n)` filled by index stays dense.
        var array = new JsArray(proto, length <= 1 << 22 ? (int)length : 0);
        array.SetLength((uint)length);
        return array;
    }

    /// <summary>https://tc39.es/ecma262/#sec-arrayspeciescreate</summary>
    public static JsObject ArraySpeciesCreate(JsObject original, double length)
    {
        if (!IsArray(JsValue.FromObject(original))) return ArrayCreate(length);
        var c = original.Get("constructor");
        if (c.Ref is ArrayConstructor own && own.Realm != Realm.Current) c = JsValue.Undefined;
        if (c.Ref is JsObject co)
        {
            c = co.Get(JsSymbol.Species);
            if (c.IsNull) c = JsValue.Undefined;
        }
        if (c.IsUndefined) return ArrayCreate(length);
        if (c.Ref is ArrayConstructor ctor) return ArrayCreate(length, ctor.Realm.ArrayPrototype);
        if (!IsConstructor(c)) Throw.TypeError("object.constructor[Symbol.species] is not a constructor");
        var f = (JsFunction)c.Object;
        return f.Construct([JsValue.FromNumber(length)], f).Object;
    }

    /// <summary>Steps shared by slice, fill, copyWithin...: ToIntegerOrInfinity, negative from the end, clamped to [0, len].</summary>
    public static double RelativeIndex(JsValue argument, double length)
    {
        double relative = TypeConversion.ToIntegerOrInfinity(argument);
        if (relative < 0) return Math.Max(length + relative, 0);
        return Math.Min(relative, length);
    }

    /// <summary>Like <see cref="RelativeIndex"/>, with undefined meaning the length (an `end` argument).</summary>
    public static double RelativeEnd(JsValue argument, double length) =>
        argument.IsUndefined ? length : RelativeIndex(argument, length);

    /// <summary>Whether a prototype of o could make a hole read as a value (so hole-preserving copies are unsafe).</summary>
    public static bool PrototypesHaveElements(JsObject o)
    {
        for (var p = o.Prototype; p != null; p = p.Prototype)
            if (p is JsArray { Length: > 0 } || p.HasIndexedOwnProperties || p is JsPrimitiveWrapper { PrimitiveValue.IsString: true } w && w.PrimitiveValue.String.Length > 0)
                return true;
        return false;
    }

    /// <summary>A dense array whose elements can be moved in bulk: extensible, with a writable length.</summary>
    public static bool IsPlainDense(JsObject o, out JsArray array)
    {
        array = (o as JsArray)!;
        return array != null && array.IsDense && array.Extensible && array.LengthWritable;
    }

    /// <summary>https://tc39.es/ecma262/#sec-getv</summary>
    public static JsValue GetV(JsValue value, PropertyKey key) =>
        value.Ref is JsObject o ? o.Get(key, value) : ObjectOperations.GetPrimitiveMember(value, key);

    /// <summary>https://tc39.es/ecma262/#sec-getmethod</summary>
    public static JsFunction? GetMethod(JsValue value, PropertyKey key)
    {
        var func = GetV(value, key);
        if (func.IsNullOrUndefined) return null;
        if (func.Ref is JsFunction f) return f;
        return Throw.TypeError<JsFunction>($"{Inspect.Brief(func)} is not a function");
    }

    /// <summary>
    /// Runs the iteration protocol over iterable with its @@iterator method
    /// (https://tc39.es/ecma262/#sec-getiterator), calling onValue for each value until it
    /// returns false; an exception from onValue closes the iterator (IteratorClose).
    /// Arrays still using %Array.prototype.values% skip the protocol.
    /// </summary>
    public static void Iterate(JsValue iterable, JsFunction method, Func<JsValue, bool> onValue)
    {
        var intrinsics = CollectionIntrinsics.Of(Realm.Current);
        if (iterable.Ref is JsArray array && ReferenceEquals(method, intrinsics.ArrayValues) && ArrayIteratorNextIsIntact(intrinsics))
        {
            for (uint i = 0; i < array.Length; i++)
                if (!onValue(array.GetIndex(i))) return;
            return;
        }
        var iterator = method.Call(iterable, ReadOnlySpan<JsValue>.Empty);
        if (iterator.Ref is not JsObject iteratorObject)
        {
            Throw.TypeError("Result of the Symbol.iterator method is not an object");
            return;
        }
        var next = iteratorObject.Get("next");
        while (true)
        {
            var result = next.Ref is JsFunction nextFn
                ? nextFn.Call(iterator, ReadOnlySpan<JsValue>.Empty)
                : Throw.TypeError<JsValue>($"{Inspect.Brief(next)} is not a function");
            if (result.Ref is not JsObject resultObject)
            {
                Throw.TypeError($"Iterator result {Inspect.Brief(result)} is not an object");
                return;
            }
            if (TypeConversion.ToBoolean(resultObject.Get("done"))) return;
            var value = resultObject.Get("value");
            bool more;
            try
            {
                more = onValue(value);
            }
            catch (JsException)
            {
                CloseIteratorQuietly(iteratorObject);
                throw;
            }
            if (!more)
            {
                CloseIterator(iteratorObject);
                return;
            }
        }
    }

    static bool ArrayIteratorNextIsIntact(CollectionIntrinsics intrinsics) =>
        intrinsics.ArrayIteratorPrototype.GetOwnProperty("next") is { IsDataDescriptor: true } d && ReferenceEquals(d.Value.Ref, intrinsics.ArrayIteratorNext);

    /// <summary>https://tc39.es/ecma262/#sec-iteratorclose for a normal completion.</summary>
    public static void CloseIterator(JsObject iterator)
    {
        var ret = GetMethod(JsValue.FromObject(iterator), "return");
        if (ret == null) return;
        var result = ret.Call(JsValue.FromObject(iterator), ReadOnlySpan<JsValue>.Empty);
        if (!result.IsObject) Throw.TypeError($"Iterator result {Inspect.Brief(result)} is not an object");
    }

    /// <summary>IteratorClose for a throw completion: errors from `return` are swallowed.</summary>
    static void CloseIteratorQuietly(JsObject iterator)
    {
        try
        {
            if (iterator.Get("return").Ref is JsFunction ret) ret.Call(JsValue.FromObject(iterator), ReadOnlySpan<JsValue>.Empty);
        }
        catch (JsException) { }
    }

    /// <summary>https://tc39.es/ecma262/#sec-createiterresultobject</summary>
    public static JsValue CreateIterResultObject(JsValue value, bool done)
    {
        var result = new JsObject(Realm.Current.ObjectPrototype);
        result.FastAddProperty("value", value);
        result.FastAddProperty("done", done);
        return JsValue.FromObject(result);
    }

    /// <summary>https://tc39.es/ecma262/#sec-iscallable</summary>
    public static bool IsCallable(JsValue value) => value.Ref is JsFunction;
}
