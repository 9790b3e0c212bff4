using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ObjectAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-properties-of-the-object-prototype-object, with Annex B's accessors.</summary>
public static class ObjectPrototype
{
    public static void Install(Realm realm)
    {
        var proto = realm.ObjectPrototype;
        // V8's order; `constructor` is already there.
        proto.DefineMethods(realm,
            new("__defineGetter__", 2, DefineGetter),
            new("__defineSetter__", 2, DefineSetter),
            new("hasOwnProperty", 1, HasOwnProperty),
            new("__lookupGetter__", 1, LookupGetter),
            new("__lookupSetter__", 1, LookupSetter),
            new("isPrototypeOf", 1, IsPrototypeOf),
            new("propertyIsEnumerable", 1, PropertyIsEnumerable),
            new("toString", 0, ToString),
            new("valueOf", 0, ValueOf));
        proto.DefineAccessor(realm, "__proto__", GetProto, SetProto);
        proto.DefineMethods(realm, new BuiltinMethod("toLocaleString", 0, ToLocaleString));
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.hasownproperty</summary>
    static JsValue HasOwnProperty(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var key = TypeConversion.ToPropertyKey(args.Arg(0));
        return TypeConversion.ToObject(thisValue).HasOwnPropertyFast(key);
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.isprototypeof</summary>
    static JsValue IsPrototypeOf(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Arg(0).AsObject is not { } value) return false;
        var obj = TypeConversion.ToObject(thisValue);
        for (var p = value.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
            if (ReferenceEquals(p, obj)) return true;
        return false;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.propertyisenumerable</summary>
    static JsValue PropertyIsEnumerable(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var key = TypeConversion.ToPropertyKey(args.Arg(0));
        var desc = TypeConversion.ToObject(thisValue).GetOwnProperty(key);
        return desc != null && desc.Enumerable;
    }

    static readonly HashSet<string> BuiltinTags = ["Function", "Error", "Boolean", "Number", "String", "Date", "RegExp", "Arguments"];

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.tostring</summary>
    public static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.IsUndefined) return "[object Undefined]";
        if (thisValue.IsNull) return "[object Null]";
        var obj = TypeConversion.ToObject(thisValue);
        string builtinTag = ArrayAlgorithms.IsArray(JsValue.FromObject(obj)) ? "Array" : BuiltinTags.Contains(obj.ClassName) ? obj.ClassName : "Object";
        var tag = obj.Get(JsSymbol.ToStringTag);
        return "[object " + (tag.IsString ? tag.String : builtinTag) + "]";
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.tolocalestring</summary>
    static JsValue ToLocaleString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        RequireObjectCoercible(thisValue, "Object.prototype.toLocaleString");
        var toString = ObjectOperations.GetIndex(thisValue, "toString");
        return ObjectOperations.CallFunction(toString, thisValue);
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.valueof</summary>
    static JsValue ValueOf(JsValue thisValue, ReadOnlySpan<JsValue> args) => TypeConversion.ToObject(thisValue);

    /// <summary>https://tc39.es/ecma262/#sec-get-object.prototype.__proto__</summary>
    static JsValue GetProto(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        JsValue.FromObjectOrNull(TypeConversion.ToObject(thisValue).GetPrototypeOf());

    /// <summary>https://tc39.es/ecma262/#sec-set-object.prototype.__proto__</summary>
    static JsValue SetProto(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        RequireObjectCoercible(thisValue, "set Object.prototype.__proto__");
        var proto = args.Arg(0);
        if (!proto.IsObject && !proto.IsNull) return JsValue.Undefined;
        if (thisValue.AsObject is { } obj) SetPrototypeOrThrow(obj, proto.AsObject);
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__</summary>
    static JsValue DefineGetter(JsValue thisValue, ReadOnlySpan<JsValue> args) => DefineAccessorProperty(thisValue, args, getter: true);

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.__defineSetter__</summary>
    static JsValue DefineSetter(JsValue thisValue, ReadOnlySpan<JsValue> args) => DefineAccessorProperty(thisValue, args, getter: false);

    static JsValue DefineAccessorProperty(JsValue thisValue, ReadOnlySpan<JsValue> args, bool getter)
    {
        var obj = TypeConversion.ToObject(thisValue);
        if (args.Arg(1).AsObject is not JsFunction fn)
            return Throw.TypeError<JsValue>($"Object.prototype.__define{(getter ? "Getter" : "Setter")}__: Expecting function");
        var desc = new PropertyDescriptor { HasEnumerable = true, Enumerable = true, HasConfigurable = true, Configurable = true };
        if (getter) { desc.HasGet = true; desc.Getter = fn; }
        else { desc.HasSet = true; desc.Setter = fn; }
        DefinePropertyOrThrow(obj, TypeConversion.ToPropertyKey(args.Arg(0)), desc);
        return JsValue.Undefined;
    }

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.__lookupGetter__</summary>
    static JsValue LookupGetter(JsValue thisValue, ReadOnlySpan<JsValue> args) => LookupAccessor(thisValue, args, getter: true);

    /// <summary>https://tc39.es/ecma262/#sec-object.prototype.__lookupSetter__</summary>
    static JsValue LookupSetter(JsValue thisValue, ReadOnlySpan<JsValue> args) => LookupAccessor(thisValue, args, getter: false);

    static JsValue LookupAccessor(JsValue thisValue, ReadOnlySpan<JsValue> args, bool getter)
    {
        var obj = TypeConversion.ToObject(thisValue);
        var key = TypeConversion.ToPropertyKey(args.Arg(0));
        for (JsObject? o = obj; o != null; o = o.GetPrototypeOf())
        {
            var desc = o.GetOwnProperty(key);
            if (desc == null) continue;
            if (!desc.IsAccessorDescriptor) return JsValue.Undefined;
            var fn = getter ? desc.Getter : desc.Setter;
            return fn == null ? JsValue.Undefined : JsValue.FromObject(fn);
        }
        return JsValue.Undefined;
    }
}
