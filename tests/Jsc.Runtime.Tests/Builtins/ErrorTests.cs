using Jsc.Runtime.Tests.Builtins.Support;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

public class ErrorTests : RealmTest
{
    /// <summary>Expression → result as node shows it (see <see cref="Show"/>).</summary>
    public static readonly (string Expression, string Expected)[] Cases =
    [
        ("new Error(\"msg\")", "[Error: msg]"),
        ("Error(\"msg\")", "[Error: msg]"),
        ("new Error(\"msg\").message", "\"msg\""),
        ("new Error().message", "\"\""),
        ("new Error(undefined).message", "\"\""),
        ("new Error(1).message", "\"1\""),
        ("new Error({}).message", "\"[object Object]\""),
        ("new Error(null).message", "\"null\""),
        ("Object.getOwnPropertyNames(new Error())", "[\"stack\"]"),
        ("Object.getOwnPropertyDescriptor(new Error(\"m\"), \"message\")", "{value:\"m\",writable:true,enumerable:false,configurable:true}"),
        ("Object.getOwnPropertyDescriptor(new Error(\"m\", {cause: 0}), \"cause\")", "{value:0,writable:true,enumerable:false,configurable:true}"),
        ("new Error(\"m\", {cause: 0}).cause", "0"),
        ("new Error(\"m\", {}).cause", "undefined"),
        ("Object.prototype.hasOwnProperty.call(new Error(\"m\", {}), \"cause\")", "false"),
        ("Object.prototype.hasOwnProperty.call(new Error(\"m\", {cause: undefined}), \"cause\")", "true"),
        ("Object.prototype.hasOwnProperty.call(new Error(\"m\", 1), \"cause\")", "false"),
        ("new TypeError(\"bad\")", "[TypeError: bad]"),
        ("TypeError(\"bad\")", "[TypeError: bad]"),
        ("new RangeError(\"r\")", "[RangeError: r]"),
        ("new ReferenceError(\"r\")", "[ReferenceError: r]"),
        ("new SyntaxError(\"s\")", "[SyntaxError: s]"),
        ("new EvalError(\"e\")", "[EvalError: e]"),
        ("new URIError(\"u\")", "[URIError: u]"),
        ("new TypeError(\"bad\").name", "\"TypeError\""),
        ("Object.getPrototypeOf(TypeError) === Error", "true"),
        ("Object.getPrototypeOf(TypeError.prototype) === Error.prototype", "true"),
        ("Object.getPrototypeOf(Error) === Function.prototype", "true"),
        ("TypeError.prototype.name", "\"TypeError\""),
        ("TypeError.prototype.message", "\"\""),
        ("TypeError.prototype.constructor === TypeError", "true"),
        ("Error.prototype.name", "\"Error\""),
        ("Error.prototype.message", "\"\""),
        ("Error.prototype.toString === TypeError.prototype.toString", "true"),
        ("Object.getOwnPropertyNames(Error.prototype)", "[\"constructor\",\"name\",\"message\",\"toString\"]"),
        ("Object.getOwnPropertyNames(TypeError.prototype)", "[\"constructor\",\"name\",\"message\"]"),
        ("Object.getOwnPropertyNames(TypeError)", "[\"length\",\"name\",\"prototype\"]"),
        ("Error.length", "1"),
        ("Error.name", "\"Error\""),
        ("TypeError.length", "1"),
        ("URIError.name", "\"URIError\""),
        ("Error.prototype.toString.call(new Error(\"m\"))", "\"Error: m\""),
        ("Error.prototype.toString.call(new TypeError(\"m\"))", "\"TypeError: m\""),
        ("Error.prototype.toString.call(new Error())", "\"Error\""),
        ("Error.prototype.toString.call({})", "\"Error\""),
        ("Error.prototype.toString.call({name: \"N\"})", "\"N\""),
        ("Error.prototype.toString.call({message: \"M\"})", "\"Error: M\""),
        ("Error.prototype.toString.call({name: \"\", message: \"M\"})", "\"M\""),
        ("Error.prototype.toString.call({name: \"N\", message: \"\"})", "\"N\""),
        ("Error.prototype.toString.call({name: undefined, message: undefined})", "\"Error\""),
        ("Error.prototype.toString.call({name: 1, message: 2})", "\"1: 2\""),
        ("Error.prototype.toString.call({name: null, message: null})", "\"null: null\""),
        ("Error.prototype.toString.call(1)", "throws TypeError: Method Error.prototype.toString called on incompatible receiver 1"),
        ("Error.prototype.toString.call(\"s\")", "throws TypeError: Method Error.prototype.toString called on incompatible receiver s"),
        ("Error.prototype.toString.call(undefined)", "throws TypeError: Method Error.prototype.toString called on incompatible receiver undefined"),
        ("Error.prototype.toString.call(Error.prototype)", "\"Error\""),
        ("Error.prototype.toString.call(TypeError.prototype)", "\"TypeError\""),
        ("Error.prototype.toString.call(new RangeError(\"x\"))", "\"RangeError: x\""),
        ("Object.prototype.toString.call(new RangeError(\"x\"))", "\"[object Error]\""),
        ("Error.captureStackTrace(1)", "throws TypeError: invalid_argument"),
        ("Error.captureStackTrace({})", "undefined"),
        ("Error.captureStackTrace.length", "2"),
        ("Object.getOwnPropertyDescriptor(Error, \"stackTraceLimit\")", "{value:10,writable:true,enumerable:true,configurable:true}"),
        ("Error.stackTraceLimit", "10"),
        ("Function.prototype[Symbol.hasInstance].call(Error, new URIError())", "true"),
        ("Function.prototype[Symbol.hasInstance].call(RangeError, new URIError())", "false"),
    ];

    [Fact]
    public void CasesMatchNode() => AssertCases(Cases);

    [NodeFact]
    public void ExpectationsAgreeWithNode() => NodeOracle.AssertExpectations(Cases);
}
