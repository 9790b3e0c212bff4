using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// SharedArrayBuffer (https://tc39.es/ecma262/#sec-sharedarraybuffer-constructor): fixed-length shared
/// buffers. jsc runs JavaScript on one thread (no worker_threads), so sharing is between views;
/// the growable form (`maxByteLength`) is not supported and says so.
/// </summary>
public static class SharedArrayBufferConstructor
{
    public static void Install(Realm realm, TypedArrayIntrinsics intrinsics)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        var ctor = BuiltinTable.DefineConstructor(realm, "SharedArrayBuffer", 1, proto,
            (_, _) => Throw.TypeError<JsValue>("Constructor SharedArrayBuffer requires 'new'"), Construct);
        ctor.FastAddAccessor(JsSymbol.Species, new JsNativeFunction(realm, "get [Symbol.species]", 0, (thisValue, _) => thisValue), null, PropertyFlags.Configurable);
        proto.DefineAccessor(realm, "byteLength", (thisValue, _) => ThisBuffer(thisValue, "get SharedArrayBuffer.prototype.byteLength").ByteLength);
        proto.DefineMethods(realm, new BuiltinMethod("slice", 2, Slice));
        proto.DefineAccessor(realm, "maxByteLength", (thisValue, _) => ThisBuffer(thisValue, "get SharedArrayBuffer.prototype.maxByteLength").ByteLength);
        proto.DefineAccessor(realm, "growable", (thisValue, _) =>
        {
            ThisBuffer(thisValue, "get SharedArrayBuffer.prototype.growable");
            return JsValue.False;
        });
        proto.FastAddProperty(JsSymbol.ToStringTag, "SharedArrayBuffer", PropertyFlags.Configurable);
        intrinsics.SharedArrayBufferPrototype = proto;
        intrinsics.SharedArrayBufferConstructor = ctor;
        realm.DefineGlobal("SharedArrayBuffer", ctor);
    }

    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        double byteLength = ArrayBufferConstructor.ToIndex(args.Arg(0), "Invalid array buffer length");
        if (args.Arg(1).AsObject is { } options && !options.Get("maxByteLength").IsUndefined)
            Throw.TypeError("SharedArrayBuffer: the maxByteLength option (growable shared buffers) is not supported by jsc");
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, TypedArrayIntrinsics.Of(Realm.Current).SharedArrayBufferPrototype);
        return new JsArrayBuffer(proto, JsArrayBuffer.CreateByteDataBlock(byteLength), shared: true);
    }

    static JsArrayBuffer ThisBuffer(JsValue thisValue, string method) =>
        thisValue.Ref is JsArrayBuffer { IsShared: true } buffer ? buffer : Throw.TypeError<JsArrayBuffer>($"Method {method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    /// <summary>https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.slice</summary>
    static JsValue Slice(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var intrinsics = TypedArrayIntrinsics.Of(Realm.Current);
        return ArrayBufferConstructor.SliceBuffer(ThisBuffer(thisValue, "SharedArrayBuffer.prototype.slice"), args,
            intrinsics.SharedArrayBufferConstructor, intrinsics.SharedArrayBufferPrototype);
    }
}
