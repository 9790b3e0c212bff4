using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Buffer;

/// <summary>indexOf, lastIndexOf and includes (node's bidirectionalIndexOf), and fill.</summary>
static partial class BufferPrototype
{
    /// <summary>https://nodejs.org/api/buffer.html#bufindexofvalue-byteoffset-encoding</summary>
    static JsValue IndexOf(JsValue thisValue, ReadOnlySpan<JsValue> args, bool forward)
    {
        var buf = This(thisValue);
        var value = args.Arg(0);
        var byteOffsetArg = args.Arg(1);
        var encodingArg = args.Arg(2);
        double byteOffset;
        if (byteOffsetArg.IsString)
        {
            encodingArg = byteOffsetArg;
            byteOffset = double.NaN;
        }
        else byteOffset = Math.Clamp(TypeConversion.ToNumber(byteOffsetArg), -2147483648.0, 2147483647.0);
        if (double.IsNaN(byteOffset)) byteOffset = forward ? 0 : buf.Length;
        long offset = (long)byteOffset;
        var haystack = buf.Bytes;
        if (value.IsNumber)
        {
            byte b = (byte)TypeConversion.ToUint32(value.Number);
            long start = IndexOfOffset(haystack.Length, offset, 1, forward);
            if (start <= -1 || haystack.Length == 0) return -1;
            return forward ? Offset(haystack[(int)start..].IndexOf(b), start) : haystack[..((int)start + 1)].LastIndexOf(b);
        }
        var encoding = Encoding.Utf8;
        if (!encodingArg.IsUndefined)
        {
            var parsed = BufferEncodings.Parse(TypeConversion.ToString(encodingArg));
            if (parsed == null && value.IsString) throw BufferErrors.UnknownEncoding(encodingArg);
            encoding = parsed ?? Encoding.Utf8;
        }
        byte[] needle;
        if (value.IsString) needle = BufferEncodings.GetBytes(value.String, encoding);
        else if (BufferModule.AsUint8Array(value) is { } other) needle = other.Bytes.ToArray();
        else throw BufferErrors.InvalidArgType("value", "one of type number or string or an instance of Buffer or Uint8Array", value);
        long at = IndexOfOffset(haystack.Length, offset, needle.Length, forward);
        if (needle.Length == 0) return at;
        if (haystack.Length == 0 || at <= -1) return -1;
        if (forward && needle.Length + at > haystack.Length || needle.Length > haystack.Length) return -1;
        int step = encoding == Encoding.Ucs2 ? 2 : 1;
        // node searches UTF-16 in whole code units: the start rounds down to an even byte.
        if (step == 2) at &= ~1L;
        if (forward)
        {
            for (long i = at; i + needle.Length <= haystack.Length; i++)
                if (i % step == 0 && haystack.Slice((int)i, needle.Length).SequenceEqual(needle)) return i;
            return -1;
        }
        for (long i = Math.Min(at, haystack.Length - needle.Length); i >= 0; i--)
            if (i % step == 0 && haystack.Slice((int)i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }

    static double Offset(int found, long start) => found < 0 ? -1 : found + start;

    /// <summary>node's IndexOfOffset (src/node_buffer.cc): where a search starts, or -1 for no match.</summary>
    static long IndexOfOffset(long length, long offset, long needleLength, bool forward)
    {
        if (offset < 0)
        {
            if (offset + length >= 0) return length + offset;
            if (forward || needleLength == 0) return 0;
            return -1;
        }
        if (offset + needleLength <= length) return offset;
        if (needleLength == 0) return length;
        if (forward) return -1;
        return length - 1;
    }

    /// <summary>https://nodejs.org/api/buffer.html#buffillvalue-offset-end-encoding</summary>
    static JsValue Fill(JsValue thisValue, ReadOnlySpan<JsValue> args) => FillCore(This(thisValue), args.Arg(0), args.Arg(1), args.Arg(2), args.Arg(3));

    internal static JsTypedArray FillCore(JsTypedArray buf, JsValue value, JsValue offsetArg, JsValue endArg, JsValue encodingArg)
    {
        var encoding = Encoding.Utf8;
        if (value.IsString)
        {
            if (offsetArg.IsUndefined || offsetArg.IsString)
            {
                encodingArg = offsetArg;
                offsetArg = JsValue.Undefined;
                endArg = JsValue.Undefined;
            }
            else if (endArg.IsString)
            {
                encodingArg = endArg;
                endArg = JsValue.Undefined;
            }
            if (!encodingArg.IsNullOrUndefined)
            {
                if (!encodingArg.IsString) throw BufferErrors.InvalidArgType("encoding", "of type string", encodingArg);
                encoding = BufferEncodings.Parse(encodingArg.String) ?? throw BufferErrors.UnknownEncoding(encodingArg);
            }
        }
        int offset = 0, end = buf.Length;
        if (!offsetArg.IsUndefined)
        {
            offset = BufferErrors.ValidateOffset(offsetArg, "offset");
            if (!endArg.IsUndefined) end = BufferErrors.ValidateOffset(endArg, "end", 0, buf.Length);
            if (offset >= end) return buf;
        }
        if (offset > buf.Length) throw BufferErrors.OutOfBounds();
        var target = buf.Bytes[offset..end];
        byte[] pattern;
        if (value.IsString)
        {
            pattern = BufferEncodings.GetBytes(value.String, encoding);
            if (value.String.Length == 0) pattern = [0];
        }
        else if (value.Ref is JsTypedArray view) pattern = view.Bytes.ToArray();
        else if (value.Ref is JsDataView dataView) pattern = dataView.Buffer.Data.AsSpan(dataView.ByteOffset, dataView.ByteLength).ToArray();
        else
        {
            target.Fill((byte)TypeConversion.ToUint32(value));
            return buf;
        }
        if (pattern.Length == 0)
            throw NodeErrors.Make(Realm.Current.TypeErrorPrototype, "ERR_INVALID_ARG_VALUE",
                $"The argument 'value' is invalid. Received {Inspector.Inspect(value)}");
        for (int i = 0; i < target.Length; i += pattern.Length)
            pattern.AsSpan(0, Math.Min(pattern.Length, target.Length - i)).CopyTo(target[i..]);
        return buf;
    }
}
