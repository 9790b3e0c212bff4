using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A TypedArray instance, an integer-indexed exotic object:
/// https://tc39.es/ecma262/#sec-typedarray-exotic-objects
/// Elements are bytes of an <see cref="JsArrayBuffer"/> read and written in place with
/// BinaryPrimitives (the platform's little-endian order, as V8 on x64 and arm64), so no
/// element is ever boxed. Canonical numeric keys ("0", "-0", "1.5", "Infinity") never
/// reach ordinary storage or the prototype chain: valid indexes are elements and every
/// other numeric key is absent. Buffers are these objects with Buffer.prototype.
/// </summary>
public sealed class JsTypedArray : JsObject
{
    public readonly TypedArrayKind Kind;
    public readonly JsArrayBuffer Buffer;
    /// <summary>[[ByteOffset]] into the buffer's data.</summary>
    public readonly int ByteOffset;
    /// <summary>[[ArrayLength]]: the number of elements (buffers are never resized or detached here).</summary>
    public readonly int Length;
    internal readonly byte[] Data;

    public JsTypedArray(JsObject prototype, TypedArrayKind kind, JsArrayBuffer buffer, int byteOffset, int length) : base(prototype)
    {
        Kind = kind;
        Buffer = buffer;
        ByteOffset = byteOffset;
        Length = length;
        Data = buffer.Data;
    }

    public int ByteLength => Length << Kind.Shift();

    /// <summary>The elements' bytes.</summary>
    public Span<byte> Bytes => Data.AsSpan(ByteOffset, ByteLength);

    public override string ClassName => Kind.Name();

    // --- Elements ---

    /// <summary>The element at index (which must be below <see cref="Length"/>), as a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double GetElement(int index)
    {
        if (Kind <= TypedArrayKind.Uint8Clamped)
        {
            byte b = Data[ByteOffset + index];
            return Kind == TypedArrayKind.Int8 ? (sbyte)b : b;
        }
        return ReadElement(Kind, Data.AsSpan(ByteOffset + (index << Kind.Shift())));
    }

    /// <summary>Stores a number at index (which must be below <see cref="Length"/>), converted to the element type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetElement(int index, double value)
    {
        if (Kind == TypedArrayKind.Uint8 || Kind == TypedArrayKind.Int8)
        {
            Data[ByteOffset + index] = (byte)TypeConversion.ToInt32(value);
            return;
        }
        WriteElement(Kind, Data.AsSpan(ByteOffset + (index << Kind.Shift())), value);
    }

    /// <summary>RawBytesToNumeric in the platform's byte order: https://tc39.es/ecma262/#sec-rawbytestonumeric</summary>
    public static double ReadElement(TypedArrayKind kind, ReadOnlySpan<byte> bytes) => kind switch
    {
        TypedArrayKind.Int8 => (sbyte)bytes[0],
        TypedArrayKind.Uint8 or TypedArrayKind.Uint8Clamped => bytes[0],
        TypedArrayKind.Int16 => BinaryPrimitives.ReadInt16LittleEndian(bytes),
        TypedArrayKind.Uint16 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
        TypedArrayKind.Int32 => BinaryPrimitives.ReadInt32LittleEndian(bytes),
        TypedArrayKind.Uint32 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
        TypedArrayKind.Float32 => BinaryPrimitives.ReadSingleLittleEndian(bytes),
        _ => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
    };

    /// <summary>NumericToRawBytes in the platform's byte order: https://tc39.es/ecma262/#sec-numerictorawbytes</summary>
    public static void WriteElement(TypedArrayKind kind, Span<byte> bytes, double value)
    {
        switch (kind)
        {
            case TypedArrayKind.Int8:
            case TypedArrayKind.Uint8:
                bytes[0] = (byte)TypeConversion.ToInt32(value);
                break;
            case TypedArrayKind.Uint8Clamped:
                bytes[0] = ToUint8Clamp(value);
                break;
            case TypedArrayKind.Int16:
            case TypedArrayKind.Uint16:
                BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)TypeConversion.ToInt32(value));
                break;
            case TypedArrayKind.Int32:
            case TypedArrayKind.Uint32:
                BinaryPrimitives.WriteInt32LittleEndian(bytes, TypeConversion.ToInt32(value));
                break;
            case TypedArrayKind.Float32:
                BinaryPrimitives.WriteSingleLittleEndian(bytes, (float)value);
                break;
            default:
                BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
                break;
        }
    }

    /// <summary>https://tc39.es/ecma262/#sec-touint8clamp — halves round to even.</summary>
    public static byte ToUint8Clamp(double d)
    {
        if (!(d > 0)) return 0;
        if (d >= 255) return 255;
        return (byte)Math.Round(d, MidpointRounding.ToEven);
    }

    /// <summary>obj[index] from emitted code: the element, or undefined past the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue GetIndex(uint index) => index < (uint)Length ? JsValue.FromNumber(GetElement((int)index)) : JsValue.Undefined;

    /// <summary>https://tc39.es/ecma262/#sec-typedarraysetelement — ToNumber first (it may run code), then the store if the index is valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetIndex(double index, JsValue value)
    {
        double number = value.IsNumber ? value.Number : TypeConversion.ToNumber(value);
        if (index >= 0 && index < Length && index == Math.Floor(index)) SetElement((int)index, number);
    }

    // --- Integer-indexed exotic object internal methods ---

    /// <summary>
    /// https://tc39.es/ecma262/#sec-canonicalnumericindexstring — whether a key is a number's
    /// canonical string (or "-0"), and that number.
    /// </summary>
    public static bool TryGetNumericIndex(PropertyKey key, out double index)
    {
        index = 0;
        if (key.Value is not string s || s.Length == 0) return false;
        if (key.TryGetArrayIndex(out uint i))
        {
            index = i;
            return true;
        }
        char c = s[0];
        if (!(c == '-' || c == 'I' || c == 'N' || c >= '0' && c <= '9')) return false;
        if (s == "-0")
        {
            index = -0.0;
            return true;
        }
        double n = TypeConversion.StringToNumber(s);
        if (TypeConversion.NumberToString(n) != s) return false;
        index = n;
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-isvalidintegerindex</summary>
    public bool IsValidIntegerIndex(double index) =>
        index >= 0 && index < Length && index == Math.Floor(index) && !(index == 0 && double.IsNegative(index));

    protected internal override bool IsOrdinaryKey(PropertyKey key) => !TryGetNumericIndex(key, out _);

    public override PropertyDescriptor? GetOwnProperty(PropertyKey key)
    {
        if (TryGetNumericIndex(key, out double index))
            return IsValidIntegerIndex(index)
                ? PropertyDescriptor.Data(GetElement((int)index), PropertyFlags.Writable | PropertyFlags.Enumerable | PropertyFlags.Configurable)
                : null;
        return base.GetOwnProperty(key);
    }

    public override bool HasOwnPropertyFast(PropertyKey key) =>
        TryGetNumericIndex(key, out double index) ? IsValidIntegerIndex(index) : base.HasOwnPropertyFast(key);

    /// <summary>https://tc39.es/ecma262/#sec-typedarray-hasproperty</summary>
    public override bool HasProperty(PropertyKey key) =>
        TryGetNumericIndex(key, out double index) ? IsValidIntegerIndex(index) : base.HasProperty(key);

    /// <summary>https://tc39.es/ecma262/#sec-typedarray-defineownproperty</summary>
    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc)
    {
        if (!TryGetNumericIndex(key, out double index)) return base.DefineOwnProperty(key, desc);
        if (!IsValidIntegerIndex(index)) return false;
        if (desc.HasConfigurable && !desc.Configurable || desc.HasEnumerable && !desc.Enumerable ||
            desc.IsAccessorDescriptor || desc.HasWritable && !desc.Writable) return false;
        if (desc.HasValue) SetIndex(index, desc.Value);
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-typedarray-get</summary>
    public override JsValue Get(PropertyKey key, JsValue receiver)
    {
        if (TryGetNumericIndex(key, out double index))
            return IsValidIntegerIndex(index) ? JsValue.FromNumber(GetElement((int)index)) : JsValue.Undefined;
        return GetExotic(key, receiver);
    }

    /// <summary>https://tc39.es/ecma262/#sec-typedarray-set</summary>
    public override bool Set(PropertyKey key, JsValue value, JsValue receiver)
    {
        if (TryGetNumericIndex(key, out double index))
        {
            if (ReferenceEquals(receiver.Ref, this))
            {
                SetIndex(index, value);
                return true;
            }
            if (!IsValidIntegerIndex(index)) return true;
        }
        return OrdinarySetWithOwnDescriptor(key, value, receiver, GetOwnProperty(key));
    }

    /// <summary>https://tc39.es/ecma262/#sec-typedarray-delete</summary>
    public override bool Delete(PropertyKey key) =>
        TryGetNumericIndex(key, out double index) ? !IsValidIntegerIndex(index) : base.Delete(key);

    /// <summary>https://tc39.es/ecma262/#sec-typedarray-ownpropertykeys</summary>
    public override List<PropertyKey> OwnPropertyKeys()
    {
        var indexes = new List<PropertyKey>(Length);
        for (int i = 0; i < Length; i++) indexes.Add(PropertyKey.FromIndex((uint)i));
        return OrderKeys(OrdinaryKeys(), indexes);
    }
}
