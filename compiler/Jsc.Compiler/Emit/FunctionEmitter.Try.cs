using Jsc.Compiler.Ast;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Jsc.Compiler.Emit;

sealed partial class FunctionEmitter
{
    // try/catch/finally: https://tc39.es/ecma262/#sec-try-statement

    void EmitTry(TryStatement t)
    {
        if (t.Finalizer == null)
        {
            EmitTryCatch(t);
            return;
        }
        var frame = new FinallyFrame
        {
            Completion = NewLocal(_rt.Int32),
            Exception = NewLocal(_rt.Exception),
            FinallyStart = Label(),
        };
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, frame.Completion);
        _finallyFrames.Add(frame);
        var tryStart = Label();
        var dispatch = MarkTryStart(tryStart);
        if (t.Handler != null) EmitTryCatch(t);
        else EmitStatement(t.Block);
        _il.Emit(OpCodes.Leave, frame.FinallyStart);
        EndTryDispatch(dispatch);
        var handlerStart = Label();
        Mark(handlerStart);
        _il.Emit(OpCodes.Stloc, frame.Exception);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Stloc, frame.Completion);
        _il.Emit(OpCodes.Leave, frame.FinallyStart);
        _finallyFrames.Remove(frame);
        Mark(frame.FinallyStart);
        _method.Body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Catch)
        {
            TryStart = tryStart, TryEnd = handlerStart, HandlerStart = handlerStart, HandlerEnd = frame.FinallyStart,
            CatchType = _rt.Object,
        });
        // A finally block's own completion value does not replace the try's (unless it jumps).
        VariableDefinition? savedCompletion = null;
        if (HasCompletionValue)
        {
            savedCompletion = NewLocal(_rt.JsValue);
            _il.Emit(OpCodes.Ldloc, _returnValue);
            _il.Emit(OpCodes.Stloc, savedCompletion);
        }
        EmitStatement(t.Finalizer);
        if (savedCompletion != null)
        {
            _il.Emit(OpCodes.Ldloc, savedCompletion);
            _il.Emit(OpCodes.Stloc, _returnValue);
        }
        EmitFinallyDispatch(frame);
    }

    /// <summary>After finally code: rethrow, or continue the jump that the finally code interrupted.</summary>
    void EmitFinallyDispatch(FinallyFrame frame)
    {
        var notThrow = Label();
        _il.Emit(OpCodes.Ldloc, frame.Completion);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Bne_Un, notThrow);
        // A plain `throw` restarts the .NET trace (JS errors keep their own); rethrowing with the
        // accumulated trace would make deep recursion through finally blocks quadratic.
        _il.Emit(OpCodes.Ldloc, frame.Exception);
        _il.Emit(OpCodes.Throw);
        Mark(notThrow);
        foreach (var (id, target, depth) in frame.Pending)
        {
            var next = Label();
            _il.Emit(OpCodes.Ldloc, frame.Completion);
            _il.Emit(OpCodes.Ldc_I4, id);
            _il.Emit(OpCodes.Bne_Un, next);
            EmitJump(target, depth);
            Mark(next);
        }
    }

    /// <summary>
    /// The IL handler only stores the exception and leaves; the JavaScript catch block runs
    /// after the protected region, on an unwound stack. (Code inside a .NET catch handler
    /// runs on top of the throwing frames, so a `throw` there during a deep recursion would
    /// nest handlers until the real stack overflows.)
    /// </summary>
    void EmitTryCatch(TryStatement t)
    {
        var end = Label();
        var catchBody = Label();
        var exception = NewLocal(_rt.JsException);
        var tryStart = Label();
        var dispatch = MarkTryStart(tryStart);
        EmitStatement(t.Block);
        _il.Emit(OpCodes.Leave, end);
        EndTryDispatch(dispatch);
        var handlerStart = Label();
        Mark(handlerStart);
        _il.Emit(OpCodes.Stloc, exception);
        _il.Emit(OpCodes.Leave, catchBody);
        Mark(catchBody);
        _method.Body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Catch)
        {
            TryStart = tryStart, TryEnd = handlerStart, HandlerStart = handlerStart, HandlerEnd = catchBody,
            CatchType = _rt.JsException,
        });
        var handler = t.Handler!;
        var scope = _m.Binder.ScopeOf(handler);
        _il.Emit(OpCodes.Ldloc, exception);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(Runtime.Errors.JsException), nameof(Runtime.Errors.JsException.Caught)));
        if (scope != null) EnterScope(scope);
        if (handler.Param != null) EmitAssignToPattern(handler.Param, isDeclaration: true);
        else _il.Emit(OpCodes.Pop);
        EmitBlock(handler.Body, handler.Body.Body);
        if (scope != null) ExitScope(scope);
        Mark(end);
    }
}
