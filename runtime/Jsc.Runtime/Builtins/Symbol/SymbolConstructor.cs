using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-symbol-constructor</summary>
public static class SymbolConstructor
{
    static readonly (string Name, JsSymbol Symbol)[] WellKnown =
    [
        ("asyncIterator", JsSymbol.AsyncIterator),
        ("hasInstance", JsSymbol.HasInstance),
        ("isConcatSpreadable", JsSymbol.IsConcatSpreadable),
        ("iterator", JsSymbol.Iterator),
        ("match", JsSymbol.Match),
        ("matchAll", JsSymbol.MatchAll),
        ("replace", JsSymbol.Replace),
        ("search", JsSymbol.Search),
        ("species", JsSymbol.Species),
        ("split", JsSymbol.Split),
        ("toPrimitive", JsSymbol.ToPrimitive),
        ("toStringTag", JsSymbol.ToStringTag),
        ("unscopables", JsSymbol.Unscopables),
    ];

    /// <summary>https://tc39.es/ecma262/#sec-globalsymbolregistry-record-specification-type — shared by every realm.</summary>
    static readonly Dictionary<string, JsSymbol> Registry = new();

    public static void Install(Realm realm)
    {
        // Symbol has no [[Construct]] of use: `new Symbol()` is a TypeError.
        var ctor = BuiltinTable.DefineConstructor(realm, "Symbol", 0, realm.SymbolPrototype, Call, construct: null);
        ctor.DefineMethods(realm,
            new("for", 1, For),
            new("keyFor", 1, KeyFor));
        ctor.DefineConstants(WellKnown.Select(w => (w.Name, JsValue.FromSymbol(w.Symbol))).ToArray());
        SymbolPrototype.Install(realm);
    }

    /// <summary>https://tc39.es/ecma262/#sec-symbol-description</summary>
    static JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var description = args.Arg(0);
        return JsValue.FromSymbol(new JsSymbol(description.IsUndefined ? null : TypeConversion.ToString(description)));
    }

    /// <summary>https://tc39.es/ecma262/#sec-symbol.for</summary>
    static JsValue For(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string key = TypeConversion.ToString(args.Arg(0));
        lock (Registry)
        {
            if (!Registry.TryGetValue(key, out var symbol)) Registry[key] = symbol = new JsSymbol(key);
            return JsValue.FromSymbol(symbol);
        }
    }

    /// <summary>Whether Symbol.for made this symbol (such symbols cannot be held weakly).</summary>
    public static bool IsRegistered(JsSymbol symbol)
    {
        lock (Registry)
            return symbol.Description != null && Registry.TryGetValue(symbol.Description, out var registered) && ReferenceEquals(registered, symbol);
    }

    /// <summary>https://tc39.es/ecma262/#sec-symbol.keyfor</summary>
    static JsValue KeyFor(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var value = args.Arg(0);
        if (!value.IsSymbol) return Throw.TypeError<JsValue>($"{Inspect.Brief(value)} is not a symbol");
        var symbol = value.Symbol;
        lock (Registry)
        {
            if (symbol.Description != null && Registry.TryGetValue(symbol.Description, out var registered) && ReferenceEquals(registered, symbol))
                return symbol.Description;
        }
        return JsValue.Undefined;
    }
}
