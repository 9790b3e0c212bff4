namespace Jsc.Runtime.Values;

/// <summary>A Symbol value; compared by identity. https://tc39.es/ecma262/#sec-ecmascript-language-types-symbol-type</summary>
public sealed class JsSymbol(string? description)
{
    public string? Description { get; } = description;

    public static readonly JsSymbol Iterator = new("Symbol.iterator");
    public static readonly JsSymbol AsyncIterator = new("Symbol.asyncIterator");
    public static readonly JsSymbol HasInstance = new("Symbol.hasInstance");
    public static readonly JsSymbol ToPrimitive = new("Symbol.toPrimitive");
    public static readonly JsSymbol ToStringTag = new("Symbol.toStringTag");
    public static readonly JsSymbol Species = new("Symbol.species");
    public static readonly JsSymbol IsConcatSpreadable = new("Symbol.isConcatSpreadable");
    public static readonly JsSymbol Unscopables = new("Symbol.unscopables");
    public static readonly JsSymbol Match = new("Symbol.match");
    public static readonly JsSymbol MatchAll = new("Symbol.matchAll");
    public static readonly JsSymbol Replace = new("Symbol.replace");
    public static readonly JsSymbol Search = new("Symbol.search");
    public static readonly JsSymbol Split = new("Symbol.split");

    public override string ToString() => $"Symbol({Description})";
}
