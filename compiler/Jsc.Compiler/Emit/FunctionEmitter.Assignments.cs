using Jsc.Compiler.Ast;
using Jsc.Compiler.Binding;
using Jsc.Runtime.AbstractOps;
using Mono.Cecil;
using Mono.Cecil.Cil;

using MethodDefinition = Mono.Cecil.MethodDefinition;
using Scope = Jsc.Compiler.Binding.Scope;

namespace Jsc.Compiler.Emit;

sealed partial class FunctionEmitter
{
    // Assignment targets as references (https://tc39.es/ecma262/#sec-reference-record-specification-type):
    // a reference's object and key are evaluated once into temporaries, so compound
    // assignment and ++/-- can read and then write it.

    sealed class Reference
    {
        public Symbol? Symbol;
        public FieldDefinition? GlobalSite;
        public VariableDefinition? Object, Key;
        public FieldDefinition? MemberSite;
        /// <summary>The `#name` binding of a private member reference (`obj.#name`).</summary>
        public Symbol? PrivateName;
        /// <summary>Inside `with`: the with-object found to have the name (undefined when none has it, and
        /// the Symbol or GlobalSite applies), looked up once for both the read and the write.</summary>
        public VariableDefinition? WithObject;
        public FieldDefinition? WithSite;
        /// <summary>A let/const/class binding that may still be uninitialised when this runs: its name, for the ReferenceError.</summary>
        public string? TdzName;
        /// <summary>Sloppy direct eval may have declared a var of this name that shadows Symbol (see MayBeShadowedByEval).</summary>
        public string? ShadowName;
        /// <summary>`super[Key]`: read from the home object's prototype, written with `this` as the receiver.</summary>
        public bool Super;
    }

    Reference EmitReference(Expression target)
    {
        switch (target)
        {
            case Identifier id:
            {
                var symbol = _m.Binder.Resolve(id);
                var r = symbol != null
                    ? new Reference { Symbol = symbol, TdzName = _m.Binder.NeedsTdzCheck(id) ? id.Name : null, ShadowName = MayBeShadowedByEval(symbol) ? id.Name : null }
                    : new Reference { GlobalSite = _m.NewSite(id.Name) };
                if (_withObjects.Count > 0)
                {
                    r.WithObject = Temp(_rt.JsValue);
                    r.WithSite = _m.NewSite(id.Name);
                    EmitUndefined();
                    _il.Emit(OpCodes.Stloc, r.WithObject);
                    var found = Label();
                    EmitWithLookup(id, found, _ => _il.Emit(OpCodes.Stloc, r.WithObject));
                    Mark(found);
                }
                return r;
            }
            case MemberExpression { Object: Super } m:
            {
                var r = new Reference { Super = true, Key = Temp(_rt.JsValue) };
                if (m.Computed) EmitExpression(m.Property);
                else EmitString(((Identifier)m.Property).Name);
                _il.Emit(OpCodes.Stloc, r.Key);
                return r;
            }
            case MemberExpression m:
            {
                var r = new Reference { Object = Temp(_rt.JsValue) };
                EmitExpression(m.Object);
                _il.Emit(OpCodes.Stloc, r.Object);
                if (m.Property is PrivateIdentifier privateName) r.PrivateName = _m.Binder.ResolvePrivate(privateName);
                else if (!m.Computed) r.MemberSite = _m.NewSite(((Identifier)m.Property).Name);
                else
                {
                    r.Key = Temp(_rt.JsValue);
                    EmitExpression(m.Property);
                    _il.Emit(OpCodes.Stloc, r.Key);
                }
                return r;
            }
            default:
                throw new NotSupportedException("invalid assignment target " + target.Type);
        }
    }

    void EmitReferenceGet(Reference r)
    {
        if (r.WithObject != null)
        {
            EmitViaWithObject(r, () =>
            {
                _il.Emit(OpCodes.Ldloc, r.WithObject);
                _il.Emit(OpCodes.Ldsfld, r.WithSite!);
                _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetMember)));
            }, () => EmitReferenceGet(new Reference { Symbol = r.Symbol, GlobalSite = r.GlobalSite }));
            return;
        }
        if (r.Symbol != null) EmitShadowableLoad(r.Symbol, r.ShadowName, r.TdzName);
        else if (r.GlobalSite != null) EmitGlobalGet(r.GlobalSite);
        else if (r.Super)
        {
            _il.Emit(OpCodes.Ldarg_0);
            EmitLoadThis();
            _il.Emit(OpCodes.Ldloc, r.Key!);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SuperGet)));
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, r.Object!);
            if (r.PrivateName != null)
            {
                EmitLoadSymbol(r.PrivateName);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.PrivateGet)));
            }
            else if (r.MemberSite != null)
            {
                _il.Emit(OpCodes.Ldsfld, r.MemberSite);
                _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetMember)));
            }
            else
            {
                _il.Emit(OpCodes.Ldloc, r.Key!);
                _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetIndex)));
            }
        }
    }

    /// <summary>Stores the value on the stack into the reference (consuming it).</summary>
    void EmitReferenceSet(Reference r)
    {
        if (r.WithObject != null)
        {
            var stored = Temp(_rt.JsValue);
            _il.Emit(OpCodes.Stloc, stored);
            EmitViaWithObject(r, () =>
            {
                _il.Emit(OpCodes.Ldloc, r.WithObject);
                _il.Emit(OpCodes.Ldloc, stored);
                _il.Emit(OpCodes.Ldsfld, r.WithSite!);
                _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.SetMember)));
            }, () =>
            {
                _il.Emit(OpCodes.Ldloc, stored);
                EmitReferenceSet(new Reference { Symbol = r.Symbol, GlobalSite = r.GlobalSite });
            });
            Release(stored);
            return;
        }
        if (r.Symbol != null)
        {
            var afterStore = Label();
            if (r.ShadowName != null)
            {
                // A var that eval declared in between takes the value instead.
                var stored = Temp(_rt.JsValue);
                _il.Emit(OpCodes.Stloc, stored);
                EmitCurrentEnv();
                EmitEnvRef(r.Symbol.Scope);
                _il.Emit(OpCodes.Ldstr, r.ShadowName);
                _il.Emit(OpCodes.Ldloc, stored);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(EvalOperations), nameof(EvalOperations.TrySetShadowing)));
                _il.Emit(OpCodes.Brtrue, afterStore);
                _il.Emit(OpCodes.Ldloc, stored);
                Release(stored);
            }
            if (r.TdzName != null)
            {
                EmitLoadSymbol(r.Symbol);
                EmitTdzCheck(r.TdzName);
                _il.Emit(OpCodes.Pop);
            }
            if (r.Symbol.Kind == SymbolKind.Const)
            {
                _il.Emit(OpCodes.Pop);
                EmitThrowTypeError("Assignment to constant variable.");
                Mark(afterStore);
                return;
            }
            EmitStoreSymbol(r.Symbol);
            Mark(afterStore);
            return;
        }
        var value = Temp(_rt.JsValue);
        _il.Emit(OpCodes.Stloc, value);
        if (r.GlobalSite != null)
        {
            bool dynamic = IsDynamicScope();
            if (dynamic) EmitCurrentEnv();
            _il.Emit(OpCodes.Ldsfld, r.GlobalSite);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Call, dynamic ? _rt.Method(typeof(EvalOperations), nameof(EvalOperations.Set)) : _rt.Global(nameof(GlobalOperations.Set)));
        }
        else if (r.Super)
        {
            _il.Emit(OpCodes.Ldarg_0);
            EmitLoadThis();
            _il.Emit(OpCodes.Ldloc, r.Key!);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SuperSet)));
        }
        else if (r.PrivateName != null)
        {
            _il.Emit(OpCodes.Ldloc, r.Object!);
            EmitLoadSymbol(r.PrivateName);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.PrivateSet)));
            _il.Emit(OpCodes.Pop);
        }
        else if (r.MemberSite != null)
        {
            _il.Emit(OpCodes.Ldloc, r.Object!);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Ldsfld, r.MemberSite);
            _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.SetMember)));
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, r.Object!);
            _il.Emit(OpCodes.Ldloc, r.Key!);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.SetIndex)));
        }
        Release(value);
    }

    /// <summary>Runs <paramref name="onObject"/> when a with-object had the reference's name, else <paramref name="otherwise"/>.</summary>
    void EmitViaWithObject(Reference r, Action onObject, Action otherwise)
    {
        var none = Label();
        var end = Label();
        _il.Emit(OpCodes.Ldloc, r.WithObject!);
        _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.IsUndefined)));
        _il.Emit(OpCodes.Brtrue, none);
        onObject();
        _il.Emit(OpCodes.Br, end);
        Mark(none);
        otherwise();
        Mark(end);
    }

    void ReleaseReference(Reference r)
    {
        if (r.WithObject != null) Release(r.WithObject);
        if (r.Object != null) Release(r.Object);
        if (r.Key != null) Release(r.Key);
    }

    void EmitAssignment(AssignmentExpression a)
    {
        if (a.Left is ObjectPattern or ArrayPattern)
        {
            EmitExpression(a.Right);
            _il.Emit(OpCodes.Dup);
            if (a.Left is ObjectPattern) _destructureSource = DestructureSourceText(a.Right) ?? "";
            else if (a.Left is ArrayPattern) _destructureSource = IterationSubject(a.Right) ?? "";
            EmitAssignToPattern(a.Left, isDeclaration: false);
            return;
        }
        var r = EmitReference(a.Left);
        var result = Temp(_rt.JsValue);
        if (a.Operator == "=")
        {
            if (a.Left is Identifier id) InferName(a.Right, id.Name);
            else if (a.Left is MemberExpression member && a.Right is FunctionExpression { Id: null } or ArrowFunctionExpression && MemberPath(member) is { } path)
                _m.FrameNames.TryAdd(a.Right, path);
            EmitExpression(a.Right);
        }
        else if (a.Operator is "&&=" or "||=" or "??=")
        {
            var done = Label();
            EmitReferenceGet(r);
            _il.Emit(OpCodes.Stloc, result);
            _il.Emit(OpCodes.Ldloc, result);
            if (a.Operator == "??=")
            {
                _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.IsNullish)));
                _il.Emit(OpCodes.Brfalse, done);
            }
            else
            {
                _il.Emit(OpCodes.Call, _rt.ToBoolean);
                _il.Emit(a.Operator == "&&=" ? OpCodes.Brfalse : OpCodes.Brtrue, done);
            }
            if (a.Left is Identifier lid) InferName(a.Right, lid.Name);
            EmitExpression(a.Right);
            _il.Emit(OpCodes.Stloc, result);
            _il.Emit(OpCodes.Ldloc, result);
            EmitReferenceSet(r);
            Mark(done);
            _il.Emit(OpCodes.Ldloc, result);
            Release(result);
            ReleaseReference(r);
            return;
        }
        else
        {
            EmitReferenceGet(r);
            EmitExpression(a.Right);
            _il.Emit(OpCodes.Call, _rt.Op(ArithmeticOperator(a.Operator[..^1])));
        }
        _il.Emit(OpCodes.Stloc, result);
        _il.Emit(OpCodes.Ldloc, result);
        EmitReferenceSet(r);
        _il.Emit(OpCodes.Ldloc, result);
        Release(result);
        ReleaseReference(r);
    }

    /// <summary>V8's inferred name for a function assigned to `a.b.c` (`.prototype` left out): "a.b.c"; null for other targets.</summary>
    static string? MemberPath(MemberExpression m)
    {
        if (m.Computed || m.Property is not Identifier property) return null;
        string? obj = m.Object switch
        {
            Identifier id => id.Name,
            MemberExpression inner => MemberPath(inner),
            _ => null,
        };
        if (obj == null) return null;
        if (obj.EndsWith(".prototype", StringComparison.Ordinal)) obj = obj[..^".prototype".Length];
        return property.Name == "prototype" ? obj : obj + "." + property.Name;
    }

    void EmitUpdate(UpdateExpression u)
    {
        var r = EmitReference(u.Argument);
        var result = Temp(_rt.JsValue);
        EmitReferenceGet(r);
        _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.ToNumeric)));
        if (!u.Prefix)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, result);
        }
        _il.Emit(OpCodes.Call, _rt.Op(u.Operator == "++" ? nameof(Operators.Increment) : nameof(Operators.Decrement)));
        if (u.Prefix)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, result);
        }
        EmitReferenceSet(r);
        _il.Emit(OpCodes.Ldloc, result);
        Release(result);
        ReleaseReference(r);
    }

    /// <summary>Binds or assigns the value on the stack (consuming it) to an identifier, member or destructuring pattern.</summary>
    void EmitForOf(ForInOfStatement f)
    {
        if (f.Await)
        {
            EmitForAwait(f);
            return;
        }
        EmitExpression(f.Right);
        var iterator = NewLocal(_rt.Import(typeof(IteratorRecord)));
        EmitIterationSubject(IterationSubject(f.Right));
        _il.Emit(OpCodes.Call, _rt.Method(typeof(IteratorRecord), nameof(IteratorRecord.From), 2));
        _il.Emit(OpCodes.Stloc, iterator);
        var value = NewLocal(_rt.JsValue);
        var frame = PushLoop();
        var top = Label();
        Mark(top);
        _il.Emit(OpCodes.Ldloc, iterator);
        _il.Emit(OpCodes.Ldloca, value);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(IteratorRecord), nameof(IteratorRecord.Step)));
        _il.Emit(OpCodes.Brfalse, frame.Break!);
        EmitIteratorClosingBody(iterator, frame, top, () =>
        {
            EmitLoopHead(f, value);
            EmitStatement(f.Body);
        });
        PopFrame(frame);
        if (_m.Binder.ScopeOf(f) is { } scope) ExitScope(scope);
    }

    /// <summary>
    /// ForIn/OfBodyEvaluation's IteratorClose (https://tc39.es/ecma262/#sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset):
    /// the head and body run in a region whose exits other than `continue` (break, return,
    /// an outer continue, a throw) first call the iterator's `return` method, as a try/finally would.
    /// </summary>
    void EmitIteratorClosingBody(VariableDefinition iterator, JumpFrame loop, Instruction top, Action body, Action<FinallyFrame>? close = null)
    {
        var frame = new FinallyFrame { Completion = NewLocal(_rt.Int32), Exception = NewLocal(_rt.Exception), FinallyStart = Label() };
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, frame.Completion);
        _finallyFrames.Add(frame);
        var inside = Label();
        loop.Continue = inside;
        loop.ContinueDepth = _finallyFrames.Count;
        var tryStart = Label();
        var dispatch = MarkTryStart(tryStart);
        body();
        Mark(inside);
        _il.Emit(OpCodes.Leave, top);
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
            TryStart = tryStart, TryEnd = handlerStart, HandlerStart = handlerStart, HandlerEnd = frame.FinallyStart, CatchType = _rt.Object,
        });
        if (close != null) close(frame);
        else
        {
            _il.Emit(OpCodes.Ldloc, iterator);
            _il.Emit(OpCodes.Ldloc, frame.Completion);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Ceq);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(IteratorRecord), nameof(IteratorRecord.CloseForLoop)));
        }
        EmitFinallyDispatch(frame);
    }
}
