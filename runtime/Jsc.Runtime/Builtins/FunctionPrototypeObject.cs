using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>Function.prototype is itself a function that accepts anything and returns undefined. https://tc39.es/ecma262/#sec-properties-of-the-function-prototype-object</summary>
public sealed class FunctionPrototypeObject : JsFunction
{
    public FunctionPrototypeObject(JsObject objectPrototype) : base(objectPrototype) { }
    public override bool IsConstructor => false;
    public override string DisplayName => "";
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) => JsValue.Undefined;
}
