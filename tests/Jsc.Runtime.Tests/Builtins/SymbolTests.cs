using Jsc.Runtime.Tests.Builtins.Support;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

public class SymbolTests : RealmTest
{
    /// <summary>Expression → result as node shows it (see <see cref="Show"/>).</summary>
    public static readonly (string Expression, string Expected)[] Cases =
    [
        ("Symbol(\"a\").toString()", "\"Symbol(a)\""),
        ("Symbol().toString()", "\"Symbol()\""),
        ("Symbol(\"a\").description", "\"a\""),
        ("Symbol().description", "undefined"),
        ("Symbol(\"\").description", "\"\""),
        ("Symbol(undefined).description", "undefined"),
        ("Symbol(null).description", "\"null\""),
        ("Symbol(1).toString()", "\"Symbol(1)\""),
        ("Symbol({}).description", "\"[object Object]\""),
        ("new Symbol()", "throws TypeError: Symbol is not a constructor"),
        ("Symbol.length", "0"),
        ("Symbol.name", "\"Symbol\""),
        ("Symbol.iterator", "Symbol(Symbol.iterator)"),
        ("Symbol.asyncIterator", "Symbol(Symbol.asyncIterator)"),
        ("Symbol.hasInstance", "Symbol(Symbol.hasInstance)"),
        ("Symbol.isConcatSpreadable", "Symbol(Symbol.isConcatSpreadable)"),
        ("Symbol.match", "Symbol(Symbol.match)"),
        ("Symbol.matchAll", "Symbol(Symbol.matchAll)"),
        ("Symbol.replace", "Symbol(Symbol.replace)"),
        ("Symbol.search", "Symbol(Symbol.search)"),
        ("Symbol.species", "Symbol(Symbol.species)"),
        ("Symbol.split", "Symbol(Symbol.split)"),
        ("Symbol.toPrimitive", "Symbol(Symbol.toPrimitive)"),
        ("Symbol.toStringTag", "Symbol(Symbol.toStringTag)"),
        ("Symbol.unscopables", "Symbol(Symbol.unscopables)"),
        ("Symbol.iterator.description", "\"Symbol.iterator\""),
        ("Object.getOwnPropertyDescriptor(Symbol, \"iterator\")", "{value:Symbol(Symbol.iterator),writable:false,enumerable:false,configurable:false}"),
        ("Symbol.for(\"k\") === Symbol.for(\"k\")", "true"),
        ("Symbol.for(\"k\") === Symbol(\"k\")", "false"),
        ("Symbol.for(\"k\").description", "\"k\""),
        ("Symbol.keyFor(Symbol.for(\"k2\"))", "\"k2\""),
        ("Symbol.keyFor(Symbol(\"k2\"))", "undefined"),
        ("Symbol.keyFor(Symbol.iterator)", "undefined"),
        ("Symbol.keyFor(\"x\")", "throws TypeError: x is not a symbol"),
        ("Symbol.keyFor()", "throws TypeError: undefined is not a symbol"),
        ("Symbol.keyFor({})", "throws TypeError: #<Object> is not a symbol"),
        ("Symbol.for()", "Symbol(undefined)"),
        ("Symbol.for().description", "\"undefined\""),
        ("Symbol.prototype.toString.call(Symbol(\"w\"))", "\"Symbol(w)\""),
        ("Symbol.prototype.toString.call(Object(Symbol(\"w\")))", "\"Symbol(w)\""),
        ("Symbol.prototype.toString.call(1)", "throws TypeError: Symbol.prototype.toString requires that 'this' be a Symbol"),
        ("Symbol.prototype.valueOf.call(1)", "throws TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol"),
        ("Symbol.prototype.valueOf.call(Symbol.iterator) === Symbol.iterator", "true"),
        ("Symbol.prototype.valueOf.call(Object(Symbol.iterator)) === Symbol.iterator", "true"),
        ("Object.getOwnPropertyDescriptor(Symbol.prototype, \"description\").get.call(1)", "throws TypeError: Symbol.prototype.description requires that 'this' be a Symbol"),
        ("Object.getOwnPropertyDescriptor(Symbol.prototype, \"description\").get.call(Object(Symbol(\"d\")))", "\"d\""),
        ("Object.getOwnPropertyDescriptor(Symbol.prototype, \"description\").get.name", "\"get description\""),
        ("Symbol.prototype[Symbol.toPrimitive].call(1)", "throws TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol"),
        ("Symbol.prototype[Symbol.toPrimitive].name", "\"[Symbol.toPrimitive]\""),
        ("Symbol.prototype[Symbol.toPrimitive].length", "1"),
        ("Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive)", "{value:[Function: [Symbol.toPrimitive]],writable:false,enumerable:false,configurable:true}"),
        ("Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toStringTag)", "{value:\"Symbol\",writable:false,enumerable:false,configurable:true}"),
        ("Object(Symbol(\"o\"))", "[Symbol: Symbol(o)]"),
        ("Object.getOwnPropertyNames(Symbol.prototype)", "[\"constructor\",\"toString\",\"valueOf\",\"description\"]"),
        ("Object.getOwnPropertySymbols(Symbol.prototype)", "[Symbol(Symbol.toStringTag),Symbol(Symbol.toPrimitive)]"),
    ];

    [Fact]
    public void CasesMatchNode() => AssertCases(Cases);

    [NodeFact]
    public void ExpectationsAgreeWithNode() => NodeOracle.AssertExpectations(Cases);
}
