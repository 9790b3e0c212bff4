using Jsc.Compiler.Ast;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Values;
using Mono.Cecil.Cil;

namespace Jsc.Compiler.Emit;

/// <summary>
/// Async functions and async generators on the resumable-method machinery of generators
/// (see FunctionEmitter.Generators): an `await` is a suspension whose operand is the promise
/// to wait for; the runtime frame (<see cref="JsAsyncFunction"/>, <see cref="JsAsyncGenerator"/>)
/// subscribes to it and resumes the method with Next (the value) or Throw (the reason).
/// </summary>
sealed partial class FunctionEmitter
{
    /// <summary>Await: https://tc39.es/ecma262/#await (the operand's PromiseResolve runs before suspending, so its errors throw here).</summary>
    void EmitAwait(Expression argument)
    {
        EmitExpression(argument);
        EmitAwaitOnStack();
    }

    /// <summary>Awaits the value on the stack and leaves the fulfilment value there (or throws the rejection reason).</summary>
    void EmitAwaitOnStack()
    {
        var r = _resumable!;
        var start = _il.Create(OpCodes.Call, _rt.Method(typeof(JsAsyncFunction), nameof(JsAsyncFunction.AwaitOperand)));
        _il.Append(start);
        _il.Emit(OpCodes.Stloc, r.YieldValue);
        if (IsAsyncGenerator)
        {
            _il.Emit(OpCodes.Ldloc, r.Self);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Stfld, GeneratorField(nameof(JsGenerator.Awaiting)));
        }
        EmitSuspend();
        var result = Temp(_rt.JsValue);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(JsGenerator), nameof(JsGenerator.TakeSent)));
        _il.Emit(OpCodes.Stloc, result);
        var join = Label();
        Mark(join);
        _il.Emit(OpCodes.Ldloc, result);
        Release(result);
        r.Sites.Add((start, join));
    }

    /// <summary>
    /// An async function's parameter initialization that can throw: EvaluateAsyncFunctionBody
    /// turns its error into the rejected promise the call returns
    /// (https://tc39.es/ecma262/#sec-runtime-semantics-evaluateasyncfunctionbody).
    /// </summary>
    void EmitAsyncParameters(Action emitParameters)
    {
        var tryStart = Label();
        var handlerStart = Label();
        var after = Label();
        var rejected = Label();
        var result = NewLocal(_rt.JsValue);
        Mark(tryStart);
        emitParameters();
        _il.Emit(OpCodes.Leave, after);
        Mark(handlerStart);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(JsAsyncFunction), nameof(JsAsyncFunction.RejectedPromise)));
        _il.Emit(OpCodes.Stloc, result);
        _il.Emit(OpCodes.Leave, rejected);
        Mark(rejected);
        _method.Body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Catch)
        {
            TryStart = tryStart, TryEnd = handlerStart, HandlerStart = handlerStart, HandlerEnd = rejected,
            CatchType = _rt.JsException,
        });
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Ret);
        Mark(after);
    }
}

sealed partial class FunctionEmitter
{
    /// <summary>
    /// `for await (x of y)`: ForIn/OfBodyEvaluation with iteratorKind async
    /// (https://tc39.es/ecma262/#sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset):
    /// each next() result is awaited, and an early exit awaits the iterator's return().
    /// </summary>
    void EmitForAwait(ForInOfStatement f)
    {
        var type = typeof(AsyncIteration);
        EmitExpression(f.Right);
        var iterator = NewLocal(_rt.Import(type));
        _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.Start)));
        _il.Emit(OpCodes.Stloc, iterator);
        var value = NewLocal(_rt.JsValue);
        var frame = PushLoop();
        var top = Label();
        Mark(top);
        _il.Emit(OpCodes.Ldloc, iterator);
        _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.Next)));
        EmitAwaitOnStack();
        _il.Emit(OpCodes.Ldloca, value);
        _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.Complete)));
        _il.Emit(OpCodes.Brfalse, frame.Break!);
        EmitIteratorClosingBody(iterator, frame, top, () =>
        {
            EmitLoopHead(f, value);
            EmitStatement(f.Body);
        }, finallyFrame =>
        {
            var needAwait = NewLocal(_m.Module.TypeSystem.Boolean);
            var skip = Label();
            _il.Emit(OpCodes.Ldloc, iterator);
            _il.Emit(OpCodes.Ldloc, finallyFrame.Completion);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Ceq);
            _il.Emit(OpCodes.Ldloca, needAwait);
            _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.BeginClose)));
            _il.Emit(OpCodes.Ldloc, needAwait);
            _il.Emit(OpCodes.Brtrue, skip);
            _il.Emit(OpCodes.Pop);
            var after = Label();
            _il.Emit(OpCodes.Br, after);
            Mark(skip);
            EmitAwaitOnStack();
            var awaited = Temp(_rt.JsValue);
            _il.Emit(OpCodes.Stloc, awaited);
            _il.Emit(OpCodes.Ldloc, iterator);
            _il.Emit(OpCodes.Ldloc, awaited);
            Release(awaited);
            _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.EndClose)));
            Mark(after);
        });
        PopFrame(frame);
        if (_m.Binder.ScopeOf(f) is { } scope) ExitScope(scope);
    }

    /// <summary>`yield*` in an async generator: each inner result is awaited, its value yielded without a second await.</summary>
    void EmitAsyncYieldStar(YieldExpression y)
    {
        var r = _resumable!;
        var type = typeof(AsyncIteration);
        EmitExpression(y.Argument);
        var iterable = Temp(_rt.JsValue);
        var start = _il.Create(OpCodes.Stloc, iterable);
        _il.Append(start);
        var inner = NewLocal(_rt.Import(type));
        var mode = NewLocal(_rt.Int32);
        var received = NewLocal(_rt.JsValue);
        var result = NewLocal(_rt.JsValue);
        var action = NewLocal(_rt.Int32);
        _il.Emit(OpCodes.Ldloc, iterable);
        Release(iterable);
        _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.Start)));
        _il.Emit(OpCodes.Stloc, inner);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, mode);
        EmitUndefined();
        _il.Emit(OpCodes.Stloc, received);
        var loop = Label();
        var yield = Label();
        var join = Label();
        Mark(loop);
        _il.Emit(OpCodes.Ldloc, inner);
        _il.Emit(OpCodes.Ldloc, mode);
        _il.Emit(OpCodes.Ldloc, received);
        _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.Send)));
        EmitAwaitOnStack();
        var awaited = Temp(_rt.JsValue);
        _il.Emit(OpCodes.Stloc, awaited);
        _il.Emit(OpCodes.Ldloc, inner);
        _il.Emit(OpCodes.Ldloc, awaited);
        Release(awaited);
        _il.Emit(OpCodes.Ldloca, result);
        _il.Emit(OpCodes.Call, _rt.Method(type, nameof(AsyncIteration.Receive)));
        _il.Emit(OpCodes.Stloc, action);
        _il.Emit(OpCodes.Ldloc, action);
        _il.Emit(OpCodes.Brfalse, yield);
        _il.Emit(OpCodes.Ldloc, action);
        _il.Emit(OpCodes.Ldc_I4, AsyncIteration.Done);
        _il.Emit(OpCodes.Beq, join);
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Stloc, _returnValue);
        EmitJump(_returnLabel, 0);
        Mark(yield);
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Stloc, r.YieldValue);
        EmitSuspend();
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Ldfld, GeneratorField(nameof(JsGenerator.Mode)));
        _il.Emit(OpCodes.Stloc, mode);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Ldfld, GeneratorField(nameof(JsGenerator.Sent)));
        _il.Emit(OpCodes.Stloc, received);
        _il.Emit(OpCodes.Br, loop);
        Mark(join);
        _il.Emit(OpCodes.Ldloc, result);
        r.Sites.Add((start, join));
    }
}
