using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>The %TypedArray%.prototype methods that call a callback for each element.</summary>
public static partial class TypedArrayPrototype
{
    /// <summary>Calls callback(element, index, O) for each element in order until it returns `stop` (as a boolean); the index stopped at, or -1.</summary>
    static int Scan(JsTypedArray o, ReadOnlySpan<JsValue> args, bool stop, bool backwards = false)
    {
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        int len = o.Length;
        var self = JsValue.FromObject(o);
        for (int i = 0; i < len; i++)
        {
            int k = backwards ? len - 1 - i : i;
            // The element reads as undefined if the callback shrank nothing: lengths are fixed here.
            var value = JsValue.FromNumber(o.GetElement(k));
            if (TypeConversion.ToBoolean(callback.Call(thisArg, [value, JsValue.FromNumber(k), self])) == stop) return k;
        }
        return -1;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.every</summary>
    static JsValue Every(JsValue thisValue, ReadOnlySpan<JsValue> args) => Scan(ValidateTypedArray(thisValue), args, false) < 0;

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.some</summary>
    static JsValue Some(JsValue thisValue, ReadOnlySpan<JsValue> args) => Scan(ValidateTypedArray(thisValue), args, true) >= 0;

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.find</summary>
    static JsValue Find(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        int k = Scan(o, args, true);
        return k < 0 ? JsValue.Undefined : o.GetElement(k);
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.findindex</summary>
    static JsValue FindIndex(JsValue thisValue, ReadOnlySpan<JsValue> args) => Scan(ValidateTypedArray(thisValue), args, true);

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlast</summary>
    static JsValue FindLast(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        int k = Scan(o, args, true, backwards: true);
        return k < 0 ? JsValue.Undefined : o.GetElement(k);
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlastindex</summary>
    static JsValue FindLastIndex(JsValue thisValue, ReadOnlySpan<JsValue> args) => Scan(ValidateTypedArray(thisValue), args, true, backwards: true);

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.foreach</summary>
    static JsValue ForEach(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var self = JsValue.FromObject(o);
        for (int k = 0; k < o.Length; k++) callback.Call(thisArg, [o.GetElement(k), JsValue.FromNumber(k), self]);
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.map</summary>
    static JsValue Map(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var a = TypedArrayConstructor.SpeciesCreate(o, o.Length);
        var self = JsValue.FromObject(o);
        for (int k = 0; k < o.Length; k++)
            a.SetIndex(k, callback.Call(thisArg, [o.GetElement(k), JsValue.FromNumber(k), self]));
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.filter</summary>
    static JsValue Filter(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ValidateTypedArray(thisValue);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var kept = new List<double>();
        var self = JsValue.FromObject(o);
        for (int k = 0; k < o.Length; k++)
        {
            double value = o.GetElement(k);
            if (TypeConversion.ToBoolean(callback.Call(thisArg, [value, JsValue.FromNumber(k), self]))) kept.Add(value);
        }
        var a = TypedArrayConstructor.SpeciesCreate(o, kept.Count);
        for (int n = 0; n < kept.Count; n++) a.SetElement(n, kept[n]);
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduce</summary>
    static JsValue Reduce(JsValue thisValue, ReadOnlySpan<JsValue> args) => ReduceCore(ValidateTypedArray(thisValue), args, false);

    /// <summary>https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduceright</summary>
    static JsValue ReduceRight(JsValue thisValue, ReadOnlySpan<JsValue> args) => ReduceCore(ValidateTypedArray(thisValue), args, true);

    static JsValue ReduceCore(JsTypedArray o, ReadOnlySpan<JsValue> args, bool right)
    {
        var callback = RequireCallable(args.Arg(0));
        int len = o.Length;
        int i = 0;
        JsValue accumulator;
        if (args.Length >= 2) accumulator = args[1];
        else
        {
            if (len == 0) Throw.TypeError("Reduce of empty array with no initial value");
            accumulator = o.GetElement(right ? len - 1 : 0);
            i = 1;
        }
        var self = JsValue.FromObject(o);
        for (; i < len; i++)
        {
            int k = right ? len - 1 - i : i;
            accumulator = callback.Call(JsValue.Undefined, [accumulator, o.GetElement(k), JsValue.FromNumber(k), self]);
        }
        return accumulator;
    }
}
