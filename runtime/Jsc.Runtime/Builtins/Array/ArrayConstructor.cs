using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The Array constructor: https://tc39.es/ecma262/#sec-array-constructor
/// A class of its own (not a <see cref="JsNativeFunction"/>) so ArraySpeciesCreate and
/// Array.from can recognise %Array% of any realm by type.
/// </summary>
public sealed class ArrayConstructor : JsFunction
{
    public readonly Realm Realm;

    ArrayConstructor(Realm realm) : base(realm.FunctionPrototype)
    {
        Realm = realm;
        FastAddProperty("length", 1, PropertyFlags.Configurable);
        FastAddProperty("name", "Array", PropertyFlags.Configurable);
    }

    public override string DisplayName => "Array";

    public static ArrayConstructor Install(Realm realm)
    {
        var ctor = new ArrayConstructor(realm);
        ctor.FastAddProperty("prototype", JsValue.FromObject(realm.ArrayPrototype), PropertyFlags.None);
        realm.ArrayPrototype.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Writable | PropertyFlags.Configurable);
        ctor.DefineMethods(realm,
            new("isArray", 1, IsArrayMethod),
            new("from", 1, From),
            new("of", 0, Of));
        ctor.FastAddAccessor(JsSymbol.Species, new JsNativeFunction(realm, "get [Symbol.species]", 0, (thisValue, _) => thisValue), null, PropertyFlags.Configurable);
        realm.DefineGlobal("Array", JsValue.FromObject(ctor));
        return ctor;
    }

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) => Construct(args, this);

    /// <summary>https://tc39.es/ecma262/#sec-array</summary>
    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var proto = ReferenceEquals(newTarget, this) ? Realm.ArrayPrototype : GetPrototypeFromConstructor(newTarget, Realm.ArrayPrototype);
        if (args.Length == 0) return new JsArray(proto);
        if (args.Length == 1)
        {
            var len = args[0];
            if (!len.IsNumber) return new JsArray(proto, [len]);
            uint intLen = TypeConversion.ToUint32(len.Number);
            if (intLen != len.Number) Throw.RangeError("Invalid array length");
            return ArrayCreate(intLen, proto);
        }
        return new JsArray(proto, args.ToArray());
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.isarray</summary>
    static JsValue IsArrayMethod(JsValue thisValue, ReadOnlySpan<JsValue> args) => IsArray(args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-array.from</summary>
    static JsValue From(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = args.Arg(0);
        var mapFn = args.Arg(1);
        var thisArg = args.Arg(2);
        JsFunction? mapper = null;
        if (!mapFn.IsUndefined) mapper = RequireCallable(mapFn);
        if (items.IsNullOrUndefined)
            Throw.TypeError($"{(items.IsNull ? "object null" : "undefined")} is not iterable (cannot read property Symbol(Symbol.iterator))");
        var usingIterator = GetIteratorMethod(items);
        if (usingIterator != null)
        {
            var a = ConstructOrCreate(thisValue, null);
            double k = 0;
            Iterate(items, usingIterator, value =>
            {
                if (k >= MaxSafeInteger) Throw.TypeError("Array length exceeds the maximum safe integer");
                var mapped = mapper == null ? value : mapper.Call(thisArg, [value, JsValue.FromNumber(k)]);
                CreateDataPropertyOrThrow(a, k, mapped);
                k++;
                return true;
            });
            SetLength(a, k);
            return a;
        }
        var arrayLike = TypeConversion.ToObject(items);
        double len = LengthOfArrayLike(arrayLike);
        var target = ConstructOrCreate(thisValue, len);
        for (double k = 0; k < len; k++)
        {
            var value = GetElement(arrayLike, k);
            var mapped = mapper == null ? value : mapper.Call(thisArg, [value, JsValue.FromNumber(k)]);
            CreateDataPropertyOrThrow(target, k, mapped);
        }
        SetLength(target, len);
        return target;
    }

    static JsFunction? GetIteratorMethod(JsValue items)
    {
        var method = items.Ref is JsObject o ? o.Get(JsSymbol.Iterator, items) : ObjectOperations.GetPrimitiveMember(items, JsSymbol.Iterator);
        if (method.IsNullOrUndefined) return null;
        if (method.Ref is JsFunction f) return f;
        return Throw.TypeError<JsFunction>("%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function");
    }

    /// <summary>`IsConstructor(C) ? Construct(C, «len») : ArrayCreate(len)`, with %Array% itself short-cut.</summary>
    static JsObject ConstructOrCreate(JsValue c, double? length)
    {
        if (c.Ref is ArrayConstructor own) return ArrayCreate(length ?? 0, own.Realm.ArrayPrototype);
        if (IsConstructor(c))
        {
            var f = (JsFunction)c.Object;
            var result = length is { } n ? f.Construct([JsValue.FromNumber(n)], f) : f.Construct(ReadOnlySpan<JsValue>.Empty, f);
            return result.Object;
        }
        return ArrayCreate(length ?? 0);
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.of</summary>
    static JsValue Of(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is ArrayConstructor own) return new JsArray(own.Realm.ArrayPrototype, args.ToArray());
        var a = ConstructOrCreate(thisValue, args.Length);
        for (int k = 0; k < args.Length; k++) CreateDataPropertyOrThrow(a, k, args[k]);
        SetLength(a, args.Length);
        return a;
    }
}
