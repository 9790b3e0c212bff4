using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Buffer;

/// <summary>
/// readUInt8 ... writeDoubleBE: https://nodejs.org/docs/v0.8.16/api/buffer.html#buffer_buf_readuint8_offset_noassert
/// with node 20's checks (lib/internal/buffer.js): the offset must be a number naming whole
/// bytes inside the buffer, and integer values must fit the type (ERR_OUT_OF_RANGE). The v0.8
/// noAssert argument is ignored, as node 20 ignores it. Variable-width forms (readUIntLE...)
/// take 1 to 6 bytes.
/// </summary>
static partial class BufferPrototype
{
    static void AddNumberMethods(List<BuiltinMethod> methods)
    {
        foreach (var (name, size, signed) in new[] { ("UInt", 0, false), ("Int", 0, true) })
        {
            _ = size;
            foreach (var le in new[] { true, false })
            {
                string suffix = le ? "LE" : "BE";
                methods.Add(new($"read{name}{suffix}", 2, (t, args) => ReadVariable(t, args, signed, le)));
                methods.Add(new($"write{name}{suffix}", 3, (t, args) => WriteVariable(t, args, signed, le)));
                if (name == "UInt")
                {
                    methods.Add(new($"readUint{suffix}", 2, (t, args) => ReadVariable(t, args, false, le)));
                    methods.Add(new($"writeUint{suffix}", 3, (t, args) => WriteVariable(t, args, false, le)));
                }
            }
        }
        foreach (var bits in new[] { 8, 16, 32 })
        {
            foreach (var signed in new[] { false, true })
            {
                foreach (var le in bits == 8 ? new[] { true } : new[] { true, false })
                {
                    string suffix = bits == 8 ? "" : le ? "LE" : "BE";
                    int size = bits / 8;
                    foreach (var name in signed ? new[] { "Int" } : new[] { "UInt", "Uint" })
                    {
                        methods.Add(new($"read{name}{bits}{suffix}", 1, (t, args) => ReadFixed(t, args.Arg(0), args.Length, size, signed, le)));
                        methods.Add(new($"write{name}{bits}{suffix}", 2, (t, args) => WriteInteger(t, args.Arg(0), args.Length > 1 ? args[1] : 0, size, signed, le)));
                    }
                }
            }
        }
        // readBigInt64LE ... writeBigUInt64BE (node 12+), with the BigUint64 aliases.
        foreach (var signed in new[] { true, false })
        {
            foreach (var le in new[] { true, false })
            {
                string suffix = le ? "LE" : "BE";
                foreach (var name in signed ? new[] { "BigInt64" } : new[] { "BigUInt64", "BigUint64" })
                {
                    methods.Add(new($"read{name}{suffix}", 0, (t, args) => ReadBigInt(t, args.Arg(0), signed, le)));
                    methods.Add(new($"write{name}{suffix}", 1, (t, args) => WriteBigInt(t, args.Arg(0), args.Arg(1), signed, le)));
                }
            }
        }
        foreach (var (name, kind) in new[] { ("Float", TypedArrayKind.Float32), ("Double", TypedArrayKind.Float64) })
        {
            foreach (var le in new[] { true, false })
            {
                string suffix = le ? "LE" : "BE";
                methods.Add(new($"read{name}{suffix}", 1, (t, args) => ReadFloat(t, args.Arg(0), args.Length, kind, le)));
                methods.Add(new($"write{name}{suffix}", 2, (t, args) => WriteFloat(t, args.Arg(0), args.Length > 1 ? args[1] : 0, kind, le)));
            }
        }
    }

    /// <summary>The offset of a read or write of size bytes: a number, whole, and with every byte inside the buffer.</summary>
    static int CheckOffset(JsTypedArray buf, JsValue offset, int size)
    {
        if (!offset.IsNumber) throw BufferErrors.InvalidArgType("offset", "of type number", offset);
        double d = offset.Number;
        if (d != Math.Floor(d) || d < 0 || d + size > buf.Length) throw BufferErrors.BoundsError(offset, buf.Length - size);
        return (int)d;
    }

    static double ReadBytes(JsTypedArray buf, int offset, int size, bool signed, bool littleEndian)
    {
        var bytes = buf.Bytes.Slice(offset, size);
        double value = 0;
        for (int i = 0; i < size; i++) value = value * 256 + bytes[littleEndian ? size - 1 - i : i];
        if (signed && value >= Math.Pow(2, size * 8 - 1)) value -= Math.Pow(2, size * 8);
        return value;
    }

    static void WriteBytes(JsTypedArray buf, int offset, int size, double value, bool littleEndian)
    {
        var bytes = buf.Bytes.Slice(offset, size);
        // The low 32 bits by ToUint32, the rest from floor(value / 2^32), as node splits 48-bit values.
        uint low = TypeConversion.ToUint32(value);
        uint high = size > 4 ? TypeConversion.ToUint32(Math.Floor(value / 4294967296.0)) : 0;
        for (int i = 0; i < size; i++)
        {
            byte b = (byte)(i < 4 ? low >> (8 * i) : high >> (8 * (i - 4)));
            bytes[littleEndian ? i : size - 1 - i] = b;
        }
    }

    static JsValue ReadFixed(JsValue thisValue, JsValue offset, int argc, int size, bool signed, bool littleEndian)
    {
        var buf = This(thisValue);
        int at = CheckOffset(buf, argc == 0 ? 0 : offset, size);
        return ReadBytes(buf, at, size, signed, littleEndian);
    }

    /// <summary>The byteLength of readIntLE and friends: 1 to 6.</summary>
    static int CheckByteLength(JsValue byteLength)
    {
        if (byteLength.IsUndefined) throw BufferErrors.InvalidArgType("byteLength", "of type number", byteLength);
        if (byteLength.IsNumber && byteLength.Number is 1 or 2 or 3 or 4 or 5 or 6) return (int)byteLength.Number;
        throw BufferErrors.BoundsError(byteLength, 6, "byteLength");
    }

    static JsValue ReadVariable(JsValue thisValue, ReadOnlySpan<JsValue> args, bool signed, bool littleEndian)
    {
        var buf = This(thisValue);
        int size = CheckByteLength(args.Arg(1));
        int at = CheckOffset(buf, args.Arg(0), size);
        return ReadBytes(buf, at, size, signed, littleEndian);
    }

    static JsValue WriteVariable(JsValue thisValue, ReadOnlySpan<JsValue> args, bool signed, bool littleEndian)
    {
        var buf = This(thisValue);
        var byteLength = args.Arg(2);
        if (!(byteLength.IsNumber && byteLength.Number is 1 or 2 or 3 or 4 or 5 or 6)) throw BufferErrors.BoundsError(byteLength, 6, "byteLength");
        return WriteInteger(thisValue, args.Arg(0), args.Arg(1), (int)byteLength.Number, signed, littleEndian);
    }

    /// <summary>node's checkInt then the store: the value must lie in the type's range.</summary>
    static JsValue WriteInteger(JsValue thisValue, JsValue value, JsValue offset, int size, bool signed, bool littleEndian)
    {
        var buf = This(thisValue);
        double number = TypeConversion.ToNumber(value);
        if (size == 1 && !offset.IsNumber) throw BufferErrors.InvalidArgType("offset", "of type number", offset);
        double min = signed ? -Math.Pow(2, size * 8 - 1) : 0;
        double max = signed ? Math.Pow(2, size * 8 - 1) - 1 : Math.Pow(2, size * 8) - 1;
        if (number > max || number < min)
        {
            string range = size > 4
                ? signed ? $">= -(2 ** {size * 8 - 1}) and < 2 ** {size * 8 - 1}" : $">= 0 and < 2 ** {size * 8}"
                : $">= {TypeConversion.NumberToString(min)} and <= {TypeConversion.NumberToString(max)}";
            throw BufferErrors.OutOfRange("value", range, size == 1 ? number : value);
        }
        int at = CheckOffset(buf, offset, size);
        WriteBytes(buf, at, size, number, littleEndian);
        return at + size;
    }

    static JsValue ReadBigInt(JsValue thisValue, JsValue offset, bool signed, bool littleEndian)
    {
        var buf = This(thisValue);
        int at = offset.IsUndefined ? CheckOffset(buf, 0, 8) : CheckOffset(buf, offset, 8);
        return JsValue.FromBigInt(DataViewConstructor.ReadBigInt(buf.Bytes.Slice(at, 8), signed, littleEndian));
    }

    static JsValue WriteBigInt(JsValue thisValue, JsValue value, JsValue offset, bool signed, bool littleEndian)
    {
        var buf = This(thisValue);
        if (!value.IsBigInt) Runtime.Errors.Throw.TypeError("Cannot mix BigInt and other types, use explicit conversions");
        var big = value.BigInt;
        var limit = System.Numerics.BigInteger.One << (signed ? 63 : 64);
        if (signed ? big < -limit || big >= limit : big.Sign < 0 || big >= limit)
            throw BufferErrors.OutOfRange("value", signed ? ">= -(2n ** 63n) and < 2n ** 63n" : ">= 0n and < 2n ** 64n", value);
        int at = offset.IsUndefined ? CheckOffset(buf, 0, 8) : CheckOffset(buf, offset, 8);
        DataViewConstructor.WriteBigInt(buf.Bytes.Slice(at, 8), big, littleEndian);
        return at + 8;
    }

    static JsValue ReadFloat(JsValue thisValue, JsValue offset, int argc, TypedArrayKind kind, bool littleEndian)
    {
        var buf = This(thisValue);
        int size = kind.ElementSize();
        int at = CheckOffset(buf, argc == 0 ? 0 : offset, size);
        return DataViewConstructor.ReadValue(kind, buf.Bytes.Slice(at, size), littleEndian);
    }

    static JsValue WriteFloat(JsValue thisValue, JsValue value, JsValue offset, TypedArrayKind kind, bool littleEndian)
    {
        var buf = This(thisValue);
        double number = TypeConversion.ToNumber(value);
        int size = kind.ElementSize();
        int at = CheckOffset(buf, offset, size);
        DataViewConstructor.WriteValue(kind, buf.Bytes.Slice(at, size), number, littleEndian);
        return at + size;
    }
}
