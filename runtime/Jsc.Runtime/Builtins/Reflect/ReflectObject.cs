using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The Reflect object (https://tc39.es/ecma262/#sec-reflect-object): each function is one internal
/// method of the object model, called directly, with a boolean result where the internal method has one.
/// </summary>
public static class ReflectObject
{
    public static void Install(Realm realm)
    {
        var reflect = new JsObject(realm.ObjectPrototype);
        reflect.DefineMethods(realm,
            new("defineProperty", 3, DefineProperty),
            new("deleteProperty", 2, (_, args) => Target(args, "deleteProperty").Delete(TypeConversion.ToPropertyKey(args.Arg(1)))),
            new("apply", 3, Apply),
            new("construct", 2, Construct),
            new("get", 2, Get),
            new("getOwnPropertyDescriptor", 2, (_, args) =>
                ObjectAlgorithms.FromPropertyDescriptor(Target(args, "getOwnPropertyDescriptor").GetOwnProperty(TypeConversion.ToPropertyKey(args.Arg(1))))),
            new("getPrototypeOf", 1, (_, args) => Target(args, "getPrototypeOf").GetPrototypeOf() is { } proto ? JsValue.FromObject(proto) : JsValue.Null),
            new("has", 2, (_, args) => Target(args, "has").HasProperty(TypeConversion.ToPropertyKey(args.Arg(1)))),
            new("isExtensible", 1, (_, args) => Target(args, "isExtensible").IsExtensible()),
            new("ownKeys", 1, (_, args) => CoreBuiltins.CreateArrayFromList(Target(args, "ownKeys").OwnPropertyKeys().Select(k => k.ToJsValue()))),
            new("preventExtensions", 1, (_, args) => Target(args, "preventExtensions").PreventExtensions()),
            new("set", 3, Set),
            new("setPrototypeOf", 2, SetPrototypeOf));
        reflect.DefineToStringTag("Reflect");
        realm.DefineGlobal("Reflect", reflect);
    }

    /// <summary>The target argument, which every Reflect function but apply and construct requires to be an object.</summary>
    static JsObject Target(ReadOnlySpan<JsValue> args, string function) =>
        args.Arg(0).AsObject ?? Throw.TypeError<JsObject>($"Reflect.{function} called on non-object");

    /// <summary>https://tc39.es/ecma262/#sec-reflect.apply</summary>
    static JsValue Apply(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = args.Arg(0);
        if (target.AsObject is not JsFunction fn)
            return Throw.TypeError<JsValue>($"Function.prototype.apply was called on {Inspect.Brief(target)}, which is {Article(target)} and not a function");
        return fn.Call(args.Arg(1), FunctionPrototype.CreateListFromArrayLike(args.Arg(2)));
    }

    static string Describe(JsValue v) => v.AsObject is JsFunction f ? FunctionPrototype.SourceTextOf(f) : Inspect.Brief(v);

    static string Article(JsValue v)
    {
        var type = v.TypeOf();
        return type == "undefined" ? "undefined" : (type[0] is 'a' or 'o' ? "an " : "a ") + type;
    }

    /// <summary>https://tc39.es/ecma262/#sec-reflect.construct</summary>
    static JsValue Construct(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = args.Arg(0);
        if (target.AsObject is not JsFunction { IsConstructor: true } fn) return Throw.TypeError<JsValue>($"{Describe(target)} is not a constructor");
        var newTarget = args.Length > 2 ? args[2] : target;
        if (newTarget.AsObject is not JsFunction { IsConstructor: true } nt) return Throw.TypeError<JsValue>($"{Describe(newTarget)} is not a constructor");
        return fn.Construct(FunctionPrototype.CreateListFromArrayLike(args.Arg(1)), nt);
    }

    /// <summary>https://tc39.es/ecma262/#sec-reflect.defineproperty</summary>
    static JsValue DefineProperty(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = Target(args, "defineProperty");
        var key = TypeConversion.ToPropertyKey(args.Arg(1));
        return target.DefineOwnProperty(key, ObjectAlgorithms.ToPropertyDescriptor(args.Arg(2)));
    }

    /// <summary>https://tc39.es/ecma262/#sec-reflect.get</summary>
    static JsValue Get(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = Target(args, "get");
        var key = TypeConversion.ToPropertyKey(args.Arg(1));
        return target.Get(key, args.Length > 2 ? args[2] : args[0]);
    }

    /// <summary>https://tc39.es/ecma262/#sec-reflect.set</summary>
    static JsValue Set(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = Target(args, "set");
        var key = TypeConversion.ToPropertyKey(args.Arg(1));
        return target.Set(key, args.Arg(2), args.Length > 3 ? args[3] : args[0]);
    }

    /// <summary>https://tc39.es/ecma262/#sec-reflect.setprototypeof</summary>
    static JsValue SetPrototypeOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = Target(args, "setPrototypeOf");
        var proto = args.Arg(1);
        if (!proto.IsObject && !proto.IsNull) return Throw.TypeError<JsValue>($"Object prototype may only be an Object or null: {Inspect.Brief(proto)}");
        return target.SetPrototypeOf(proto.AsObject);
    }
}
