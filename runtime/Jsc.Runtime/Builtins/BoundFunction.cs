using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-bound-function-exotic-objects</summary>
public sealed class BoundFunction : JsFunction
{
    public readonly JsFunction Target;
    public readonly JsValue BoundThis;
    public readonly JsValue[] BoundArgs;

    public BoundFunction(JsFunction target, JsValue boundThis, JsValue[] boundArgs) : base(target.GetPrototypeOf())
    {
        Target = target;
        BoundThis = boundThis;
        BoundArgs = boundArgs;
    }

    public override bool IsConstructor => Target.IsConstructor;
    public override string DisplayName => "bound " + Target.DisplayName;

    JsValue[] Combine(ReadOnlySpan<JsValue> args)
    {
        var all = new JsValue[BoundArgs.Length + args.Length];
        BoundArgs.CopyTo(all, 0);
        args.CopyTo(all.AsSpan(BoundArgs.Length));
        return all;
    }

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Target.Call(BoundThis, BoundArgs.Length == 0 ? args : Combine(args));

    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        Target.Construct(BoundArgs.Length == 0 ? args : Combine(args), ReferenceEquals(newTarget, this) ? Target : newTarget);
}
