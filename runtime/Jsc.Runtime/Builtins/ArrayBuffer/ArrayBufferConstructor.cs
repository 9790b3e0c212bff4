using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The ArrayBuffer constructor and prototype: https://tc39.es/ecma262/#sec-arraybuffer-constructor
/// (fixed-length buffers only: no resize, transfer or detach).
/// </summary>
public static class ArrayBufferConstructor
{
    public static void Install(Realm realm, TypedArrayIntrinsics intrinsics)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        var ctor = BuiltinTable.DefineConstructor(realm, "ArrayBuffer", 1, proto,
            (_, _) => Throw.TypeError<JsValue>("Constructor ArrayBuffer requires 'new'"), Construct);
        ctor.DefineMethods(realm, new BuiltinMethod("isView", 1, IsView));
        ctor.FastAddAccessor(JsSymbol.Species, new JsNativeFunction(realm, "get [Symbol.species]", 0, (thisValue, _) => thisValue), null, PropertyFlags.Configurable);
        proto.DefineAccessor(realm, "byteLength", ByteLength);
        proto.DefineMethods(realm, new BuiltinMethod("slice", 2, Slice));
        proto.FastAddProperty(JsSymbol.ToStringTag, "ArrayBuffer", PropertyFlags.Configurable);
        intrinsics.ArrayBufferPrototype = proto;
        intrinsics.ArrayBufferConstructor = ctor;
    }

    /// <summary>https://tc39.es/ecma262/#sec-arraybuffer-length</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        double byteLength = ToIndex(args.Arg(0), "Invalid array buffer length");
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, TypedArrayIntrinsics.Of(Realm.Current).ArrayBufferPrototype);
        return new JsArrayBuffer(proto, JsArrayBuffer.CreateByteDataBlock(byteLength));
    }

    /// <summary>https://tc39.es/ecma262/#sec-toindex, with the RangeError message the caller gives.</summary>
    public static double ToIndex(JsValue value, string rangeMessage)
    {
        if (value.IsUndefined) return 0;
        double integer = TypeConversion.ToIntegerOrInfinity(value);
        if (integer < 0 || integer > ArrayAlgorithms.MaxSafeInteger) Throw.RangeError(rangeMessage);
        return integer;
    }

    /// <summary>https://tc39.es/ecma262/#sec-arraybuffer.isview</summary>
    static JsValue IsView(JsValue thisValue, ReadOnlySpan<JsValue> args) => args.Arg(0).Ref is JsTypedArray or JsDataView;

    static JsArrayBuffer ThisBuffer(JsValue thisValue, string method) =>
        thisValue.Ref is JsArrayBuffer { IsShared: false } buffer ? buffer : Throw.TypeError<JsArrayBuffer>($"Method {method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    /// <summary>https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.bytelength</summary>
    static JsValue ByteLength(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisBuffer(thisValue, "get ArrayBuffer.prototype.byteLength").ByteLength;

    /// <summary>https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice</summary>
    static JsValue Slice(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var intrinsics = TypedArrayIntrinsics.Of(Realm.Current);
        return SliceBuffer(ThisBuffer(thisValue, "ArrayBuffer.prototype.slice"), args, intrinsics.ArrayBufferConstructor, intrinsics.ArrayBufferPrototype);
    }

    /// <summary>ArrayBuffer and SharedArrayBuffer slice: the species constructor must make a buffer of the same kind, not this one, big enough.</summary>
    public static JsValue SliceBuffer(JsArrayBuffer o, ReadOnlySpan<JsValue> args, JsFunction defaultConstructor, JsObject defaultPrototype)
    {
        string kind = o.IsShared ? "SharedArrayBuffer" : "ArrayBuffer";
        int len = o.ByteLength;
        int first = (int)ArrayAlgorithms.RelativeIndex(args.Arg(0), len);
        int final = (int)ArrayAlgorithms.RelativeEnd(args.Arg(1), len);
        int newLen = Math.Max(final - first, 0);
        var ctor = SpeciesConstructor(o, defaultConstructor);
        JsArrayBuffer result;
        if (ReferenceEquals(ctor, defaultConstructor))
            result = new JsArrayBuffer(defaultPrototype, JsArrayBuffer.CreateByteDataBlock(newLen), o.IsShared);
        else
        {
            result = ctor.Construct([JsValue.FromNumber(newLen)], ctor).Ref is JsArrayBuffer made && made.IsShared == o.IsShared ? made
                : Throw.TypeError<JsArrayBuffer>($"Method {kind}.prototype.slice called on incompatible receiver");
            if (ReferenceEquals(result, o)) Throw.TypeError($"{kind} subclass returned this from species constructor");
            if (result.ByteLength < newLen) Throw.TypeError($"Species constructor returned a too-small {kind}");
        }
        if (newLen > 0) o.Data.AsSpan(first, newLen).CopyTo(result.Data);
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-speciesconstructor</summary>
    public static JsFunction SpeciesConstructor(JsObject o, JsFunction defaultConstructor)
    {
        var c = o.Get("constructor");
        if (c.IsUndefined) return defaultConstructor;
        if (c.Ref is not JsObject co) return Throw.TypeError<JsFunction>("The .constructor property is not an object");
        var s = co.Get(JsSymbol.Species);
        if (s.IsNullOrUndefined) return defaultConstructor;
        if (s.Ref is JsFunction { IsConstructor: true } f) return f;
        return Throw.TypeError<JsFunction>("object.constructor[Symbol.species] is not a constructor");
    }
}
