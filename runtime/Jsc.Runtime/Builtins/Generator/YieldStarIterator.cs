using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The inner iterator of a `yield*` (https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation,
/// YieldExpression : yield * AssignmentExpression). The emitted loop calls <see cref="Step"/>
/// with each received completion and suspends, resumes or finishes as it answers.
/// </summary>
public sealed class YieldStarIterator
{
    /// <summary>What the emitted loop does after a step.</summary>
    public const int Yield = 0, Done = 1, Return = 2;

    readonly JsObject _iterator;
    readonly JsValue _next;

    YieldStarIterator(JsObject iterator, JsValue next)
    {
        _iterator = iterator;
        _next = next;
    }

    /// <summary>GetIterator(value, sync): https://tc39.es/ecma262/#sec-getiterator</summary>
    public static YieldStarIterator Start(JsValue iterable)
    {
        var method = iterable.IsNullOrUndefined ? JsValue.Undefined : ObjectOperations.GetIndex(iterable, JsValue.FromSymbol(JsSymbol.Iterator));
        if (method.Ref is not JsFunction fn)
            return Throw.TypeError<YieldStarIterator>($"{Describe(iterable)} is not iterable (cannot read property Symbol(Symbol.iterator))");
        var iterator = fn.Call(iterable, ReadOnlySpan<JsValue>.Empty);
        if (iterator.AsObject is not { } iteratorObject) return Throw.TypeError<YieldStarIterator>("Result of the Symbol.iterator method is not an object");
        return new YieldStarIterator(iteratorObject, iteratorObject.Get("next"));
    }

    /// <summary>V8's description of a value in this message: its type, and the value itself for numbers, booleans and null.</summary>
    static string Describe(JsValue value)
    {
        var type = TypeConversion.ToString(Operators.TypeOf(value));
        return type is "number" or "boolean" || value.IsNull ? type + " " + TypeConversion.ToString(value) : type;
    }

    /// <summary>
    /// One turn of yield*'s loop for the received completion (mode, value). Returns
    /// <see cref="Yield"/> with the inner result object to hand out as is, <see cref="Done"/>
    /// with the value of the yield* expression, or <see cref="Return"/> with the value the
    /// generator must return (running its finally blocks).
    /// </summary>
    public int Step(ResumeMode mode, JsValue received, out JsValue result)
    {
        var iterator = JsValue.FromObject(_iterator);
        switch (mode)
        {
            case ResumeMode.Next:
                // a. Normal completion: call next with the received value.
                result = CheckResult(ObjectOperations.CallFunction(_next, iterator, received));
                break;
            case ResumeMode.Throw:
            {
                // b. Throw completion: the inner throw method, or close the iterator and fail.
                var throwMethod = GetMethod("throw");
                if (throwMethod.IsUndefined)
                {
                    CloseIterator();
                    Throw.TypeError("The iterator does not provide a 'throw' method.");
                }
                result = CheckResult(ObjectOperations.CallFunction(throwMethod, iterator, received));
                break;
            }
            default:
            {
                // c. Return completion: the inner return method, or return the value at once.
                var returnMethod = GetMethod("return");
                if (returnMethod.IsUndefined)
                {
                    result = received;
                    return Return;
                }
                result = CheckResult(ObjectOperations.CallFunction(returnMethod, iterator, received));
                if (!IsDone(result)) return Yield;
                result = result.Object.Get("value");
                return Return;
            }
        }
        if (!IsDone(result)) return Yield;
        result = result.Object.Get("value");
        return Done;
    }

    static JsValue CheckResult(JsValue result) =>
        result.IsObject ? result : Throw.TypeError<JsValue>($"Iterator result {Inspect.Brief(result)} is not an object");

    static bool IsDone(JsValue result) => TypeConversion.ToBoolean(result.Object.Get("done"));

    /// <summary>GetMethod: https://tc39.es/ecma262/#sec-getmethod</summary>
    JsValue GetMethod(string name)
    {
        var method = _iterator.Get(name);
        if (method.IsNullOrUndefined) return JsValue.Undefined;
        return method.Ref is JsFunction ? method : Throw.TypeError<JsValue>($"{Describe(method)} is not a function");
    }

    /// <summary>IteratorClose with a normal completion: https://tc39.es/ecma262/#sec-iteratorclose</summary>
    void CloseIterator()
    {
        var returnMethod = GetMethod("return");
        if (returnMethod.IsUndefined) return;
        var inner = ObjectOperations.CallFunction(returnMethod, JsValue.FromObject(_iterator));
        if (!inner.IsObject) Throw.TypeError($"Iterator result {Inspect.Brief(inner)} is not an object");
    }
}
