using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-properties-of-the-function-prototype-object</summary>
public static class FunctionPrototype
{
    /// <summary>Everything but `constructor` and the methods, which follow it in V8's order (see <see cref="FunctionConstructor"/>).</summary>
    public static void Install(Realm realm)
    {
        var proto = realm.FunctionPrototype;
        proto.FastAddProperty("length", 0, PropertyFlags.Configurable);
        proto.FastAddProperty("name", "", PropertyFlags.Configurable);
        // https://tc39.es/ecma262/#sec-addrestrictedfunctionproperties
        var thrower = new JsNativeFunction(realm, "", 0, ThrowTypeError);
        thrower.PreventExtensions();
        realm.ThrowTypeErrorFunction = thrower;
        proto.FastAddAccessor("arguments", thrower, thrower, PropertyFlags.Configurable);
        proto.FastAddAccessor("caller", thrower, thrower, PropertyFlags.Configurable);
    }

    public static void InstallMethods(Realm realm)
    {
        var proto = realm.FunctionPrototype;
        proto.DefineMethods(realm,
            new("apply", 2, Apply),
            new("bind", 1, Bind),
            new("call", 1, Call),
            new("toString", 0, ToString));
        proto.DefineSymbolMethod(realm, JsSymbol.HasInstance, 1, HasInstance, PropertyFlags.None);
    }

    /// <summary>https://tc39.es/ecma262/#sec-%throwtypeerror%</summary>
    static JsValue ThrowTypeError(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Throw.TypeError<JsValue>("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");

    static JsFunction ThisFunction(JsValue thisValue, string method) =>
        thisValue.AsObject as JsFunction ?? Throw.TypeError<JsFunction>($"Function.prototype.{method} called on {Inspect.Brief(thisValue)}, which is not a function");

    /// <summary>https://tc39.es/ecma262/#sec-function.prototype.apply</summary>
    static JsValue Apply(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var fn = ThisFunction(thisValue, "apply");
        var argArray = args.Arg(1);
        if (argArray.IsNullOrUndefined) return fn.Call(args.Arg(0), ReadOnlySpan<JsValue>.Empty);
        return fn.Call(args.Arg(0), CreateListFromArrayLike(argArray));
    }

    /// <summary>https://tc39.es/ecma262/#sec-createlistfromarraylike</summary>
    public static JsValue[] CreateListFromArrayLike(JsValue value)
    {
        if (value.AsObject is not { } obj) return Throw.TypeError<JsValue[]>("CreateListFromArrayLike called on non-object");
        if (obj is JsArray array)
        {
            var items = new JsValue[array.Length];
            for (uint i = 0; i < items.Length; i++) items[i] = array.GetIndex(i);
            return items;
        }
        double length = TypeConversion.ToLength(obj.Get("length"));
        if (length > 10_000_000) Throw.RangeError("Invalid array length");
        var list = new JsValue[(int)length];
        for (int i = 0; i < list.Length; i++) list[i] = obj.Get(PropertyKey.FromIndex((uint)i));
        return list;
    }

    /// <summary>https://tc39.es/ecma262/#sec-function.prototype.bind</summary>
    static JsValue Bind(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.AsObject is not JsFunction target) return Throw.TypeError<JsValue>("Bind must be called on a function");
        var boundArgs = args.Length > 1 ? args[1..].ToArray() : [];
        var bound = new BoundFunction(target, args.Arg(0), boundArgs);
        double length = 0;
        if (target.HasOwnPropertyFast("length"))
        {
            var targetLength = target.Get("length");
            if (targetLength.IsNumber)
            {
                double l = targetLength.Number;
                if (double.IsPositiveInfinity(l)) length = l;
                else if (!double.IsNegativeInfinity(l))
                    length = Math.Max(0, TypeConversion.ToIntegerOrInfinity(targetLength) - boundArgs.Length);
            }
        }
        bound.FastAddProperty("length", length, PropertyFlags.Configurable);
        var targetName = target.Get("name");
        bound.FastAddProperty("name", "bound " + (targetName.IsString ? targetName.String : ""), PropertyFlags.Configurable);
        return bound;
    }

    /// <summary>https://tc39.es/ecma262/#sec-function.prototype.call</summary>
    static JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var fn = ThisFunction(thisValue, "call");
        return fn.Call(args.Arg(0), args.Length > 1 ? args[1..] : ReadOnlySpan<JsValue>.Empty);
    }

    /// <summary>https://tc39.es/ecma262/#sec-function.prototype.tostring</summary>
    static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue.AsObject is JsFunction fn
        ? SourceTextOf(fn)
        : Throw.TypeError<JsValue>("Function.prototype.toString requires that 'this' be a Function");

    /// <summary>A function's text as Function.prototype.toString gives it (V8's messages quote it too).</summary>
    public static string SourceTextOf(JsFunction fn) => fn switch
    {
        JsClosure closure => closure.Info.SourceText,
        BoundFunction => "function () { [native code] }",
        _ => $"function {fn.DisplayName}() {{ [native code] }}",
    };

    /// <summary>https://tc39.es/ecma262/#sec-function.prototype-@@hasinstance</summary>
    static JsValue HasInstance(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        thisValue.AsObject is { } f && Operators.OrdinaryHasInstance(f, args.Arg(0));
}
