using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Buffer;

/// <summary>
/// Buffer.prototype: https://nodejs.org/docs/v0.8.16/api/buffer.html (with node 20's argument
/// checks). Methods accept any Uint8Array as `this`, like node's. Partial files: Numbers
/// (read/write of integers and floats), Search (indexOf, fill).
/// </summary>
static partial class BufferPrototype
{
    public static void Install(Realm realm, JsObject proto)
    {
        var methods = new List<BuiltinMethod>();
        AddNumberMethods(methods);
        foreach (var (name, encoding) in new[]
                 {
                     ("ascii", Encoding.Ascii), ("base64", Encoding.Base64), ("base64url", Encoding.Base64Url), ("latin1", Encoding.Latin1),
                     ("hex", Encoding.Hex), ("ucs2", Encoding.Ucs2), ("utf8", Encoding.Utf8),
                 })
        {
            methods.Add(new(name + "Slice", 2, (t, args) => EncodingSlice(t, args, encoding)));
            methods.Add(new(name + "Write", 3, (t, args) => EncodingWrite(t, args, encoding)));
        }
        methods.AddRange([
            new("copy", 4, Copy),
            new("toString", 3, ToStringMethod),
            new("equals", 1, EqualsMethod),
            new("inspect", 2, InspectMethod),
            new("compare", 5, Compare),
            new("indexOf", 3, (t, args) => IndexOf(t, args, forward: true)),
            new("lastIndexOf", 3, (t, args) => IndexOf(t, args, forward: false)),
            new("includes", 3, (t, args) => (double)IndexOf(t, args, forward: true).Number != -1),
            new("fill", 4, Fill),
            new("write", 4, Write),
            new("toJSON", 0, ToJson),
            new("subarray", 2, Subarray),
            new("slice", 2, Subarray),
            new("swap16", 0, (t, _) => Swap(t, 2)),
            new("swap32", 0, (t, _) => Swap(t, 4)),
            new("swap64", 0, (t, _) => Swap(t, 8)),
        ]);
        proto.DefineMethods(realm, methods.ToArray());
        proto.FastAddProperty("toLocaleString", proto.Get("toString"), PropertyFlags.Writable | PropertyFlags.Configurable);
        proto.FastAddAccessor("parent", new JsNativeFunction(realm, "get", 0, (t, _) => t.Ref is JsTypedArray b && BufferModule.IsBuffer(t) ? b.Buffer : JsValue.Undefined), null, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        proto.FastAddAccessor("offset", new JsNativeFunction(realm, "get", 0, (t, _) => t.Ref is JsTypedArray b && BufferModule.IsBuffer(t) ? b.ByteOffset : JsValue.Undefined), null, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        if (Inspector.CustomInspectSymbol is { } custom) proto.FastAddProperty(custom, proto.Get("inspect"), PropertyFlags.Writable | PropertyFlags.Configurable);
    }

    /// <summary>The receiver as a Uint8Array (node's methods work on any).</summary>
    static JsTypedArray This(JsValue thisValue) =>
        BufferModule.AsUint8Array(thisValue) ?? throw BufferErrors.InvalidArgType("this", "an instance of Buffer or Uint8Array", thisValue);

    static Encoding ParseEncoding(JsValue encoding) =>
        BufferEncodings.Parse(TypeConversion.ToString(encoding)) ?? throw BufferErrors.UnknownEncoding(encoding);

    /// <summary>https://nodejs.org/api/buffer.html#buftostringencoding-start-end</summary>
    static JsValue ToStringMethod(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var buf = This(thisValue);
        if (args.Length == 0) return BufferEncodings.GetString(buf.Bytes, Encoding.Utf8);
        int len = buf.Length;
        var startArg = args.Arg(1);
        var endArg = args.Arg(2);
        double start;
        double startNumber = startArg.IsUndefined ? double.NaN : TypeConversion.ToNumber(startArg);
        if (startNumber <= 0) start = 0;
        else if (startNumber >= len) return "";
        else start = double.IsNaN(startNumber) ? 0 : Math.Truncate(startNumber);
        double end;
        double endNumber = endArg.IsUndefined ? double.NaN : TypeConversion.ToNumber(endArg);
        if (endArg.IsUndefined || endNumber > len) end = len;
        else end = double.IsNaN(endNumber) ? 0 : Math.Truncate(endNumber);
        if (end <= start) return "";
        var encoding = args.Arg(0).IsUndefined ? Encoding.Utf8 : ParseEncoding(args.Arg(0));
        return BufferEncodings.GetString(buf.Bytes[(int)start..(int)end], encoding);
    }

    /// <summary>latin1Slice(start, end) and friends: the bytes in [start, end) decoded.</summary>
    static JsValue EncodingSlice(JsValue thisValue, ReadOnlySpan<JsValue> args, Encoding encoding)
    {
        var buf = This(thisValue);
        int start = args.Arg(0).IsUndefined ? 0 : (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args[0]), 0, buf.Length);
        int end = args.Arg(1).IsUndefined ? buf.Length : (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args[1]), 0, buf.Length);
        if (end < start) throw BufferErrors.OutOfRange("start", $"<= {end}", args.Arg(0));
        return BufferEncodings.GetString(buf.Bytes[start..end], encoding);
    }

    /// <summary>latin1Write(string, offset, length) and friends: the bytes written.</summary>
    static JsValue EncodingWrite(JsValue thisValue, ReadOnlySpan<JsValue> args, Encoding encoding)
    {
        var buf = This(thisValue);
        if (!args.Arg(0).IsString)
            throw NodeErrors.Make(Realm.Current.TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", "argument must be a string");
        int offset = args.Arg(1).IsUndefined ? 0 : (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args[1]), 0, int.MaxValue);
        if (offset > buf.Length) throw BufferErrors.OutOfBounds("offset");
        int max = buf.Length - offset;
        int length = args.Arg(2).IsUndefined ? max : (int)Math.Clamp(TypeConversion.ToIntegerOrInfinity(args[2]), 0, max);
        return BufferEncodings.Write(args[0].String, encoding, buf.Bytes.Slice(offset, length));
    }

    /// <summary>https://nodejs.org/api/buffer.html#bufwritestring-offset-length-encoding</summary>
    static JsValue Write(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var buf = This(thisValue);
        var str = args.Arg(0);
        var offsetArg = args.Arg(1);
        var lengthArg = args.Arg(2);
        var encodingArg = args.Arg(3);
        int offset, length;
        if (offsetArg.IsUndefined)
        {
            offset = 0;
            length = buf.Length;
        }
        else if (lengthArg.IsUndefined && offsetArg.IsString)
        {
            encodingArg = offsetArg;
            length = buf.Length;
            offset = 0;
        }
        else
        {
            offset = BufferErrors.ValidateOffset(offsetArg, "offset", 0, buf.Length);
            int remaining = buf.Length - offset;
            if (lengthArg.IsUndefined) length = remaining;
            else if (lengthArg.IsString)
            {
                encodingArg = lengthArg;
                length = remaining;
            }
            else length = Math.Min(BufferErrors.ValidateOffset(lengthArg, "length", 0, buf.Length), remaining);
        }
        var encoding = !TypeConversion.ToBoolean(encodingArg) ? Encoding.Utf8 : ParseEncoding(encodingArg);
        if (!str.IsString) throw NodeErrors.Make(Realm.Current.TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", "argument must be a string");
        var text = str.String;
        var target = buf.Bytes.Slice(offset, length);
        int written = BufferEncodings.Write(text, encoding, target);
        BufferModule.SetCharsWritten(encoding switch
        {
            Encoding.Utf8 => System.Text.Encoding.UTF8.GetCharCount(target[..written]),
            Encoding.Ucs2 => written / 2,
            Encoding.Hex => written * 2,
            Encoding.Latin1 or Encoding.Ascii => written,
            _ => text.Length,
        });
        return written;
    }

    /// <summary>https://nodejs.org/api/buffer.html#buftojson</summary>
    static JsValue ToJson(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var buf = This(thisValue);
        var realm = Realm.Current;
        var items = new JsValue[buf.Length];
        for (int i = 0; i < items.Length; i++) items[i] = buf.GetElement(i);
        var result = new JsObject(realm.ObjectPrototype);
        result.FastAddProperty("type", "Buffer");
        result.FastAddProperty("data", JsValue.FromObject(new JsArray(realm.ArrayPrototype, items)));
        return result;
    }

    static JsValue EqualsMethod(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var buf = This(thisValue);
        var other = BufferModule.AsUint8Array(args.Arg(0)) ?? throw BufferErrors.NotUint8Array("otherBuffer", args.Arg(0));
        return ReferenceEquals(buf, other) || buf.Bytes.SequenceEqual(other.Bytes);
    }

    /// <summary>https://nodejs.org/api/buffer.html#bufcomparetarget-targetstart-targetend-sourcestart-sourceend</summary>
    static JsValue Compare(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var buf = This(thisValue);
        var target = BufferModule.AsUint8Array(args.Arg(0)) ?? throw BufferErrors.NotUint8Array("target", args.Arg(0));
        if (args.Length == 1) return Math.Sign(buf.Bytes.SequenceCompareTo(target.Bytes));
        int targetStart = args.Arg(1).IsUndefined ? 0 : BufferErrors.ValidateOffset(args[1], "targetStart");
        int targetEnd = args.Arg(2).IsUndefined ? target.Length : BufferErrors.ValidateOffset(args[2], "targetEnd", 0, target.Length);
        int sourceStart = args.Arg(3).IsUndefined ? 0 : BufferErrors.ValidateOffset(args[3], "sourceStart");
        int sourceEnd = args.Arg(4).IsUndefined ? buf.Length : BufferErrors.ValidateOffset(args[4], "sourceEnd", 0, buf.Length);
        if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
        if (targetStart >= targetEnd) return 1;
        if (sourceStart > buf.Length) throw BufferErrors.OutOfRange("sourceStart", $"<= {buf.Length}", args[3]);
        if (targetStart > target.Length) throw BufferErrors.OutOfRange("targetStart", $"<= {target.Length}", args[1]);
        var source = buf.Bytes[sourceStart..sourceEnd];
        var other = target.Bytes[targetStart..targetEnd];
        int n = Math.Min(source.Length, other.Length);
        int c = source[..n].SequenceCompareTo(other[..n]);
        if (c != 0) return Math.Sign(c);
        return source.Length.CompareTo(other.Length);
    }

    /// <summary>https://nodejs.org/api/buffer.html#bufcopytarget-targetstart-sourcestart-sourceend</summary>
    static JsValue Copy(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var source = This(thisValue);
        var target = BufferModule.AsUint8Array(args.Arg(0)) ?? throw BufferErrors.NotUint8Array("target", args.Arg(0));
        double targetStart = 0, sourceStart = 0, sourceEnd = source.Length;
        if (!args.Arg(1).IsUndefined)
        {
            targetStart = ToInteger(args[1]);
            if (targetStart < 0) throw BufferErrors.OutOfRange("targetStart", ">= 0", targetStart);
        }
        if (!args.Arg(2).IsUndefined)
        {
            sourceStart = ToInteger(args[2]);
            if (sourceStart < 0 || sourceStart > source.Length) throw BufferErrors.OutOfRange("sourceStart", $">= 0 && <= {source.Length}", sourceStart);
        }
        if (!args.Arg(3).IsUndefined)
        {
            sourceEnd = ToInteger(args[3]);
            if (sourceEnd < 0) throw BufferErrors.OutOfRange("sourceEnd", ">= 0", sourceEnd);
        }
        if (targetStart >= target.Length || sourceStart >= sourceEnd) return 0;
        if (sourceEnd - sourceStart > target.Length - targetStart) sourceEnd = sourceStart + target.Length - targetStart;
        int nb = (int)Math.Min(sourceEnd - sourceStart, source.Length - sourceStart);
        // Span.CopyTo is a memmove, so overlapping copies within one buffer are right.
        source.Bytes.Slice((int)sourceStart, nb).CopyTo(target.Bytes[(int)targetStart..]);
        return nb;
    }

    /// <summary>node's toInteger(n, 0) for copy's arguments.</summary>
    static double ToInteger(JsValue value)
    {
        double n = TypeConversion.ToNumber(value);
        if (double.IsNaN(n) || n < -ArrayAlgorithms.MaxSafeInteger || n > ArrayAlgorithms.MaxSafeInteger) return 0;
        return Math.Floor(n);
    }

    /// <summary>https://nodejs.org/api/buffer.html#bufsubarraystart-end — slice is the same: the result shares memory.</summary>
    static JsValue Subarray(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var buf = This(thisValue);
        int len = buf.Length;
        int start = AdjustOffset(args.Arg(0), len);
        int end = args.Arg(1).IsUndefined ? len : AdjustOffset(args[1], len);
        int newLength = end > start ? end - start : 0;
        return BufferModule.Create(buf.Buffer, buf.ByteOffset + start, newLength);
    }

    static int AdjustOffset(JsValue value, int length)
    {
        double offset = Math.Truncate(TypeConversion.ToNumber(value));
        if (offset == 0 || double.IsNaN(offset)) return 0;
        if (offset < 0) return (int)Math.Max(offset + length, 0);
        return (int)Math.Min(offset, length);
    }

    static JsValue Swap(JsValue thisValue, int size)
    {
        var buf = This(thisValue);
        if (buf.Length % size != 0)
            throw NodeErrors.Make(Realm.Current.RangeErrorPrototype, "ERR_INVALID_BUFFER_SIZE", $"Buffer size must be a multiple of {size * 8}-bits");
        var bytes = buf.Bytes;
        for (int i = 0; i < bytes.Length; i += size) bytes.Slice(i, size).Reverse();
        return buf;
    }

    /// <summary>buf.inspect() and util.inspect.custom: `&lt;Buffer 68 69&gt;`, with own extra properties when called by inspect.</summary>
    static JsValue InspectMethod(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var buf = This(thisValue);
        double max = BufferModule.InspectMaxBytes;
        int actualMax = (int)Math.Min(max, buf.Length);
        var str = new StringBuilder();
        for (int i = 0; i < actualMax; i++)
        {
            if (i > 0) str.Append(' ');
            str.Append(buf.Bytes[i].ToString("x2"));
        }
        double remaining = buf.Length - max;
        if (remaining > 0) str.Append($" ... {TypeConversion.NumberToString(remaining)} more byte{(remaining > 1 ? "s" : "")}");
        if (args.Arg(1).AsObject is { } ctx)
        {
            bool showHidden = TypeConversion.ToBoolean(ctx.Get("showHidden"));
            var extras = new JsObject((JsObject?)null);
            bool any = false;
            foreach (var key in buf.OwnPropertyKeys())
            {
                if (key.TryGetArrayIndex(out _) || key.IsSymbol && !showHidden) continue;
                if (!showHidden && buf.GetOwnProperty(key) is not { Enumerable: true }) continue;
                extras.FastAddProperty(key, buf.Get(key));
                any = true;
            }
            if (any)
            {
                if (buf.Length != 0) str.Append(", ");
                var options = InspectOptions.FromObject(JsValue.FromObject(ctx));
                options.BreakLength = double.PositiveInfinity;
                options.Compact = InspectOptions.CompactTrue;
                var text = Inspector.Inspect(JsValue.FromObject(extras), options);
                // Drop "[Object: null prototype] {" and " }".
                str.Append(text[27..^2]);
            }
        }
        var name = buf.Get("constructor").AsObject?.Get("name") ?? JsValue.Undefined;
        return $"<{TypeConversion.ToString(name)} {str}>";
    }
}
