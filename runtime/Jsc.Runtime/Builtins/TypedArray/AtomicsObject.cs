using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The Atomics object (https://tc39.es/ecma262/#sec-atomics-object). jsc runs JavaScript on one thread,
/// so each operation is a plain read-modify-write of the element; wait can only time out or see a
/// different value, and notify finds no waiters.
/// </summary>
public static class AtomicsObject
{
    public static void Install(Realm realm)
    {
        var atomics = new JsObject(realm.ObjectPrototype);
        atomics.DefineMethods(realm,
            new("load", 2, Load),
            new("store", 3, Store),
            new("add", 3, (_, args) => Update(args, (old, v) => old + v)),
            new("sub", 3, (_, args) => Update(args, (old, v) => old - v)),
            new("and", 3, (_, args) => Update(args, (old, v) => TypeConversion.ToInt32(old) & TypeConversion.ToInt32(v))),
            new("or", 3, (_, args) => Update(args, (old, v) => TypeConversion.ToInt32(old) | TypeConversion.ToInt32(v))),
            new("xor", 3, (_, args) => Update(args, (old, v) => TypeConversion.ToInt32(old) ^ TypeConversion.ToInt32(v))),
            new("exchange", 3, (_, args) => Update(args, (_, v) => v)),
            new("compareExchange", 4, CompareExchange),
            new("isLockFree", 1, (_, args) => TypeConversion.ToIntegerOrInfinity(args.Arg(0)) is 1 or 2 or 4 or 8),
            new("wait", 4, Wait),
            new("notify", 3, Notify));
        atomics.DefineToStringTag("Atomics");
        realm.DefineGlobal("Atomics", atomics);
    }

    /// <summary>https://tc39.es/ecma262/#sec-validateintegertypedarray</summary>
    static JsTypedArray ValidateIntegerTypedArray(JsValue value, bool waitable)
    {
        if (value.Ref is JsTypedArray ta)
        {
            if (waitable ? ta.Kind == TypedArrayKind.Int32
                : ta.Kind is TypedArrayKind.Int8 or TypedArrayKind.Uint8 or TypedArrayKind.Int16 or TypedArrayKind.Uint16 or TypedArrayKind.Int32 or TypedArrayKind.Uint32)
                return ta;
            if (waitable) Throw.TypeError($"{Tag(value)} is not an int32 or BigInt64 typed array.");
        }
        return Throw.TypeError<JsTypedArray>($"{Tag(value)} is not an integer typed array.");
    }

    static string Tag(JsValue value) => ObjectPrototype.ToString(value, ReadOnlySpan<JsValue>.Empty).String;

    /// <summary>https://tc39.es/ecma262/#sec-validateatomicaccess</summary>
    static int ValidateAtomicAccess(JsTypedArray ta, JsValue index)
    {
        double i = ArrayBufferConstructor.ToIndex(index, "Invalid atomic access index");
        if (i >= ta.Length) Throw.RangeError("Invalid atomic access index");
        return (int)i;
    }

    static void Element(ReadOnlySpan<JsValue> args, out JsTypedArray ta, out int index)
    {
        ta = ValidateIntegerTypedArray(args.Arg(0), waitable: false);
        index = ValidateAtomicAccess(ta, args.Arg(1));
    }

    /// <summary>https://tc39.es/ecma262/#sec-atomics.load</summary>
    static JsValue Load(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        Element(args, out var ta, out int i);
        return ta.GetElement(i);
    }

    /// <summary>AtomicReadModifyWrite (https://tc39.es/ecma262/#sec-atomicreadmodifywrite): returns the old value.</summary>
    static JsValue Update(ReadOnlySpan<JsValue> args, Func<double, double, double> op)
    {
        Element(args, out var ta, out int i);
        double v = TypeConversion.ToIntegerOrInfinity(args.Arg(2));
        double old = ta.GetElement(i);
        ta.SetElement(i, op(old, v));
        return old;
    }

    /// <summary>https://tc39.es/ecma262/#sec-atomics.store — returns the value before its conversion to the element type.</summary>
    static JsValue Store(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        Element(args, out var ta, out int i);
        double v = TypeConversion.ToIntegerOrInfinity(args.Arg(2));
        ta.SetElement(i, v);
        return v == 0 ? 0 : v;
    }

    /// <summary>https://tc39.es/ecma262/#sec-atomics.compareexchange — the expected value is compared as the element type stores it.</summary>
    static JsValue CompareExchange(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        Element(args, out var ta, out int i);
        double expected = TypeConversion.ToIntegerOrInfinity(args.Arg(2));
        double replacement = TypeConversion.ToIntegerOrInfinity(args.Arg(3));
        Span<byte> scratch = stackalloc byte[8];
        JsTypedArray.WriteElement(ta.Kind, scratch, expected);
        expected = JsTypedArray.ReadElement(ta.Kind, scratch);
        double old = ta.GetElement(i);
        if (old == expected) ta.SetElement(i, replacement);
        return old;
    }

    /// <summary>https://tc39.es/ecma262/#sec-atomics.wait — on one thread nothing can notify, so a matching value waits out the timeout.</summary>
    static JsValue Wait(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var ta = ValidateIntegerTypedArray(args.Arg(0), waitable: true);
        if (!ta.Buffer.IsShared) Throw.TypeError($"{Tag(args.Arg(0))} is not a shared typed array.");
        int i = ValidateAtomicAccess(ta, args.Arg(1));
        double value = TypeConversion.ToInt32(args.Arg(2));
        double timeout = args.Arg(3).IsUndefined ? double.PositiveInfinity : TypeConversion.ToNumber(args.Arg(3));
        if (double.IsNaN(timeout)) timeout = double.PositiveInfinity;
        if (ta.GetElement(i) != value) return "not-equal";
        if (double.IsPositiveInfinity(timeout)) Thread.Sleep(Timeout.Infinite);
        else if (timeout > 0) Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(timeout, int.MaxValue)));
        return "timed-out";
    }

    /// <summary>https://tc39.es/ecma262/#sec-atomics.notify — no agent can be waiting.</summary>
    static JsValue Notify(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var ta = ValidateIntegerTypedArray(args.Arg(0), waitable: true);
        ValidateAtomicAccess(ta, args.Arg(1));
        if (!args.Arg(2).IsUndefined) TypeConversion.ToIntegerOrInfinity(args.Arg(2));
        return 0;
    }
}
