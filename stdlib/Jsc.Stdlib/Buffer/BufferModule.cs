using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Buffer;

/// <summary>
/// Node's Buffer: https://nodejs.org/docs/v0.8.16/api/buffer.html, as modern node builds it:
/// a Buffer is a Uint8Array whose prototype is Buffer.prototype (itself inheriting from
/// Uint8Array.prototype), so slices share memory and typed-array code accepts buffers.
/// Installs the `Buffer` global (one of v0.8's own, so enumerable) and the `buffer` module.
/// </summary>
public static partial class BufferModule
{
    public const double KMaxLength = 4294967296;
    const double KStringMaxLength = 536870888;

    /// <summary>The buffer module's state in one realm.</summary>
    sealed class State
    {
        public JsObject Prototype = null!;
        public JsFunction Constructor = null!;
        public JsObject Exports = null!;
        public double InspectMaxBytes = 50;
        public bool DeprecationWarned;
    }

    static readonly ConditionalWeakTable<Realm, State> States = new();

    static State StateOf(Realm realm) => States.TryGetValue(realm, out var state) ? state : throw new InvalidOperationException("Buffer is not installed in this realm");

    public static void Install(Realm realm)
    {
        var state = States.GetValue(realm, Create);
        realm.DefineGlobal("Buffer", JsValue.FromObject(state.Constructor), enumerable: true);
        ModuleLoader.CoreModules["buffer"] = r => JsValue.FromObject(StateOf(r).Exports);
    }

    static State Create(Realm realm)
    {
        var intrinsics = TypedArrayIntrinsics.Of(realm);
        var uint8 = intrinsics.Constructors[(int)TypedArrayKind.Uint8];
        var state = new State { Prototype = new JsObject(intrinsics.Prototypes[(int)TypedArrayKind.Uint8]) };
        var ctor = new JsNativeFunction(realm, "Buffer", 3, (_, args) => Construct(args), (args, _) => Construct(args));
        ctor.SetPrototypeOf(uint8);
        ctor.FastAddProperty("prototype", JsValue.FromObject(state.Prototype), PropertyFlags.Writable);
        state.Prototype.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Writable | PropertyFlags.Configurable);
        state.Constructor = ctor;
        ctor.FastAddProperty("poolSize", 8192);
        // v0.8's buf.write() reports how many characters it wrote here (the manual, buf.write).
        ctor.FastAddProperty("_charsWritten", 0);
        ctor.DefineMethods(realm,
            new("from", 3, (_, args) => From(args.Arg(0), args.Arg(1), args.Arg(2))),
            new("of", 0, Of),
            new("alloc", 3, Alloc),
            new("allocUnsafe", 1, (_, args) => AllocUnsafe(args)),
            new("allocUnsafeSlow", 1, (_, args) => AllocUnsafe(args)),
            new("isBuffer", 1, (_, args) => IsBuffer(args.Arg(0))),
            new("compare", 2, CompareStatic),
            new("isEncoding", 1, IsEncoding),
            new("concat", 2, Concat),
            new("byteLength", 2, ByteLength));
        BufferPrototype.Install(realm, state.Prototype);
        state.Exports = MakeExports(realm, state);
        return state;
    }

    static JsObject MakeExports(Realm realm, State state)
    {
        var exports = new JsObject(realm.ObjectPrototype);
        exports.FastAddProperty("Buffer", JsValue.FromObject(state.Constructor));
        var slow = new JsNativeFunction(realm, "SlowBuffer", 1, (_, args) => AllocUnsafe(args), (args, _) => AllocUnsafe(args));
        slow.FastAddProperty("prototype", JsValue.FromObject(new JsObject(TypedArrayIntrinsics.Of(realm).Prototypes[(int)TypedArrayKind.Uint8])), PropertyFlags.Writable);
        exports.FastAddProperty("SlowBuffer", JsValue.FromObject(slow));
        exports.FastAddProperty("kMaxLength", KMaxLength);
        exports.FastAddProperty("kStringMaxLength", KStringMaxLength);
        var constants = new JsObject(realm.ObjectPrototype);
        constants.FastAddProperty("MAX_LENGTH", KMaxLength, PropertyFlags.Enumerable);
        constants.FastAddProperty("MAX_STRING_LENGTH", KStringMaxLength, PropertyFlags.Enumerable);
        exports.FastAddProperty("constants", JsValue.FromObject(constants));
        // INSPECT_MAX_BYTES is an accessor in node: setting it changes what inspect shows.
        exports.FastAddAccessor("INSPECT_MAX_BYTES",
            new JsNativeFunction(realm, "get", 0, (_, _) => state.InspectMaxBytes),
            new JsNativeFunction(realm, "set", 1, (_, args) =>
            {
                state.InspectMaxBytes = BufferErrors.ValidateNumber(args.Arg(0), "INSPECT_MAX_BYTES", 0);
                return JsValue.Undefined;
            }),
            PropertyFlags.Enumerable | PropertyFlags.Configurable);
        return exports;
    }

    /// <summary>Records Buffer._charsWritten after a write, as v0.8 did.</summary>
    internal static void SetCharsWritten(int count) =>
        StateOf(Realm.Current).Constructor.Set("_charsWritten", JsValue.FromNumber(count), true);

    internal static double InspectMaxBytes => StateOf(Realm.Current).InspectMaxBytes;

    // --- Making buffers ---

    /// <summary>A Buffer over part of an ArrayBuffer (sharing its memory).</summary>
    public static JsTypedArray Create(JsArrayBuffer buffer, int byteOffset, int length) =>
        new(StateOf(Realm.Current).Prototype, TypedArrayKind.Uint8, buffer, byteOffset, length);

    /// <summary>A Buffer holding exactly these bytes (no copy).</summary>
    public static JsTypedArray Create(byte[] bytes) => Create(JsArrayBuffer.Create(bytes), 0, bytes.Length);

    static JsTypedArray Allocate(double size) => Create(JsArrayBuffer.CreateByteDataBlock(Math.Truncate(size)));

    public static bool IsBuffer(JsValue value) =>
        value.Ref is JsObject o && JsFunction.GetPrototypeFromConstructor(StateOf(Realm.Current).Constructor, o) is { } proto && IsInstance(o, proto);

    static bool IsInstance(JsObject o, JsObject proto)
    {
        for (var p = o.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
            if (ReferenceEquals(p, proto)) return true;
        return false;
    }

    /// <summary>isUint8Array: a Uint8Array (Buffers included).</summary>
    internal static JsTypedArray? AsUint8Array(JsValue value) => value.Ref is JsTypedArray { Kind: TypedArrayKind.Uint8 } t ? t : null;

    /// <summary>new Buffer(size | array | string[, encoding]): deprecated (DEP0005), warned once.</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args)
    {
        WarnDeprecated();
        var arg = args.Arg(0);
        if (arg.IsNumber)
        {
            if (args.Arg(1).IsString) throw BufferErrors.InvalidArgType("string", "of type string", arg);
            BufferErrors.ValidateNumber(arg, "size", 0, KMaxLength);
            return Allocate(arg.Number);
        }
        return From(arg, args.Arg(1), args.Arg(2));
    }

    static void WarnDeprecated()
    {
        var realm = Realm.Current;
        var state = StateOf(realm);
        if (state.DeprecationWarned) return;
        state.DeprecationWarned = true;
        if (realm.GlobalObject.Get("process").AsObject is { } process && process.Get("emitWarning").AsObject is JsFunction emit)
            emit.Call(JsValue.FromObject(process), [
                "Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
                "DeprecationWarning", "DEP0005"]);
    }

    /// <summary>https://nodejs.org/api/buffer.html#static-method-bufferfromarray (and the string, arrayBuffer and object forms).</summary>
    static JsValue From(JsValue value, JsValue encodingOrOffset, JsValue length)
    {
        if (value.IsString) return FromString(value.String, encodingOrOffset);
        if (value.Ref is JsObject o)
        {
            if (o is JsArrayBuffer buffer) return FromArrayBuffer(buffer, encodingOrOffset, length);
            if (o.Get("valueOf").AsObject is JsFunction valueOfFn)
            {
                var valueOf = valueOfFn.Call(value, ReadOnlySpan<JsValue>.Empty);
                if (!valueOf.IsNullOrUndefined && !ReferenceEquals(valueOf.Ref, o) && (valueOf.IsString || valueOf.IsObject))
                    return From(valueOf, encodingOrOffset, length);
            }
            if (FromObject(o) is { } b) return b;
            if (o.Get(JsSymbol.ToPrimitive).AsObject is JsFunction toPrimitive)
            {
                var primitive = toPrimitive.Call(value, ["string"]);
                if (primitive.IsString) return FromString(primitive.String, encodingOrOffset);
            }
        }
        throw NodeErrors.Make(Realm.Current.TypeErrorPrototype, "ERR_INVALID_ARG_TYPE",
            "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received " +
            NodeErrors.DescribeReceived(value));
    }

    static JsTypedArray FromString(string s, JsValue encoding)
    {
        var enc = Encoding.Utf8;
        if (encoding.IsString && encoding.String.Length > 0)
            enc = BufferEncodings.Parse(encoding.String) ?? throw BufferErrors.UnknownEncoding(encoding);
        return Create(BufferEncodings.GetBytes(s, enc));
    }

    static JsTypedArray FromArrayBuffer(JsArrayBuffer buffer, JsValue byteOffsetArg, JsValue lengthArg)
    {
        double byteOffset = byteOffsetArg.IsUndefined ? 0 : TypeConversion.ToNumber(byteOffsetArg);
        if (double.IsNaN(byteOffset)) byteOffset = 0;
        double maxLength = buffer.ByteLength - byteOffset;
        if (maxLength < 0) throw BufferErrors.OutOfBounds("offset");
        double length;
        if (lengthArg.IsUndefined) length = maxLength;
        else
        {
            length = TypeConversion.ToNumber(lengthArg);
            if (length > 0)
            {
                if (length > maxLength) throw BufferErrors.OutOfBounds("length");
            }
            else length = 0;
        }
        return Create(buffer, (int)byteOffset, (int)length);
    }

    /// <summary>node's fromObject: array-likes (typed arrays too), and `{ type: 'Buffer', data: [...] }` from toJSON.</summary>
    static JsTypedArray? FromObject(JsObject o)
    {
        var length = o.Get("length");
        if (!length.IsUndefined || o.Get("buffer").Ref is JsArrayBuffer)
        {
            if (!length.IsNumber) return Create([]);
            return FromArrayLike(o);
        }
        if (o.Get("type") is { IsString: true } type && type.String == "Buffer" && o.Get("data").Ref is JsArray data) return FromArrayLike(data);
        return null;
    }

    static JsTypedArray FromArrayLike(JsObject o)
    {
        double len = ArrayAlgorithms.LengthOfArrayLike(o);
        if (len <= 0) return Create([]);
        var result = Allocate(len);
        if (o is JsTypedArray typed)
        {
            TypedArrayConstructor.CopyElements(typed, 0, result, 0, typed.Length);
            return result;
        }
        for (int i = 0; i < result.Length; i++) result.SetIndex(i, ArrayAlgorithms.GetElement(o, i));
        return result;
    }

    static JsValue Of(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var result = Allocate(args.Length);
        for (int i = 0; i < args.Length; i++) result.SetIndex(i, args[i]);
        return result;
    }

    /// <summary>https://nodejs.org/api/buffer.html#static-method-bufferallocsize-fill-encoding</summary>
    static JsValue Alloc(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double size = BufferErrors.ValidateNumber(args.Arg(0), "size", 0, KMaxLength);
        var buf = Allocate(size);
        var fill = args.Arg(1);
        if (!fill.IsUndefined && !(fill.IsNumber && fill.Number == 0) && buf.Length > 0)
            BufferPrototype.FillCore(buf, fill, 0, buf.Length, args.Arg(2));
        return buf;
    }

    static JsValue AllocUnsafe(ReadOnlySpan<JsValue> args) => Allocate(BufferErrors.ValidateNumber(args.Arg(0), "size", 0, KMaxLength));

    static JsValue IsEncoding(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.Arg(0) is { IsString: true } e && e.String.Length > 0 && BufferEncodings.Parse(e.String) != null;

    /// <summary>https://nodejs.org/api/buffer.html#static-method-bufferconcatlist-totallength</summary>
    static JsValue Concat(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Arg(0).Ref is not JsArray list) throw BufferErrors.InvalidArgType("list", "an instance of Array", args.Arg(0));
        if (list.Length == 0) return Create([]);
        double length;
        if (args.Arg(1).IsUndefined)
        {
            length = 0;
            for (uint i = 0; i < list.Length; i++)
            {
                var item = list.GetIndex(i);
                var itemLength = item.Ref is JsTypedArray t ? t.Length : item.Ref is JsObject io ? io.Get("length") : JsValue.Undefined;
                if (TypeConversion.ToBoolean(itemLength)) length += TypeConversion.ToNumber(itemLength);
            }
        }
        else length = BufferErrors.ValidateOffset(args.Arg(1), "length");
        var buffer = Allocate(length);
        int pos = 0;
        for (uint i = 0; i < list.Length; i++)
        {
            var item = list.GetIndex(i);
            var source = AsUint8Array(item) ?? throw BufferErrors.NotUint8Array($"list[{i}]", item);
            int n = Math.Min(source.Length, buffer.Length - pos);
            source.Bytes[..n].CopyTo(buffer.Bytes[pos..]);
            pos += n;
        }
        return buffer;
    }

    static JsValue CompareStatic(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var a = AsUint8Array(args.Arg(0)) ?? throw BufferErrors.NotUint8Array("buf1", args.Arg(0));
        var b = AsUint8Array(args.Arg(1)) ?? throw BufferErrors.NotUint8Array("buf2", args.Arg(1));
        return Math.Sign(a.Bytes.SequenceCompareTo(b.Bytes));
    }

    /// <summary>https://nodejs.org/api/buffer.html#static-method-bufferbytelengthstring-encoding</summary>
    static JsValue ByteLength(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = args.Arg(0);
        if (!s.IsString)
        {
            if (s.Ref is JsTypedArray t) return t.ByteLength;
            if (s.Ref is JsDataView v) return v.ByteLength;
            if (s.Ref is JsArrayBuffer ab) return ab.ByteLength;
            throw BufferErrors.InvalidArgType("string", "of type string or an instance of Buffer or ArrayBuffer", s);
        }
        var str = s.String;
        if (str.Length == 0) return 0;
        var enc = args.Arg(1);
        var encoding = TypeConversion.ToBoolean(enc) ? BufferEncodings.Parse(TypeConversion.ToString(enc)) ?? Encoding.Utf8 : Encoding.Utf8;
        return BufferEncodings.ByteLength(str, encoding);
    }
}
