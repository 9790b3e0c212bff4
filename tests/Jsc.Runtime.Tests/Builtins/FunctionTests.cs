using Jsc.Runtime.Tests.Builtins.Support;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

public class FunctionTests : RealmTest
{
    /// <summary>Expression → result as node shows it (see <see cref="Show"/>).</summary>
    public static readonly (string Expression, string Expected)[] Cases =
    [
        ("Function.prototype.toString.call(Function.prototype)", "\"function () { [native code] }\""),
        ("Function.prototype.toString.call(Math.max)", "\"function max() { [native code] }\""),
        ("Function.prototype.toString.call(Object)", "\"function Object() { [native code] }\""),
        ("Function.prototype.toString.call(Object.getOwnPropertyDescriptor(Object.prototype, \"__proto__\").get)", "\"function get __proto__() { [native code] }\""),
        ("Function.prototype.toString.call(Function.prototype[Symbol.hasInstance])", "\"function [Symbol.hasInstance]() { [native code] }\""),
        ("Function.prototype.toString.call(Symbol.prototype[Symbol.toPrimitive])", "\"function [Symbol.toPrimitive]() { [native code] }\""),
        ("Function.prototype.toString.call(Math.max.bind(null))", "\"function () { [native code] }\""),
        ("Function.prototype.toString.call({})", "throws TypeError: Function.prototype.toString requires that 'this' be a Function"),
        ("Function.prototype.toString.call(1)", "throws TypeError: Function.prototype.toString requires that 'this' be a Function"),
        ("Function.prototype.length", "0"),
        ("Function.prototype.name", "\"\""),
        ("Function.prototype()", "undefined"),
        ("Function.prototype(1, 2)", "undefined"),
        ("Object.getPrototypeOf(Function.prototype) === Object.prototype", "true"),
        ("Object.getOwnPropertyNames(Function.prototype)", "[\"length\",\"name\",\"arguments\",\"caller\",\"constructor\",\"apply\",\"bind\",\"call\",\"toString\"]"),
        ("Object.getOwnPropertyNames(Function)", "[\"length\",\"name\",\"prototype\"]"),
        ("Function.length", "1"),
        ("Function.name", "\"Function\""),
        ("Function.prototype.constructor === Function", "true"),
        ("Object.getOwnPropertyDescriptor(Function.prototype, \"arguments\").get === Object.getOwnPropertyDescriptor(Function.prototype, \"caller\").set", "true"),
        ("Object.getOwnPropertyDescriptor(Function.prototype, \"arguments\").get()", "throws TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"),
        ("Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance)", "{value:[Function: [Symbol.hasInstance]],writable:false,enumerable:false,configurable:false}"),
        ("Function.prototype[Symbol.hasInstance].call(Object, {})", "true"),
        ("Function.prototype[Symbol.hasInstance].call(Object, 1)", "false"),
        ("Function.prototype[Symbol.hasInstance].call(Error, new TypeError(\"x\"))", "true"),
        ("Function.prototype[Symbol.hasInstance].call(TypeError, new Error(\"x\"))", "false"),
        ("Function.prototype[Symbol.hasInstance].call({}, {})", "false"),
        ("Function.prototype[Symbol.hasInstance].call(Error.bind(null), new RangeError())", "true"),
        ("Function.prototype[Symbol.hasInstance].name", "\"[Symbol.hasInstance]\""),
        ("Function.prototype.call.call(Math.max, null, 1, 5, 3)", "5"),
        ("Function.prototype.call.call(Object.prototype.toString, 1)", "\"[object Number]\""),
        ("Function.prototype.call.call(Object.prototype.toString)", "\"[object Undefined]\""),
        ("Function.prototype.call.call(Math.max)", "-Infinity"),
        ("Function.prototype.apply.call(Math.max, null, [1, 5, 3])", "5"),
        ("Function.prototype.apply.call(Math.max, null, {length: 2, 0: 7, 1: 9})", "9"),
        ("Function.prototype.apply.call(Math.max, null, \"ab\")", "throws TypeError: CreateListFromArrayLike called on non-object"),
        ("Function.prototype.apply.call(Math.max, null, 1)", "throws TypeError: CreateListFromArrayLike called on non-object"),
        ("Function.prototype.apply.call(Math.max, null, null)", "-Infinity"),
        ("Function.prototype.apply.call(Math.max, null)", "-Infinity"),
        ("Function.prototype.apply.call(Object.prototype.toString, \"x\")", "\"[object String]\""),
        ("Math.max.bind(null, 1, 2).length", "0"),
        ("Math.max.bind(null, 1, 2).name", "\"bound max\""),
        ("Math.max.bind(null, 1, 2)(10)", "10"),
        ("Math.max.bind(null).bind(null).name", "\"bound bound max\""),
        ("Object.prototype.toString.bind(1)()", "\"[object Number]\""),
        ("Object.prototype.toString.bind(1).length", "0"),
        ("Object.defineProperty.bind(null, {}).length", "2"),
        ("Object.defineProperty.bind(null, {}, \"a\", {}, 4).length", "0"),
        ("Function.prototype.bind.call({})", "throws TypeError: Bind must be called on a function"),
        ("Function.prototype.bind.call(1)", "throws TypeError: Bind must be called on a function"),
        ("new (Error.bind(null, \"msg\"))()", "[Error: msg]"),
        ("new (Error.bind(null, \"msg\"))().message", "\"msg\""),
        ("Object.getOwnPropertyNames(Math.max.bind(null))", "[\"length\",\"name\"]"),
        ("Object.getPrototypeOf(Math.max.bind(null)) === Function.prototype", "true"),
        ("Object.getOwnPropertyDescriptor(Math.max.bind(null), \"name\")", "{value:\"bound max\",writable:false,enumerable:false,configurable:true}"),
        ("Object.getOwnPropertyDescriptor(Math.max.bind(null), \"length\")", "{value:2,writable:false,enumerable:false,configurable:true}"),
        ("Function.prototype.bind.length", "1"),
        ("Function.prototype.call.length", "1"),
        ("Function.prototype.apply.length", "2"),
        ("Function.prototype.toString.length", "0"),
    ];

    [Fact]
    public void CasesMatchNode() => AssertCases(Cases);

    [NodeFact]
    public void ExpectationsAgreeWithNode() => NodeOracle.AssertExpectations(Cases);
}
