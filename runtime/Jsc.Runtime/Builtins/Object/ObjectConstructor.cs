using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ObjectAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>The Object constructor and its static methods. https://tc39.es/ecma262/#sec-object-constructor</summary>
public static class ObjectConstructor
{
    public static void Install(Realm realm)
    {
        JsNativeFunction? ctor = null;
        ctor = BuiltinTable.DefineConstructor(realm, "Object", 1, realm.ObjectPrototype,
            (_, args) => Construct(args, ctor!),
            (args, newTarget) => Construct(args, newTarget, ctor!));
        // V8's order, which Object.getOwnPropertyNames(Object) shows.
        ctor.DefineMethods(realm,
            new("assign", 2, Assign),
            new("getOwnPropertyDescriptor", 2, GetOwnPropertyDescriptor),
            new("getOwnPropertyDescriptors", 1, GetOwnPropertyDescriptors),
            new("getOwnPropertyNames", 1, GetOwnPropertyNames),
            new("getOwnPropertySymbols", 1, GetOwnPropertySymbols),
            new("hasOwn", 2, HasOwn),
            new("is", 2, Is),
            new("preventExtensions", 1, PreventExtensions),
            new("seal", 1, Seal),
            new("create", 2, Create),
            new("defineProperties", 2, DefineProperties),
            new("defineProperty", 3, DefineProperty),
            new("freeze", 1, Freeze),
            new("getPrototypeOf", 1, GetPrototypeOf),
            new("setPrototypeOf", 2, SetPrototypeOf),
            new("isExtensible", 1, IsExtensible),
            new("isFrozen", 1, IsFrozen),
            new("isSealed", 1, IsSealed),
            new("keys", 1, Keys),
            new("entries", 1, Entries),
            new("fromEntries", 1, FromEntries),
            new("values", 1, Values));
    }

    /// <summary>https://tc39.es/ecma262/#sec-object-value</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget, JsObject? self = null)
    {
        var realm = Realm.Current;
        if (self != null && !ReferenceEquals(newTarget, self))
            return new JsObject(JsFunction.GetPrototypeFromConstructor(newTarget, realm.ObjectPrototype));
        var value = args.Arg(0);
        if (value.IsNullOrUndefined) return new JsObject(realm.ObjectPrototype);
        return TypeConversion.ToObject(value);
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.assign</summary>
    static JsValue Assign(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var to = TypeConversion.ToObject(args.Arg(0));
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i].IsNullOrUndefined) continue;
            var from = TypeConversion.ToObject(args[i]);
            foreach (var key in from.OwnPropertyKeys())
            {
                var desc = from.GetOwnProperty(key);
                if (desc == null || !desc.Enumerable) continue;
                SetOrThrow(to, key, from.Get(key));
            }
        }
        return to;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.getownpropertydescriptor</summary>
    static JsValue GetOwnPropertyDescriptor(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = TypeConversion.ToObject(args.Arg(0));
        var key = TypeConversion.ToPropertyKey(args.Arg(1));
        return FromPropertyDescriptor(obj.GetOwnProperty(key));
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.getownpropertydescriptors</summary>
    static JsValue GetOwnPropertyDescriptors(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = TypeConversion.ToObject(args.Arg(0));
        var result = new JsObject(Realm.Current.ObjectPrototype);
        foreach (var key in obj.OwnPropertyKeys())
        {
            var descriptor = FromPropertyDescriptor(obj.GetOwnProperty(key));
            if (!descriptor.IsUndefined) result.CreateDataProperty(key, descriptor);
        }
        return result;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.getownpropertynames</summary>
    static JsValue GetOwnPropertyNames(JsValue thisValue, ReadOnlySpan<JsValue> args) => OwnKeys(args.Arg(0), symbols: false);

    /// <summary>https://tc39.es/ecma262/#sec-object.getownpropertysymbols</summary>
    static JsValue GetOwnPropertySymbols(JsValue thisValue, ReadOnlySpan<JsValue> args) => OwnKeys(args.Arg(0), symbols: true);

    /// <summary>https://tc39.es/ecma262/#sec-getownpropertykeys</summary>
    static JsValue OwnKeys(JsValue value, bool symbols)
    {
        var obj = TypeConversion.ToObject(value);
        var keys = obj.OwnPropertyKeys().Where(k => k.IsSymbol == symbols).Select(k => k.ToJsValue());
        return CoreBuiltins.CreateArrayFromList(keys);
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.hasown</summary>
    static JsValue HasOwn(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = TypeConversion.ToObject(args.Arg(0));
        var key = TypeConversion.ToPropertyKey(args.Arg(1));
        return obj.GetOwnProperty(key) != null;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.is</summary>
    static JsValue Is(JsValue thisValue, ReadOnlySpan<JsValue> args) => Comparison.SameValue(args.Arg(0), args.Arg(1));

    /// <summary>https://tc39.es/ecma262/#sec-object.preventextensions</summary>
    static JsValue PreventExtensions(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var value = args.Arg(0);
        if (value.AsObject is { } obj && !obj.PreventExtensions())
            Throw.TypeError(obj is IProxyObject ? "'preventExtensions' on proxy: trap returned falsish" : "Cannot prevent extensions");
        return value;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.seal</summary>
    static JsValue Seal(JsValue thisValue, ReadOnlySpan<JsValue> args) => ApplyIntegrityLevel(args.Arg(0), IntegrityLevel.Sealed);

    /// <summary>https://tc39.es/ecma262/#sec-object.freeze</summary>
    static JsValue Freeze(JsValue thisValue, ReadOnlySpan<JsValue> args) => ApplyIntegrityLevel(args.Arg(0), IntegrityLevel.Frozen);

    static JsValue ApplyIntegrityLevel(JsValue value, IntegrityLevel level)
    {
        // A typed array's elements stay writable, so freezing one with elements must fail (V8's message).
        if (level == IntegrityLevel.Frozen && value.Ref is JsTypedArray { Length: > 0 }) Throw.TypeError("Cannot freeze array buffer views with elements");
        if (value.AsObject is { } obj && !SetIntegrityLevel(obj, level))
            Throw.TypeError(level == IntegrityLevel.Frozen ? "Cannot freeze" : "Cannot seal");
        return value;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.create</summary>
    static JsValue Create(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var proto = args.Arg(0);
        if (!proto.IsObject && !proto.IsNull) Throw.TypeError("Object prototype may only be an Object or null: " + Inspect.Brief(proto));
        var obj = new JsObject(proto.AsObject);
        var properties = args.Arg(1);
        if (!properties.IsUndefined) ObjectDefineProperties(obj, properties);
        return obj;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.defineproperties</summary>
    static JsValue DefineProperties(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Arg(0).AsObject is not { } obj) return Throw.TypeError<JsValue>("Object.defineProperties called on non-object");
        ObjectDefineProperties(obj, args.Arg(1));
        return obj;
    }

    /// <summary>https://tc39.es/ecma262/#sec-objectdefineproperties</summary>
    public static void ObjectDefineProperties(JsObject obj, JsValue properties)
    {
        var props = TypeConversion.ToObject(properties);
        var descriptors = new List<(PropertyKey, PropertyDescriptor)>();
        foreach (var key in props.OwnPropertyKeys())
        {
            var propDesc = props.GetOwnProperty(key);
            if (propDesc == null || !propDesc.Enumerable) continue;
            descriptors.Add((key, ToPropertyDescriptor(props.Get(key))));
        }
        foreach (var (key, desc) in descriptors) DefinePropertyOrThrow(obj, key, desc);
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.defineproperty</summary>
    static JsValue DefineProperty(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Arg(0).AsObject is not { } obj) return Throw.TypeError<JsValue>("Object.defineProperty called on non-object");
        var key = TypeConversion.ToPropertyKey(args.Arg(1));
        var desc = ToPropertyDescriptor(args.Arg(2));
        DefinePropertyOrThrow(obj, key, desc);
        return obj;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.getprototypeof</summary>
    static JsValue GetPrototypeOf(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        JsValue.FromObjectOrNull(TypeConversion.ToObject(args.Arg(0)).GetPrototypeOf());

    /// <summary>https://tc39.es/ecma262/#sec-object.setprototypeof</summary>
    static JsValue SetPrototypeOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var value = args.Arg(0);
        RequireObjectCoercible(value, "Object.setPrototypeOf");
        var proto = args.Arg(1);
        if (!proto.IsObject && !proto.IsNull) Throw.TypeError("Object prototype may only be an Object or null: " + Inspect.Brief(proto));
        if (value.AsObject is { } obj) SetPrototypeOrThrow(obj, proto.AsObject);
        return value;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.isextensible</summary>
    static JsValue IsExtensible(JsValue thisValue, ReadOnlySpan<JsValue> args) => args.Arg(0).AsObject is { } obj && obj.IsExtensible();

    /// <summary>https://tc39.es/ecma262/#sec-object.isfrozen</summary>
    static JsValue IsFrozen(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.Arg(0).AsObject is not { } obj || TestIntegrityLevel(obj, IntegrityLevel.Frozen);

    /// <summary>https://tc39.es/ecma262/#sec-object.issealed</summary>
    static JsValue IsSealed(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.Arg(0).AsObject is not { } obj || TestIntegrityLevel(obj, IntegrityLevel.Sealed);

    /// <summary>https://tc39.es/ecma262/#sec-object.keys</summary>
    static JsValue Keys(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CoreBuiltins.CreateArrayFromList(EnumerableOwnProperties(TypeConversion.ToObject(args.Arg(0)), EnumerableKind.Key));

    /// <summary>https://tc39.es/ecma262/#sec-object.values</summary>
    static JsValue Values(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CoreBuiltins.CreateArrayFromList(EnumerableOwnProperties(TypeConversion.ToObject(args.Arg(0)), EnumerableKind.Value));

    /// <summary>https://tc39.es/ecma262/#sec-object.entries</summary>
    static JsValue Entries(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CoreBuiltins.CreateArrayFromList(EnumerableOwnProperties(TypeConversion.ToObject(args.Arg(0)), EnumerableKind.KeyValue));

    /// <summary>https://tc39.es/ecma262/#sec-object.fromentries</summary>
    static JsValue FromEntries(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var iterable = args.Arg(0);
        var obj = new JsObject(Realm.Current.ObjectPrototype);
        Iterate(iterable, entry =>
        {
            if (!entry.IsObject)
            {
                Throw.TypeError($"Iterator value {Inspect.Brief(entry)} is not an entry object");
                return;
            }
            var key = ObjectOperations.GetIndex(entry, 0);
            var value = ObjectOperations.GetIndex(entry, 1);
            obj.CreateDataProperty(TypeConversion.ToPropertyKey(key), value);
        });
        return obj;
    }
}
