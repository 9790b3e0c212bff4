using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Object algorithms shared by Object, Reflect, JSON and the other built-ins: property
/// descriptor objects, enumerable own properties, integrity levels, and prototype changes
/// with V8's error messages.
/// </summary>
public static class ObjectAlgorithms
{
    public enum EnumerableKind { Key, Value, KeyValue }
    public enum IntegrityLevel { Sealed, Frozen }

    /// <summary>https://tc39.es/ecma262/#sec-topropertydescriptor</summary>
    public static PropertyDescriptor ToPropertyDescriptor(JsValue value)
    {
        if (value.AsObject is not { } obj) return Throw.TypeError<PropertyDescriptor>("Property description must be an object: " + Inspect.Brief(value));
        var desc = new PropertyDescriptor();
        if (obj.HasProperty("enumerable")) { desc.HasEnumerable = true; desc.Enumerable = TypeConversion.ToBoolean(obj.Get("enumerable")); }
        if (obj.HasProperty("configurable")) { desc.HasConfigurable = true; desc.Configurable = TypeConversion.ToBoolean(obj.Get("configurable")); }
        if (obj.HasProperty("value")) { desc.HasValue = true; desc.Value = obj.Get("value"); }
        if (obj.HasProperty("writable")) { desc.HasWritable = true; desc.Writable = TypeConversion.ToBoolean(obj.Get("writable")); }
        if (obj.HasProperty("get"))
        {
            var getter = obj.Get("get");
            if (!getter.IsUndefined && getter.AsObject is not JsFunction) Throw.TypeError("Getter must be a function: " + Inspect.Brief(getter));
            desc.HasGet = true;
            desc.Getter = getter.AsObject as JsFunction;
        }
        if (obj.HasProperty("set"))
        {
            var setter = obj.Get("set");
            if (!setter.IsUndefined && setter.AsObject is not JsFunction) Throw.TypeError("Setter must be a function: " + Inspect.Brief(setter));
            desc.HasSet = true;
            desc.Setter = setter.AsObject as JsFunction;
        }
        if (desc.IsAccessorDescriptor && desc.IsDataDescriptor)
            Throw.TypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, " + Inspect.Brief(value));
        return desc;
    }

    /// <summary>https://tc39.es/ecma262/#sec-frompropertydescriptor</summary>
    public static JsValue FromPropertyDescriptor(PropertyDescriptor? desc)
    {
        if (desc == null) return JsValue.Undefined;
        var obj = new JsObject(Realm.Current.ObjectPrototype);
        if (desc.HasValue) obj.FastAddProperty("value", desc.Value);
        if (desc.HasWritable) obj.FastAddProperty("writable", desc.Writable);
        if (desc.HasGet) obj.FastAddProperty("get", OrUndefined(desc.Getter));
        if (desc.HasSet) obj.FastAddProperty("set", OrUndefined(desc.Setter));
        if (desc.HasEnumerable) obj.FastAddProperty("enumerable", desc.Enumerable);
        if (desc.HasConfigurable) obj.FastAddProperty("configurable", desc.Configurable);
        return obj;
    }

    static JsValue OrUndefined(JsObject? o) => o == null ? JsValue.Undefined : JsValue.FromObject(o);

    /// <summary>https://tc39.es/ecma262/#sec-definepropertyorthrow with V8's messages for each way it fails.</summary>
    public static void DefinePropertyOrThrow(JsObject obj, PropertyKey key, PropertyDescriptor desc)
    {
        bool shrinkingArray = obj is JsArray before && key.Value is "length" && desc.HasValue &&
            before.GetOwnProperty(key)!.Writable && TypeConversion.ToNumber(desc.Value) < before.Length;
        if (obj.DefineOwnProperty(key, desc)) return;
        if (obj is IProxyObject) Throw.TypeError($"'defineProperty' on proxy: trap returned falsish for property '{key}'");
        // A shrinking array stops at the last element it cannot delete and keeps the length above it.
        if (shrinkingArray) Throw.TypeError($"Cannot delete property '{((JsArray)obj).Length - 1}' of [object Array]");
        if (obj is JsTypedArray typed && JsTypedArray.TryGetNumericIndex(key, out double index) && !typed.IsValidIntegerIndex(index))
            Throw.TypeError("Invalid typed array index");
        if (obj.GetOwnProperty(key) == null) Throw.TypeError($"Cannot define property {key}, object is not extensible");
        Throw.TypeError($"Cannot redefine property: {key}");
    }

    /// <summary>https://tc39.es/ecma262/#sec-set-o-p-v-throw with V8's messages: read-only, getter-only, not extensible.</summary>
    public static void SetOrThrow(JsObject obj, PropertyKey key, JsValue value)
    {
        if (!obj.Set(key, value, obj)) ThrowSetFailure(obj, key);
    }

    /// <summary>Why [[Set]] of <paramref name="key"/> on <paramref name="obj"/> failed, as V8 words it: read-only, getter-only, not extensible.</summary>
    public static void ThrowSetFailure(JsObject obj, PropertyKey key)
    {
        if (obj is IProxyObject) Throw.TypeError($"'set' on proxy: trap returned falsish for property '{key}'");
        for (JsObject? o = obj; o != null; o = o.GetPrototypeOf())
        {
            if (o.GetOwnProperty(key) is not { } desc) continue;
            if (desc.IsAccessorDescriptor)
                Throw.TypeError($"Cannot set property {key} of {Inspect.Brief(JsValue.FromObject(obj))} which has only a getter");
            break;
        }
        if (!obj.IsExtensible() && obj.GetOwnProperty(key) == null) Throw.TypeError($"Cannot add property {key}, object is not extensible");
        // An element past the end of an array whose length is read-only: V8 names 'length'.
        if (obj is JsArray { LengthWritable: false } array && key.TryGetArrayIndex(out uint index) && index >= array.Length)
            key = "length";
        // Shrinking `length` stopped at a non-configurable element (https://tc39.es/ecma262/#sec-arraysetlength step 17.b).
        if (obj is JsArray { LengthWritable: true, Length: > 0 } shrunk && key.ToString() == "length")
            Throw.TypeError($"Cannot delete property '{shrunk.Length - 1}' of {Inspect.Brief(JsValue.FromObject(obj))}");
        string kind = obj is JsFunction ? "function" : "object";
        Throw.TypeError($"Cannot assign to read only property '{key}' of {kind} '{Inspect.Brief(JsValue.FromObject(obj))}'");
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-enumerableownproperties — string keys only. Each key's
    /// enumerability is checked when its turn comes, since a getter may change later ones.
    /// </summary>
    public static List<JsValue> EnumerableOwnProperties(JsObject obj, EnumerableKind kind)
    {
        var result = new List<JsValue>();
        var shape = PlainShape(obj);
        IEnumerable<PropertyKey> keys = shape != null ? shape.Keys : obj.OwnPropertyKeys();
        foreach (var key in keys)
        {
            if (key.IsSymbol) continue;
            // While the shape is the one the keys came from, its flags answer without a descriptor.
            if (shape != null && ReferenceEquals(obj.Shape, shape))
            {
                shape.Lookup(key, out var flags);
                if ((flags & PropertyFlags.Enumerable) == 0) continue;
            }
            else if (obj.GetOwnProperty(key) is not { Enumerable: true }) continue;
            if (kind == EnumerableKind.Key) { result.Add(key.ToJsValue()); continue; }
            var value = obj.Get(key);
            result.Add(kind == EnumerableKind.Value ? value : CoreBuiltins.CreateArrayFromList([key.ToJsValue(), value]));
        }
        return result;
    }

    /// <summary>EnumerableOwnProperties(obj, key) as property keys.</summary>
    public static List<PropertyKey> EnumerableOwnKeys(JsObject obj)
    {
        if (PlainShape(obj) is { } shape)
        {
            var keys = new List<PropertyKey>(shape.Count);
            for (var s = shape; s.Parent != null; s = s.Parent)
                if ((s.Flags & PropertyFlags.Enumerable) != 0 && s.Key.IsString) keys.Add(s.Key);
            keys.Reverse();
            return keys;
        }
        return EnumerableOwnProperties(obj, EnumerableKind.Key).Select(k => new PropertyKey(k.String)).ToList();
    }

    /// <summary>
    /// The shape of an ordinary object whose own properties are exactly its shape's and
    /// include no array index, so [[OwnPropertyKeys]] is the shape's insertion order; else null.
    /// </summary>
    static Shape? PlainShape(JsObject obj) =>
        obj.GetType() == typeof(JsObject) && !obj.HasIndexedOwnProperties ? obj.Shape : null;

    /// <summary>https://tc39.es/ecma262/#sec-setintegritylevel</summary>
    public static bool SetIntegrityLevel(JsObject obj, IntegrityLevel level)
    {
        if (!obj.PreventExtensions()) return false;
        var keys = obj.OwnPropertyKeys();
        foreach (var key in keys)
        {
            var desc = new PropertyDescriptor { HasConfigurable = true, Configurable = false };
            if (level == IntegrityLevel.Frozen)
            {
                var current = obj.GetOwnProperty(key);
                if (current == null) continue;
                if (!current.IsAccessorDescriptor) { desc.HasWritable = true; desc.Writable = false; }
            }
            DefinePropertyOrThrow(obj, key, desc);
        }
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-testintegritylevel</summary>
    public static bool TestIntegrityLevel(JsObject obj, IntegrityLevel level)
    {
        if (obj.IsExtensible()) return false;
        foreach (var key in obj.OwnPropertyKeys())
        {
            var current = obj.GetOwnProperty(key);
            if (current == null) continue;
            if (current.Configurable) return false;
            if (level == IntegrityLevel.Frozen && current.IsDataDescriptor && current.Writable) return false;
        }
        return true;
    }

    /// <summary>https://tc39.es/ecma262/#sec-requireobjectcoercible, with the caller's V8 message.</summary>
    public static void RequireObjectCoercible(JsValue value, string method)
    {
        if (value.IsNullOrUndefined) Throw.TypeError($"{method} called on null or undefined");
    }

    /// <summary>[[SetPrototypeOf]] that throws V8's messages; Object.prototype's prototype is immutable.</summary>
    public static void SetPrototypeOrThrow(JsObject obj, JsObject? proto)
    {
        if (ReferenceEquals(obj, Realm.Current.ObjectPrototype) && !ReferenceEquals(proto, obj.GetPrototypeOf()))
            Throw.TypeError("Immutable prototype object 'Object.prototype' cannot have their prototype set");
        if (obj.SetPrototypeOf(proto)) return;
        // V8 words a proxy's refusal as a property failure, naming 'undefined'.
        if (obj is IProxyObject) Throw.TypeError("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'");
        if (!obj.IsExtensible()) Throw.TypeError($"{Inspect.Brief(JsValue.FromObject(obj))} is not extensible");
        Throw.TypeError("Cyclic __proto__ value");
    }

    /// <summary>
    /// Runs the iterator protocol over an iterable, closing the iterator when the callback
    /// throws. https://tc39.es/ecma262/#sec-getiterator and #sec-iteratorclose
    /// </summary>
    public static void Iterate(JsValue iterable, Action<JsValue> onValue)
    {
        if (iterable.IsNullOrUndefined) Throw.TypeError("undefined is not iterable");
        var method = ObjectOperations.GetIndex(iterable, JsValue.FromSymbol(JsSymbol.Iterator));
        if (method.AsObject is not JsFunction iteratorMethod)
        {
            Throw.TypeError($"{DescribeForIteration(iterable)} is not iterable (cannot read property Symbol(Symbol.iterator))");
            return;
        }
        var iterator = iteratorMethod.Call(iterable, ReadOnlySpan<JsValue>.Empty);
        if (iterator.AsObject is not { } iteratorObject) { Throw.TypeError($"Result of the Symbol.iterator method is not an object"); return; }
        var next = iteratorObject.Get("next");
        while (true)
        {
            var result = ObjectOperations.CallFunction(next, iterator);
            if (result.AsObject is not { } resultObject) { Throw.TypeError($"Iterator result {Inspect.Brief(result)} is not an object"); return; }
            if (TypeConversion.ToBoolean(resultObject.Get("done"))) return;
            var value = resultObject.Get("value");
            try
            {
                onValue(value);
            }
            catch (JsException)
            {
                IteratorCloseQuietly(iteratorObject);
                throw;
            }
        }
    }

    static void IteratorCloseQuietly(JsObject iterator)
    {
        try
        {
            if (iterator.Get("return").AsObject is JsFunction close) close.Call(JsValue.FromObject(iterator), ReadOnlySpan<JsValue>.Empty);
        }
        catch (JsException)
        {
            // The original throw completion wins over one from `return`.
        }
    }

    internal static string DescribeForIteration(JsValue value) => value.Ref switch
    {
        null => "undefined",
        JsFunction => "function",
        JsObject => "object",
        JsSymbol s => $"symbol {s}",
        _ when value.IsString => $"string \"{value.String}\"",
        _ => $"{value.TypeOf()} {TypeConversion.ToString(value)}",
    };
}
