using System.Runtime.CompilerServices;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// Property access, calls and `new` as emitted code performs them
/// (https://tc39.es/ecma262/#sec-operations-on-objects), with the inline-cache fast paths.
/// </summary>
public static class ObjectOperations
{
    // --- obj.name ---

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetMember(JsValue target, PropertySite site)
    {
        if (target.Ref is JsObject o)
        {
            var entry = site.Cache;
            if (ReferenceEquals(o._shape, entry.Receiver))
            {
                if (entry.Holder == null) return o._slots[entry.Slot];
                if (ChainMatches(entry.Receiver, entry.Chain!)) return entry.Holder._slots[entry.Slot];
            }
            return GetMemberSlow(o, site);
        }
        return GetPrimitiveMemberCached(target, site);
    }

    /// <summary>
    /// Methods of string and number primitives come from their prototype object through the
    /// site's cache, keyed on that prototype's shape (its accessors are not cached, so `this`
    /// stays the primitive wherever it matters).
    /// </summary>
    static JsValue GetPrimitiveMemberCached(JsValue target, PropertySite site)
    {
        if (site.IsLength || target.Ref is not string && !target.IsNumber) return GetPrimitiveMember(target, site.Key);
        var realm = Realm.Current;
        var proto = target.IsNumber ? realm.NumberPrototype : realm.StringPrototype;
        var entry = site.Cache;
        if (ReferenceEquals(proto._shape, entry.Receiver))
        {
            if (entry.Holder == null) return proto._slots[entry.Slot];
            if (ChainMatches(entry.Receiver, entry.Chain!)) return entry.Holder._slots[entry.Slot];
        }
        // A miss reads with the primitive as receiver (getters see it), then caches plain data slots.
        var value = GetPrimitiveMember(target, site.Key);
        TryCachedLookup(proto, site, out _);
        return value;
    }

    static bool ChainMatches(Shape receiver, Shape[] chain)
    {
        var proto = receiver.Prototype;
        for (int i = 0; i < chain.Length; i++)
        {
            if (proto == null || !ReferenceEquals(proto._shape, chain[i])) return false;
            proto = chain[i].Prototype;
        }
        return true;
    }

    static JsValue GetMemberSlow(JsObject receiver, PropertySite site)
    {
        if (site.IsLength && receiver is JsArray array) return (double)array.Length;
        // A polymorphic site: try the other shapes it has seen before recomputing.
        if (site.Others is { } others)
        {
            foreach (var entry in others)
            {
                if (!ReferenceEquals(receiver._shape, entry.Receiver)) continue;
                if (entry.Holder == null) return receiver._slots[entry.Slot];
                if (ChainMatches(entry.Receiver, entry.Chain!)) return entry.Holder._slots[entry.Slot];
            }
        }
        if (TryCachedLookup(receiver, site, out var found)) return found;
        return receiver.Get(site.Key, JsValue.FromObject(receiver));
    }

    /// <summary>Finds a plain data property through shapes and caches where it lives; false for anything else.</summary>
    static bool TryCachedLookup(JsObject receiver, PropertySite site, out JsValue value)
    {
        // Only plain data slots are cached; accessors and computed properties take the generic path.
        if (receiver._shape != null && receiver.IsOrdinaryKey(site.Key))
        {
            List<Shape>? chain = null;
            for (JsObject? o = receiver; o != null && o._shape != null && o.IsOrdinaryKey(site.Key); o = o._shape.Prototype)
            {
                int slot = o._shape.Lookup(site.Key, out var flags);
                if (slot >= 0)
                {
                    if ((flags & PropertyFlags.Accessor) != 0) break;
                    site.Remember(new PropertySite.Entry(receiver._shape, chain == null ? null : o, chain?.ToArray(), slot));
                    value = o._slots[slot];
                    return true;
                }
                if (o._shape.Prototype is { } next)
                {
                    if (next._shape == null) break;
                    (chain ??= new()).Add(next._shape);
                }
                if (chain is { Count: > 8 }) break;
            }
        }
        value = default;
        return false;
    }

    public static JsValue GetPrimitiveMember(JsValue target, PropertyKey key)
    {
        var realm = Realm.Current;
        switch (target.Ref)
        {
            case string s:
                if (key.Value is "length") return s.Length;
                if (key.TryGetArrayIndex(out uint i) && i < s.Length) return s[(int)i].ToString();
                return realm.StringPrototype.Get(key, target);
            case JsRope r:
                return GetPrimitiveMember(JsValue.FromString(r.Flatten()), key);
            case null:
                return Throw.TypeError<JsValue>($"Cannot read properties of undefined (reading '{key}')");
            case JsSymbol:
                return realm.SymbolPrototype.Get(key, target);
        }
        if (target.IsNumber) return realm.NumberPrototype.Get(key, target);
        if (target.IsBoolean) return realm.BooleanPrototype.Get(key, target);
        if (target.IsNull) return Throw.TypeError<JsValue>($"Cannot read properties of null (reading '{key}')");
        return realm.BigIntPrototype.Get(key, target);
    }

    // --- obj[key] ---

    public static JsValue GetIndex(JsValue target, JsValue key)
    {
        if (key.IsNumber)
        {
            double d = key.Number;
            uint index = (uint)d;
            if (index == d && index != uint.MaxValue)
            {
                if (target.Ref is JsArray array) return array.GetIndex(index);
                if (target.Ref is Builtins.JsTypedArray typed) return typed.GetIndex(index);
                if (target.Ref is string s && index < s.Length) return s[(int)index].ToString();
            }
        }
        if (target.Ref is JsObject o) return o.Get(TypeConversion.ToPropertyKey(key), target);
        if (target.IsNullOrUndefined)
            Throw.TypeError($"Cannot read properties of {(target.IsNull ? "null" : "undefined")} (reading '{KeyText(key)}')");
        return GetPrimitiveMember(target, TypeConversion.ToPropertyKey(key));
    }

    static string KeyText(JsValue key) => key.IsSymbol ? key.Symbol.ToString() : TypeConversion.ToString(key);

    // --- obj.name = value ---

    public static void SetMember(JsValue target, JsValue value, PropertySite site, bool strict)
    {
        if (target.Ref is JsObject o)
        {
            var entry = site.Cache;
            if (ReferenceEquals(o._shape, entry.Receiver) && entry.Holder == null && o.GetType() == typeof(JsObject))
            {
                // The cache only holds writable data slots for assignment sites (see SetMemberSlow).
                o._slots[entry.Slot] = value;
                return;
            }
            var add = site.AddCache;
            if (add != null && ReferenceEquals(o._shape, add.From) && o.Extensible && o.GetType() == typeof(JsObject) && ChainMatches(add.From, add.Chain))
            {
                o.AppendSlot(add.To, value);
                return;
            }
            if (site.AddOthers is { } others && o.Extensible && o.GetType() == typeof(JsObject))
            {
                foreach (var other in others)
                {
                    if (ReferenceEquals(o._shape, other.From) && ChainMatches(other.From, other.Chain))
                    {
                        o.AppendSlot(other.To, value);
                        return;
                    }
                }
            }
            SetMemberSlow(o, value, site, strict);
            return;
        }
        SetOnPrimitive(target, site.Key, value, strict);
    }

    static void SetMemberSlow(JsObject o, JsValue value, PropertySite site, bool strict)
    {
        var before = o._shape;
        if (before != null && o.GetType() == typeof(JsObject))
        {
            if (site.Others is { } others)
            {
                foreach (var entry in others)
                {
                    if (ReferenceEquals(before, entry.Receiver) && entry.Holder == null)
                    {
                        o._slots[entry.Slot] = value;
                        return;
                    }
                }
            }
            int slot = before.Lookup(site.Key, out var flags);
            if (slot >= 0 && (flags & (PropertyFlags.Writable | PropertyFlags.Accessor)) == PropertyFlags.Writable)
            {
                site.Remember(new PropertySite.Entry(before, null, null, slot));
                o._slots[slot] = value;
                return;
            }
        }
        bool ok = o.Set(site.Key, value, JsValue.FromObject(o));
        if (!ok)
        {
            if (strict) Builtins.ObjectAlgorithms.ThrowSetFailure(o, site.Key);
            return;
        }
        // A plain add (one more slot, same prototype chain): remember the transition.
        var after = o._shape;
        if (before != null && after != null && after.Parent == before && after.Key.Equals(site.Key) && o.GetType() == typeof(JsObject))
        {
            var chain = new List<Shape>();
            for (var p = before.Prototype; p != null; p = p.Prototype)
            {
                if (p._shape == null || chain.Count > 8) return;
                chain.Add(p._shape);
            }
            site.RememberAdd(new PropertySite.AddEntry(before, after, chain.ToArray()));
        }
    }

    static void SetOnPrimitive(JsValue target, PropertyKey key, JsValue value, bool strict)
    {
        if (target.IsNullOrUndefined)
            Throw.TypeError($"Cannot set properties of {(target.IsNull ? "null" : "undefined")} (setting '{key}')");
        // Setters on the prototype still run; anything else is dropped (or a TypeError in strict code).
        var proto = TypeConversion.ToObject(target);
        bool ok = proto.Set(key, value, target);
        if (!ok && strict)
        {
            // A string's own index or length is read-only; other keys would be new properties of the primitive.
            bool own = proto.GetOwnProperty(key) != null;
            Throw.TypeError(own
                ? $"Cannot assign to read only property '{key}' of {target.TypeOf()} '{TypeConversion.ToString(target)}'"
                : $"Cannot create property '{key}' on {target.TypeOf()} '{TypeConversion.ToString(target)}'");
        }
    }

    // --- obj[key] = value ---

    public static void SetIndex(JsValue target, JsValue key, JsValue value, bool strict)
    {
        if (key.IsNumber && target.Ref is JsArray array)
        {
            double d = key.Number;
            uint index = (uint)d;
            if (index == d && index != uint.MaxValue && array.IsDense)
            {
                if (!array.SetIndex(index, value) && strict) Builtins.ObjectAlgorithms.ThrowSetFailure(array, TypeConversion.ToPropertyKey(key));
                return;
            }
        }
        // Typed arrays: any integral number is an element index (a store out of range is dropped).
        if (key.IsNumber && target.Ref is Builtins.JsTypedArray typed && key.Number == Math.Floor(key.Number) && !double.IsInfinity(key.Number))
        {
            typed.SetIndex(key.Number == 0 ? 0 : key.Number, value);
            return;
        }
        var propertyKey = TypeConversion.ToPropertyKey(key);
        if (target.Ref is JsObject o)
        {
            if (!o.Set(propertyKey, value, target) && strict) Builtins.ObjectAlgorithms.ThrowSetFailure(o, propertyKey);
            return;
        }
        SetOnPrimitive(target, propertyKey, value, strict);
    }

    // --- delete ---

    public static bool DeleteProperty(JsValue target, JsValue key, bool strict)
    {
        if (target.IsNullOrUndefined)
            Throw.TypeError($"Cannot convert undefined or null to object");
        var propertyKey = TypeConversion.ToPropertyKey(key);
        var obj = TypeConversion.ToObject(target);
        bool ok = obj.Delete(propertyKey);
        if (!ok && strict)
            Throw.TypeError(obj is IProxyObject ? $"'deleteProperty' on proxy: trap returned falsish for property '{propertyKey}'"
                : $"Cannot delete property '{propertyKey}' of {Inspect.Brief(target)}");
        return ok;
    }

    // --- calls ---

    /// <summary>`callee(...args)`; calleeText is the source of the callee expression, for the TypeError.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Call(JsValue callee, JsValue thisValue, ReadOnlySpan<JsValue> args, string calleeText)
    {
        if (callee.Ref is JsFunction f) return f.Call(thisValue, args);
        return Throw.TypeError<JsValue>($"{calleeText} is not a function");
    }

    /// <summary>A call with `this` pushed before the callee, as emitted code evaluates them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallWithThis(JsValue thisValue, JsValue callee, ReadOnlySpan<JsValue> args, string calleeText)
    {
        if (callee.Ref is JsFunction f) return f.Call(thisValue, args);
        return Throw.TypeError<JsValue>($"{calleeText} is not a function");
    }

    /// <summary>`obj.name(...args)`: the lookup goes through the site's cache and `this` is obj.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMember(JsValue target, PropertySite site, ReadOnlySpan<JsValue> args, string calleeText)
    {
        var callee = GetMember(target, site);
        if (callee.Ref is JsFunction f) return f.Call(target, args);
        return Throw.TypeError<JsValue>($"{calleeText} is not a function");
    }

    /// <summary>`new callee(...args)`</summary>
    public static JsValue Construct(JsValue callee, ReadOnlySpan<JsValue> args, string calleeText)
    {
        if (callee.Ref is JsFunction f && f.IsConstructor) return f.Construct(args, f);
        return Throw.TypeError<JsValue>($"{calleeText} is not a constructor");
    }

    /// <summary>https://tc39.es/ecma262/#sec-call — for the runtime's own use.</summary>
    public static JsValue CallFunction(JsValue callee, JsValue thisValue, params JsValue[] args)
    {
        if (callee.Ref is JsFunction f) return f.Call(thisValue, args);
        return Throw.TypeError<JsValue>($"{Inspect.Brief(callee)} is not a function");
    }
}
