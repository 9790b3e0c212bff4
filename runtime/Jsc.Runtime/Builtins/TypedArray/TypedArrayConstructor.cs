using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// %TypedArray% (https://tc39.es/ecma262/#sec-%typedarray%-intrinsic-object) and the nine
/// concrete constructors (https://tc39.es/ecma262/#sec-typedarray-constructors), with
/// TypedArrayCreate and TypedArraySpeciesCreate for the prototype methods.
/// </summary>
public static class TypedArrayConstructor
{
    /// <summary>V8 (64-bit) allows up to 2^32 elements; .NET arrays stop at <see cref="Array.MaxLength"/> bytes.</summary>
    const double MaxLength = 4294967296;

    public static void Install(Realm realm, TypedArrayIntrinsics intrinsics)
    {
        var proto = intrinsics.TypedArrayPrototype = new JsObject(realm.ObjectPrototype);
        var abstractCtor = BuiltinTable.DefineConstructor(realm, "TypedArray", 0, proto,
            (_, _) => Throw.TypeError<JsValue>("Abstract class TypedArray not directly constructable"),
            (_, _) => Throw.TypeError<JsValue>("Abstract class TypedArray not directly constructable"), global: false);
        abstractCtor.DefineMethods(realm, new("from", 1, From), new("of", 0, Of));
        abstractCtor.FastAddAccessor(JsSymbol.Species, new JsNativeFunction(realm, "get [Symbol.species]", 0, (thisValue, _) => thisValue), null, PropertyFlags.Configurable);
        intrinsics.TypedArrayConstructor = abstractCtor;
        for (int k = 0; k < TypedArrayKinds.Count; k++)
        {
            var kind = (TypedArrayKind)k;
            var kindProto = new JsObject(proto);
            var ctor = BuiltinTable.DefineConstructor(realm, kind.Name(), 3, kindProto,
                (_, _) => Throw.TypeError<JsValue>($"Constructor {kind.Name()} requires 'new'"),
                (args, newTarget) => Construct(kind, args, newTarget));
            ctor.SetPrototypeOf(abstractCtor);
            ctor.FastAddProperty("BYTES_PER_ELEMENT", kind.ElementSize(), PropertyFlags.None);
            kindProto.FastAddProperty("BYTES_PER_ELEMENT", kind.ElementSize(), PropertyFlags.None);
            intrinsics.Prototypes[k] = kindProto;
            intrinsics.Constructors[k] = ctor;
        }
    }

    /// <summary>https://tc39.es/ecma262/#sec-typedarray</summary>
    static JsValue Construct(TypedArrayKind kind, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var intrinsics = TypedArrayIntrinsics.Of(Realm.Current);
        var proto = ReferenceEquals(newTarget, intrinsics.Constructors[(int)kind])
            ? intrinsics.Prototypes[(int)kind]
            : JsFunction.GetPrototypeFromConstructor(newTarget, intrinsics.Prototypes[(int)kind]);
        var first = args.Arg(0);
        if (first.Ref is not JsObject o)
            return Allocate(proto, kind, ArrayBufferConstructor.ToIndex(first, "Invalid typed array length: " + TypeConversion.ToString(first)));
        if (o is JsTypedArray source)
        {
            var result = Allocate(proto, kind, source.Length);
            CopyElements(source, 0, result, 0, source.Length);
            return result;
        }
        if (o is JsArrayBuffer buffer) return FromArrayBuffer(proto, kind, buffer, args.Arg(1), args.Arg(2));
        var usingIterator = GetMethod(first, JsSymbol.Iterator);
        if (usingIterator != null)
        {
            var values = new List<JsValue>();
            Iterate(first, usingIterator, v => { values.Add(v); return true; });
            var result = Allocate(proto, kind, values.Count);
            for (int i = 0; i < values.Count; i++) result.SetIndex(i, values[i]);
            return result;
        }
        double len = LengthOfArrayLike(o);
        var fromArrayLike = Allocate(proto, kind, len);
        for (int i = 0; i < fromArrayLike.Length; i++) fromArrayLike.SetIndex(i, GetElement(o, i));
        return fromArrayLike;
    }

    /// <summary>https://tc39.es/ecma262/#sec-allocatetypedarray with a new zeroed buffer of length elements.</summary>
    public static JsTypedArray Allocate(JsObject proto, TypedArrayKind kind, double length)
    {
        if (length > MaxLength) Throw.RangeError("Invalid typed array length: " + TypeConversion.NumberToString(length));
        var data = JsArrayBuffer.CreateByteDataBlock(length * kind.ElementSize());
        return new JsTypedArray(proto, kind, JsArrayBuffer.Create(data), 0, (int)length);
    }

    /// <summary>A new typed array of this realm's intrinsic prototype for kind.</summary>
    public static JsTypedArray Allocate(TypedArrayKind kind, double length) =>
        Allocate(TypedArrayIntrinsics.Of(Realm.Current).Prototypes[(int)kind], kind, length);

    /// <summary>https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer</summary>
    static JsTypedArray FromArrayBuffer(JsObject proto, TypedArrayKind kind, JsArrayBuffer buffer, JsValue byteOffset, JsValue length)
    {
        int elementSize = kind.ElementSize();
        double offset = ArrayBufferConstructor.ToIndex(byteOffset, "Start offset " + TypeConversion.ToString(byteOffset) + " is outside the bounds of the buffer");
        if (offset % elementSize != 0) Throw.RangeError($"start offset of {kind.Name()} should be a multiple of {elementSize}");
        double newLength = length.IsUndefined ? 0 : ArrayBufferConstructor.ToIndex(length, "Invalid typed array length: " + TypeConversion.ToString(length));
        int bufferByteLength = buffer.ByteLength;
        double newByteLength;
        if (length.IsUndefined)
        {
            if (bufferByteLength % elementSize != 0) Throw.RangeError($"byte length of {kind.Name()} should be a multiple of {elementSize}");
            newByteLength = bufferByteLength - offset;
            if (newByteLength < 0) Throw.RangeError($"Start offset {TypeConversion.NumberToString(offset)} is outside the bounds of the buffer");
        }
        else
        {
            newByteLength = newLength * elementSize;
            if (offset + newByteLength > bufferByteLength) Throw.RangeError("Invalid typed array length: " + TypeConversion.NumberToString(newLength));
        }
        return new JsTypedArray(proto, kind, buffer, (int)offset, (int)(newByteLength / elementSize));
    }

    /// <summary>Copies count elements, converting types (a byte copy when they match; a temporary copy when the ranges share a buffer).</summary>
    public static void CopyElements(JsTypedArray source, int sourceIndex, JsTypedArray target, int targetIndex, int count)
    {
        if (count <= 0) return;
        if (source.Kind == target.Kind || source.Kind.ElementSize() == 1 && target.Kind.ElementSize() == 1 && target.Kind != TypedArrayKind.Uint8Clamped)
        {
            int shift = source.Kind.Shift();
            source.Data.AsSpan(source.ByteOffset + (sourceIndex << shift), count << shift)
                .CopyTo(target.Data.AsSpan(target.ByteOffset + (targetIndex << shift)));
            return;
        }
        if (ReferenceEquals(source.Data, target.Data))
        {
            var values = new double[count];
            for (int i = 0; i < count; i++) values[i] = source.GetElement(sourceIndex + i);
            for (int i = 0; i < count; i++) target.SetElement(targetIndex + i, values[i]);
            return;
        }
        for (int i = 0; i < count; i++) target.SetElement(targetIndex + i, source.GetElement(sourceIndex + i));
    }

    /// <summary>https://tc39.es/ecma262/#sec-typedarraycreate-from-constructor-with-length (also ValidateTypedArray of the result).</summary>
    public static JsTypedArray Create(JsFunction constructor, double length, string? method = null)
    {
        var intrinsics = TypedArrayIntrinsics.Of(Realm.Current);
        int kind = intrinsics.KindOfConstructor(constructor);
        if (kind >= 0) return Allocate(intrinsics.Prototypes[kind], (TypedArrayKind)kind, length);
        var created = constructor.Construct([JsValue.FromNumber(length)], constructor);
        var result = created.Ref as JsTypedArray ?? Throw.TypeError<JsTypedArray>(method == null
            ? "this is not a typed array."
            : $"Method {method} called on incompatible receiver {ObjectToStringTag(created)}");
        if (result.Length < length) Throw.TypeError("Derived TypedArray constructor created an array which was too small");
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-typedarray-species-create with a length.</summary>
    public static JsTypedArray SpeciesCreate(JsTypedArray exemplar, double length)
    {
        var intrinsics = TypedArrayIntrinsics.Of(Realm.Current);
        var ctor = ArrayBufferConstructor.SpeciesConstructor(exemplar, intrinsics.Constructors[(int)exemplar.Kind]);
        return Create(ctor, length);
    }

    /// <summary>TypedArraySpeciesCreate with (buffer, byteOffset, length) arguments, as subarray calls it.</summary>
    public static JsTypedArray SpeciesCreate(JsTypedArray exemplar, JsArrayBuffer buffer, int byteOffset, int length)
    {
        var intrinsics = TypedArrayIntrinsics.Of(Realm.Current);
        var ctor = ArrayBufferConstructor.SpeciesConstructor(exemplar, intrinsics.Constructors[(int)exemplar.Kind]);
        int kind = intrinsics.KindOfConstructor(ctor);
        if (kind >= 0) return FromArrayBuffer(intrinsics.Prototypes[kind], (TypedArrayKind)kind, buffer, byteOffset, length);
        return ctor.Construct([JsValue.FromObject(buffer), JsValue.FromNumber(byteOffset), JsValue.FromNumber(length)], ctor).Ref as JsTypedArray
            ?? Throw.TypeError<JsTypedArray>("this is not a typed array.");
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.from</summary>
    static JsValue From(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (!IsConstructor(thisValue)) Throw.TypeError($"{Inspect.Brief(thisValue)} is not a constructor");
        var c = (JsFunction)thisValue.Object;
        var source = args.Arg(0);
        var mapFn = args.Arg(1);
        var thisArg = args.Arg(2);
        JsFunction? mapper = mapFn.IsUndefined ? null : RequireCallable(mapFn);
        var usingIterator = GetMethod(source, JsSymbol.Iterator);
        JsTypedArray target;
        if (usingIterator != null)
        {
            var values = new List<JsValue>();
            Iterate(source, usingIterator, v => { values.Add(v); return true; });
            target = Create(c, values.Count, "%TypedArray%.from");
            for (int k = 0; k < values.Count; k++)
            {
                var mapped = mapper == null ? values[k] : mapper.Call(thisArg, [values[k], JsValue.FromNumber(k)]);
                SetElement(target, k, mapped);
            }
            return target;
        }
        var arrayLike = TypeConversion.ToObject(source);
        double len = LengthOfArrayLike(arrayLike);
        target = Create(c, len, "%TypedArray%.from");
        for (int k = 0; k < len; k++)
        {
            var value = GetElement(arrayLike, k);
            var mapped = mapper == null ? value : mapper.Call(thisArg, [value, JsValue.FromNumber(k)]);
            SetElement(target, k, mapped);
        }
        return target;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.of</summary>
    static JsValue Of(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (!IsConstructor(thisValue))
            Throw.TypeError($"Method %TypedArray%.of called on incompatible receiver {ObjectToStringTag(thisValue)}");
        var target = Create((JsFunction)thisValue.Object, args.Length, "%TypedArray%.of");
        for (int k = 0; k < args.Length; k++) SetElement(target, k, args[k]);
        return target;
    }

    /// <summary>Set(O, k, v, true) on a typed array.</summary>
    static void SetElement(JsTypedArray target, int index, JsValue value) => target.SetIndex(index, value);

    /// <summary>How V8 shows some receivers: Object.prototype.toString's "[object Number]".</summary>
    public static string ObjectToStringTag(JsValue value) => value.Ref switch
    {
        null => "undefined",
        JsArray => "[object Array]",
        JsObject o => $"[object {(o is JsFunction ? "Function" : o.ClassName)}]",
        _ when value.IsNull => "null",
        _ when value.IsNumber => "[object Number]",
        _ when value.IsString => "[object String]",
        _ when value.IsBoolean => "[object Boolean]",
        _ => "[object Symbol]",
    };
}
