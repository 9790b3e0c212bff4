using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Jsc.Stdlib.Buffer;

namespace Jsc.Stdlib.Zlib;

/// <summary>
/// `internal/zlib`: the system side of the zlib module (https://nodejs.org/docs/v0.8.16/api/zlib.html),
/// which lib/zlib.js wraps as node's lib/zlib.js wraps its C++ handle. The JavaScript side
/// checks options and drives the streams; a handle here only runs zlib:
/// `open(mode, level, windowBits, memLevel, strategy, chunkSize, dictionary)` returns
/// {write(flush, bytes) → array of Buffers, params, reset, close}; a zlib failure is thrown as
/// node's Error with errno and code ('Z_DATA_ERROR', ...).
/// </summary>
public static class ZlibBinding
{
    public static void Install(Realm realm) =>
        ModuleLoader.CoreModules.TryAdd("internal/zlib", r => JsValue.FromObject(Create(r)));

    static JsObject Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        binding.DefineMethods(realm,
            new BuiltinMethod("open", 7, (_, a) => Open(realm, a)),
            new BuiltinMethod("crc32", 2, (_, a) => Crc32(a.Arg(0), a.Arg(1))),
            new BuiltinMethod("describe", 1, (_, a) => NodeErrors.DescribeReceived(a.Arg(0))));
        binding.FastAddProperty("ZLIB_VERSION", ZlibVersion());
        return binding;
    }

    static unsafe string ZlibVersion() => new(ZlibNative.Version());

    static JsValue Open(Realm realm, ReadOnlySpan<JsValue> args)
    {
        var mode = (ZlibMode)(int)TypeConversion.ToNumber(args.Arg(0));
        var ints = new int[6];
        for (int i = 1; i < 6; i++) ints[i] = (int)TypeConversion.ToNumber(args.Arg(i));
        byte[]? dictionary = BufferModule.AsUint8Array(args.Arg(6)) is { } d ? d.Bytes.ToArray() : null;
        ZlibEngine engine;
        try { engine = new ZlibEngine(mode, ints[1], ints[2], ints[3], ints[4], ints[5], dictionary); }
        catch (ZlibError e) { throw ToJs(realm, e); }
        var handle = new JsObject(realm.ObjectPrototype);
        handle.DefineMethods(realm,
            new BuiltinMethod("write", 2, (_, a) => Write(realm, engine, a.Arg(0), a.Arg(1))),
            new BuiltinMethod("params", 2, (_, a) => Params(realm, engine, a.Arg(0), a.Arg(1))),
            new BuiltinMethod("reset", 0, (_, _) => Guard(realm, engine.Reset)),
            new BuiltinMethod("close", 0, (_, _) => Guard(realm, engine.Dispose)));
        return JsValue.FromObject(handle);
    }

    static JsValue Write(Realm realm, ZlibEngine engine, JsValue flush, JsValue data)
    {
        var input = BufferModule.AsUint8Array(data);
        var chunks = new List<JsValue>();
        JsArrayBuffer? current = null;
        byte[]? currentBytes = null;
        try
        {
            engine.Write((int)TypeConversion.ToNumber(flush), input == null ? default : input.Bytes, (bytes, offset, count) =>
            {
                if (!ReferenceEquals(bytes, currentBytes))
                {
                    currentBytes = bytes;
                    current = JsArrayBuffer.Create(bytes);
                }
                chunks.Add(JsValue.FromObject(BufferModule.Create(current!, offset, count)));
            });
        }
        catch (ZlibError e) { throw ToJs(realm, e); }
        return JsValue.FromObject(CoreBuiltins.CreateArrayFromList(chunks));
    }

    static JsValue Params(Realm realm, ZlibEngine engine, JsValue level, JsValue strategy)
    {
        int l = (int)TypeConversion.ToNumber(level), st = (int)TypeConversion.ToNumber(strategy);
        return Guard(realm, () => engine.Params(l, st));
    }

    static JsValue Guard(Realm realm, Action action)
    {
        try { action(); }
        catch (ZlibError e) { throw ToJs(realm, e); }
        return JsValue.Undefined;
    }

    static JsException ToJs(Realm realm, ZlibError e)
    {
        var error = new JsError(realm.ErrorPrototype, e.Message);
        error.FastAddProperty("errno", e.Errno);
        error.FastAddProperty("code", ZlibNative.CodeName(e.Errno));
        return new JsException(JsValue.FromObject(error));
    }

    /// <summary>zlib.crc32(data[, value]): the CRC-32 zlib computes, continuing from value.</summary>
    static unsafe JsValue Crc32(JsValue data, JsValue start)
    {
        ReadOnlySpan<byte> bytes = BufferModule.AsUint8Array(data) is { } view ? view.Bytes : System.Text.Encoding.UTF8.GetBytes(TypeConversion.ToString(data));
        nuint crc = start.IsUndefined ? 0 : (nuint)(uint)TypeConversion.ToNumber(start);
        fixed (byte* p = bytes) crc = ZlibNative.Crc32(crc, p, (uint)bytes.Length);
        return (double)(uint)crc;
    }
}
