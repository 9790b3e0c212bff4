using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The methods that call a function per element. Each call gets (value, index, object) in
/// one argument buffer reused across the loop: a callee only ever sees it as a span.
/// </summary>
public static partial class ArrayPrototype
{
    static JsValue CallElement(JsFunction callback, JsValue thisArg, JsValue[] argv, JsValue value, double k)
    {
        argv[0] = value;
        argv[1] = JsValue.FromNumber(k);
        return callback.Call(thisArg, argv);
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.foreach</summary>
    static JsValue ForEach(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue, "Array.prototype.forEach");
        double len = LengthOfArrayLike(o);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var argv = new JsValue[] { default, default, o };
        for (double k = 0; k < len; k++)
            if (TryGetElement(o, k, out var value)) CallElement(callback, thisArg, argv, value, k);
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.map</summary>
    static JsValue Map(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue, "Array.prototype.map");
        double len = LengthOfArrayLike(o);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var a = ArraySpeciesCreate(o, len);
        var argv = new JsValue[] { default, default, o };
        for (double k = 0; k < len; k++)
            if (TryGetElement(o, k, out var value)) CreateDataPropertyOrThrow(a, k, CallElement(callback, thisArg, argv, value, k));
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.filter</summary>
    static JsValue Filter(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue, "Array.prototype.filter");
        double len = LengthOfArrayLike(o);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var a = ArraySpeciesCreate(o, 0);
        var argv = new JsValue[] { default, default, o };
        double to = 0;
        for (double k = 0; k < len; k++)
            if (TryGetElement(o, k, out var value) && TypeConversion.ToBoolean(CallElement(callback, thisArg, argv, value, k)))
                CreateDataPropertyOrThrow(a, to++, value);
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.every</summary>
    static JsValue Every(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue, "Array.prototype.every");
        double len = LengthOfArrayLike(o);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var argv = new JsValue[] { default, default, o };
        for (double k = 0; k < len; k++)
            if (TryGetElement(o, k, out var value) && !TypeConversion.ToBoolean(CallElement(callback, thisArg, argv, value, k))) return false;
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.some</summary>
    static JsValue Some(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue, "Array.prototype.some");
        double len = LengthOfArrayLike(o);
        var callback = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var argv = new JsValue[] { default, default, o };
        for (double k = 0; k < len; k++)
            if (TryGetElement(o, k, out var value) && TypeConversion.ToBoolean(CallElement(callback, thisArg, argv, value, k))) return true;
        return false;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.reduce</summary>
    static JsValue Reduce(JsValue thisValue, ReadOnlySpan<JsValue> args) => ReduceCore(thisValue, args, "Array.prototype.reduce", ascending: true);

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.reduceright</summary>
    static JsValue ReduceRight(JsValue thisValue, ReadOnlySpan<JsValue> args) => ReduceCore(thisValue, args, "Array.prototype.reduceRight", ascending: false);

    static JsValue ReduceCore(JsValue thisValue, ReadOnlySpan<JsValue> args, string name, bool ascending)
    {
        var o = ThisObject(thisValue, name);
        double len = LengthOfArrayLike(o);
        var callback = RequireCallable(args.Arg(0));
        double step = ascending ? 1 : -1;
        double k = ascending ? 0 : len - 1;
        bool InRange(double i) => ascending ? i < len : i >= 0;
        JsValue accumulator = default;
        if (args.Length >= 2) accumulator = args[1];
        else
        {
            bool present = false;
            for (; !present && InRange(k); k += step) present = TryGetElement(o, k, out accumulator);
            if (!present) Throw.TypeError("Reduce of empty array with no initial value");
        }
        var argv = new JsValue[4];
        argv[3] = o;
        for (; InRange(k); k += step)
        {
            if (!TryGetElement(o, k, out var value)) continue;
            argv[0] = accumulator;
            argv[1] = value;
            argv[2] = JsValue.FromNumber(k);
            accumulator = callback.Call(JsValue.Undefined, argv);
        }
        return accumulator;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.find</summary>
    static JsValue Find(JsValue thisValue, ReadOnlySpan<JsValue> args) => FindViaPredicate(thisValue, args, "Array.prototype.find", ascending: true).Value;

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.findindex</summary>
    static JsValue FindIndex(JsValue thisValue, ReadOnlySpan<JsValue> args) => FindViaPredicate(thisValue, args, "Array.prototype.findIndex", ascending: true).Index;

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.findlast</summary>
    static JsValue FindLast(JsValue thisValue, ReadOnlySpan<JsValue> args) => FindViaPredicate(thisValue, args, "Array.prototype.findLast", ascending: false).Value;

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.findlastindex</summary>
    static JsValue FindLastIndex(JsValue thisValue, ReadOnlySpan<JsValue> args) => FindViaPredicate(thisValue, args, "Array.prototype.findLastIndex", ascending: false).Index;

    /// <summary>https://tc39.es/ecma262/#sec-findviapredicate — holes read as undefined.</summary>
    static (JsValue Value, double Index) FindViaPredicate(JsValue thisValue, ReadOnlySpan<JsValue> args, string name, bool ascending)
    {
        var o = ThisObject(thisValue, name);
        double len = LengthOfArrayLike(o);
        var predicate = RequireCallable(args.Arg(0));
        var thisArg = args.Arg(1);
        var argv = new JsValue[] { default, default, o };
        for (double i = 0; i < len; i++)
        {
            double k = ascending ? i : len - 1 - i;
            var value = GetElement(o, k);
            if (TypeConversion.ToBoolean(CallElement(predicate, thisArg, argv, value, k))) return (value, k);
        }
        return (JsValue.Undefined, -1);
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.flat</summary>
    static JsValue Flat(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double sourceLen = LengthOfArrayLike(o);
        double depth = 1;
        if (!args.Arg(0).IsUndefined)
        {
            depth = TypeConversion.ToIntegerOrInfinity(args[0]);
            if (depth < 0) depth = 0;
        }
        var a = ArraySpeciesCreate(o, 0);
        FlattenIntoArray(a, o, sourceLen, 0, depth, null, JsValue.Undefined);
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.flatmap</summary>
    static JsValue FlatMap(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(thisValue);
        double sourceLen = LengthOfArrayLike(o);
        if (args.Arg(0).Ref is not JsFunction mapper) return Throw.TypeError<JsValue>("flatMap mapper function is not callable");
        var a = ArraySpeciesCreate(o, 0);
        FlattenIntoArray(a, o, sourceLen, 0, 1, mapper, args.Arg(1));
        return a;
    }

    /// <summary>https://tc39.es/ecma262/#sec-flattenintoarray</summary>
    static double FlattenIntoArray(JsObject target, JsObject source, double sourceLen, double start, double depth, JsFunction? mapper, JsValue thisArg)
    {
        double targetIndex = start;
        var argv = mapper == null ? null : new JsValue[] { default, default, source };
        for (double sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++)
        {
            if (!TryGetElement(source, sourceIndex, out var element)) continue;
            if (mapper != null) element = CallElement(mapper, thisArg, argv!, element, sourceIndex);
            if (depth > 0 && IsArray(element))
            {
                var inner = element.Object;
                targetIndex = FlattenIntoArray(target, inner, LengthOfArrayLike(inner), targetIndex, depth - 1, null, JsValue.Undefined);
            }
            else
            {
                if (targetIndex >= MaxSafeInteger) Throw.TypeError("Invalid array length");
                CreateDataPropertyOrThrow(target, targetIndex++, element);
            }
        }
        return targetIndex;
    }
}
