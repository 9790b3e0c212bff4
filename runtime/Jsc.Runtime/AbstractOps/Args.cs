using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

// Emitted calls pass arguments in a stack buffer (a local of one of these types) instead of
// a heap array: `ldloca buf; <arg0>; <arg1>; call Args.Of2` gives the span for the call.

[InlineArray(1)] public struct ArgBuffer1 { JsValue _e; }
[InlineArray(2)] public struct ArgBuffer2 { JsValue _e; }
[InlineArray(3)] public struct ArgBuffer3 { JsValue _e; }
[InlineArray(4)] public struct ArgBuffer4 { JsValue _e; }
[InlineArray(5)] public struct ArgBuffer5 { JsValue _e; }
[InlineArray(6)] public struct ArgBuffer6 { JsValue _e; }

public static class Args
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Get(ReadOnlySpan<JsValue> args, int index) => (uint)index < (uint)args.Length ? args[index] : default;

    /// <summary>Arguments from index on, as an array (rest parameters).</summary>
    public static JsValue[] From(ReadOnlySpan<JsValue> args, int index) => index < args.Length ? args[index..].ToArray() : [];

    public static ReadOnlySpan<JsValue> Of1(ref ArgBuffer1 b, JsValue a0)
    {
        b[0] = a0;
        return MemoryMarshal.CreateReadOnlySpan(ref b[0], 1);
    }

    public static ReadOnlySpan<JsValue> Of2(ref ArgBuffer2 b, JsValue a0, JsValue a1)
    {
        b[0] = a0; b[1] = a1;
        return MemoryMarshal.CreateReadOnlySpan(ref b[0], 2);
    }

    public static ReadOnlySpan<JsValue> Of3(ref ArgBuffer3 b, JsValue a0, JsValue a1, JsValue a2)
    {
        b[0] = a0; b[1] = a1; b[2] = a2;
        return MemoryMarshal.CreateReadOnlySpan(ref b[0], 3);
    }

    public static ReadOnlySpan<JsValue> Of4(ref ArgBuffer4 b, JsValue a0, JsValue a1, JsValue a2, JsValue a3)
    {
        b[0] = a0; b[1] = a1; b[2] = a2; b[3] = a3;
        return MemoryMarshal.CreateReadOnlySpan(ref b[0], 4);
    }

    public static ReadOnlySpan<JsValue> Of5(ref ArgBuffer5 b, JsValue a0, JsValue a1, JsValue a2, JsValue a3, JsValue a4)
    {
        b[0] = a0; b[1] = a1; b[2] = a2; b[3] = a3; b[4] = a4;
        return MemoryMarshal.CreateReadOnlySpan(ref b[0], 5);
    }

    public static ReadOnlySpan<JsValue> Of6(ref ArgBuffer6 b, JsValue a0, JsValue a1, JsValue a2, JsValue a3, JsValue a4, JsValue a5)
    {
        b[0] = a0; b[1] = a1; b[2] = a2; b[3] = a3; b[4] = a4; b[5] = a5;
        return MemoryMarshal.CreateReadOnlySpan(ref b[0], 6);
    }

    public static ReadOnlySpan<JsValue> OfArray(JsValue[] items) => items;

    public static ReadOnlySpan<JsValue> None() => ReadOnlySpan<JsValue>.Empty;
}
