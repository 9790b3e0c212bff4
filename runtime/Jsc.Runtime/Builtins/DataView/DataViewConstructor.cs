using System.Buffers.Binary;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The DataView constructor and prototype: https://tc39.es/ecma262/#sec-dataview-objects
/// Every get/set method is GetViewValue/SetViewValue with one element type; the byte
/// order is big-endian unless littleEndian is true.
/// </summary>
public static class DataViewConstructor
{
    public static void Install(Realm realm, TypedArrayIntrinsics intrinsics)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        BuiltinTable.DefineConstructor(realm, "DataView", 1, proto,
            (_, _) => Throw.TypeError<JsValue>("Constructor DataView requires 'new'"), Construct);
        proto.DefineAccessor(realm, "buffer", (t, _) => ThisView(t, "get DataView.prototype.buffer").Buffer);
        proto.DefineAccessor(realm, "byteLength", (t, _) => ThisView(t, "get DataView.prototype.byte_length").ByteLength);
        proto.DefineAccessor(realm, "byteOffset", (t, _) => ThisView(t, "get DataView.prototype.byte_offset").ByteOffset);
        var methods = new List<BuiltinMethod>();
        foreach (var (name, kind) in new[]
                 {
                     ("Int8", TypedArrayKind.Int8), ("Uint8", TypedArrayKind.Uint8), ("Int16", TypedArrayKind.Int16), ("Uint16", TypedArrayKind.Uint16),
                     ("Int32", TypedArrayKind.Int32), ("Uint32", TypedArrayKind.Uint32), ("Float32", TypedArrayKind.Float32), ("Float64", TypedArrayKind.Float64),
                 })
        {
            methods.Add(new("get" + name, 1, (t, args) => GetViewValue(t, args.Arg(0), args.Arg(1), kind, "DataView.prototype.get" + name)));
            methods.Add(new("set" + name, 2, (t, args) => SetViewValue(t, args.Arg(0), args.Arg(2), kind, args.Arg(1), "DataView.prototype.set" + name)));
        }
        foreach (var (name, signed) in new[] { ("BigInt64", true), ("BigUint64", false) })
        {
            methods.Add(new("get" + name, 1, (t, args) => GetBigInt(t, args.Arg(0), args.Arg(1), signed, "DataView.prototype.get" + name)));
            methods.Add(new("set" + name, 2, (t, args) => SetBigInt(t, args.Arg(0), args.Arg(2), signed, args.Arg(1), "DataView.prototype.set" + name)));
        }
        proto.DefineMethods(realm, methods.ToArray());
        proto.FastAddProperty(JsSymbol.ToStringTag, "DataView", PropertyFlags.Configurable);
        intrinsics.DataViewPrototype = proto;
    }

    static JsDataView ThisView(JsValue thisValue, string method) =>
        // V8 says "undefined" whatever the receiver was.
        thisValue.Ref as JsDataView ?? Throw.TypeError<JsDataView>($"Method {method} called on incompatible receiver undefined");

    /// <summary>https://tc39.es/ecma262/#sec-dataview-buffer-byteoffset-bytelength</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (args.Arg(0).Ref is not JsArrayBuffer buffer) return Throw.TypeError<JsValue>("First argument to DataView constructor must be an ArrayBuffer");
        var byteOffset = args.Arg(1);
        double offset = ArrayBufferConstructor.ToIndex(byteOffset, $"Start offset {TypeConversion.ToString(byteOffset)} is outside the bounds of the buffer");
        int bufferByteLength = buffer.ByteLength;
        if (offset > bufferByteLength) Throw.RangeError($"Start offset {TypeConversion.NumberToString(offset)} is outside the bounds of the buffer");
        double viewByteLength;
        var length = args.Arg(2);
        if (length.IsUndefined) viewByteLength = bufferByteLength - offset;
        else
        {
            viewByteLength = ArrayBufferConstructor.ToIndex(length, $"Invalid DataView length {TypeConversion.ToString(length)}");
            if (offset + viewByteLength > bufferByteLength) Throw.RangeError($"Invalid DataView length {TypeConversion.NumberToString(viewByteLength)}");
        }
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, TypedArrayIntrinsics.Of(Realm.Current).DataViewPrototype);
        return new JsDataView(proto, buffer, (int)offset, (int)viewByteLength);
    }

    /// <summary>https://tc39.es/ecma262/#sec-getviewvalue</summary>
    static JsValue GetViewValue(JsValue view, JsValue requestIndex, JsValue isLittleEndian, TypedArrayKind kind, string method)
    {
        var v = ThisView(view, method);
        double getIndex = ArrayBufferConstructor.ToIndex(requestIndex, "Offset is outside the bounds of the DataView");
        bool little = TypeConversion.ToBoolean(isLittleEndian);
        int size = kind.ElementSize();
        if (getIndex + size > v.ByteLength) Throw.RangeError("Offset is outside the bounds of the DataView");
        var bytes = v.Buffer.Data.AsSpan(v.ByteOffset + (int)getIndex, size);
        return ReadValue(kind, bytes, little);
    }

    /// <summary>GetViewValue for BigInt64 and BigUint64 (https://tc39.es/ecma262/#sec-getviewvalue).</summary>
    static JsValue GetBigInt(JsValue view, JsValue requestIndex, JsValue isLittleEndian, bool signed, string method)
    {
        var v = ThisView(view, method);
        double getIndex = ArrayBufferConstructor.ToIndex(requestIndex, "Offset is outside the bounds of the DataView");
        bool little = TypeConversion.ToBoolean(isLittleEndian);
        if (getIndex + 8 > v.ByteLength) Throw.RangeError("Offset is outside the bounds of the DataView");
        return JsValue.FromBigInt(ReadBigInt(v.Buffer.Data.AsSpan(v.ByteOffset + (int)getIndex, 8), signed, little));
    }

    /// <summary>SetViewValue for BigInt64 and BigUint64: ToBigInt, then the low 64 bits.</summary>
    static JsValue SetBigInt(JsValue view, JsValue requestIndex, JsValue isLittleEndian, bool signed, JsValue value, string method)
    {
        var v = ThisView(view, method);
        double getIndex = ArrayBufferConstructor.ToIndex(requestIndex, "Offset is outside the bounds of the DataView");
        var big = BigIntConstructor.ToBigInt(value);
        bool little = TypeConversion.ToBoolean(isLittleEndian);
        if (getIndex + 8 > v.ByteLength) Throw.RangeError("Offset is outside the bounds of the DataView");
        WriteBigInt(v.Buffer.Data.AsSpan(v.ByteOffset + (int)getIndex, 8), big, little);
        return JsValue.Undefined;
    }

    /// <summary>Eight bytes as a signed or unsigned 64-bit BigInt (also node's Buffer readBig(U)Int64).</summary>
    public static System.Numerics.BigInteger ReadBigInt(ReadOnlySpan<byte> bytes, bool signed, bool littleEndian)
    {
        ulong raw = littleEndian ? System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes) : System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes);
        return signed ? new System.Numerics.BigInteger((long)raw) : new System.Numerics.BigInteger(raw);
    }

    /// <summary>The low 64 bits of a BigInt, in the given byte order (BigInt::asUintN(64)).</summary>
    public static void WriteBigInt(Span<byte> bytes, System.Numerics.BigInteger value, bool littleEndian)
    {
        var low = (ulong)(value & ulong.MaxValue);
        if (littleEndian) System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes, low);
        else System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, low);
    }

    /// <summary>https://tc39.es/ecma262/#sec-setviewvalue</summary>
    static JsValue SetViewValue(JsValue view, JsValue requestIndex, JsValue isLittleEndian, TypedArrayKind kind, JsValue value, string method)
    {
        var v = ThisView(view, method);
        double getIndex = ArrayBufferConstructor.ToIndex(requestIndex, "Offset is outside the bounds of the DataView");
        double number = TypeConversion.ToNumber(value);
        bool little = TypeConversion.ToBoolean(isLittleEndian);
        int size = kind.ElementSize();
        if (getIndex + size > v.ByteLength) Throw.RangeError("Offset is outside the bounds of the DataView");
        WriteValue(kind, v.Buffer.Data.AsSpan(v.ByteOffset + (int)getIndex, size), number, little);
        return JsValue.Undefined;
    }

    /// <summary>RawBytesToNumeric with an explicit byte order (also node's Buffer readers).</summary>
    public static double ReadValue(TypedArrayKind kind, ReadOnlySpan<byte> bytes, bool littleEndian)
    {
        if (littleEndian || kind.ElementSize() == 1) return JsTypedArray.ReadElement(kind, bytes);
        return kind switch
        {
            TypedArrayKind.Int16 => BinaryPrimitives.ReadInt16BigEndian(bytes),
            TypedArrayKind.Uint16 => BinaryPrimitives.ReadUInt16BigEndian(bytes),
            TypedArrayKind.Int32 => BinaryPrimitives.ReadInt32BigEndian(bytes),
            TypedArrayKind.Uint32 => BinaryPrimitives.ReadUInt32BigEndian(bytes),
            TypedArrayKind.Float32 => BinaryPrimitives.ReadSingleBigEndian(bytes),
            _ => BinaryPrimitives.ReadDoubleBigEndian(bytes),
        };
    }

    /// <summary>NumericToRawBytes with an explicit byte order (also node's Buffer writers).</summary>
    public static void WriteValue(TypedArrayKind kind, Span<byte> bytes, double value, bool littleEndian)
    {
        JsTypedArray.WriteElement(kind, bytes, value);
        if (!littleEndian) bytes[..kind.ElementSize()].Reverse();
    }
}
