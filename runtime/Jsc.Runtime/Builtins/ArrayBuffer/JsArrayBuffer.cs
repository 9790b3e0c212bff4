using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// An ArrayBuffer instance: https://tc39.es/ecma262/#sec-arraybuffer-objects
/// [[ArrayBufferData]] is a .NET byte array of exactly [[ArrayBufferByteLength]] bytes;
/// typed arrays, DataViews and node's Buffers read and write it in place.
/// </summary>
public sealed class JsArrayBuffer : JsObject
{
    /// <summary>The bytes; its length is the buffer's byteLength.</summary>
    public readonly byte[] Data;

    public JsArrayBuffer(JsObject prototype, byte[] data, bool shared = false) : base(prototype)
    {
        Data = data;
        IsShared = shared;
    }

    /// <summary>A SharedArrayBuffer (https://tc39.es/ecma262/#sec-sharedarraybuffer-objects): the same bytes for every view.</summary>
    public readonly bool IsShared;

    public int ByteLength => Data.Length;

    public override string ClassName => IsShared ? "SharedArrayBuffer" : "ArrayBuffer";

    /// <summary>https://tc39.es/ecma262/#sec-createbytedatablock — V8's RangeError when the length cannot be allocated.</summary>
    public static byte[] CreateByteDataBlock(double size)
    {
        if (size > Array.MaxLength) Throw.RangeError("Array buffer allocation failed");
        try
        {
            return size == 0 ? [] : new byte[(int)size];
        }
        catch (OutOfMemoryException)
        {
            Throw.RangeError("Array buffer allocation failed");
            return [];
        }
    }

    /// <summary>A new ArrayBuffer of this realm holding <paramref name="data"/>.</summary>
    public static JsArrayBuffer Create(byte[] data) => new(TypedArrayIntrinsics.Of(Realm.Current).ArrayBufferPrototype, data);
}
