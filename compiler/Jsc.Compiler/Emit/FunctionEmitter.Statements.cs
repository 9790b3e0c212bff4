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
    // https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations

    /// <summary>A statement that `break`/`continue` can target.</summary>
    sealed class JumpFrame
    {
        public List<string> Labels = new();
        public Instruction? Break, Continue;
        public int FinallyDepth;
        /// <summary>Where `continue` stays inside a protected region of the loop (for-of's), its depth there.</summary>
        public int? ContinueDepth;
        public bool IsLoopOrSwitch;
    }

    /// <summary>
    /// A try/finally in progress. Its finally code is emitted once, after the try region
    /// (which catches everything into <see cref="Exception"/>); jumps out of the try region
    /// record a completion number and go through the finally code, which then dispatches.
    /// </summary>
    sealed class FinallyFrame
    {
        public VariableDefinition Completion = null!, Exception = null!;
        public Instruction FinallyStart = null!;
        public readonly List<(int Id, Instruction Target, int Depth)> Pending = new();
    }

    readonly List<JumpFrame> _jumpFrames = new();
    /// <summary>Bindings of the with-objects around the current point (the enclosing functions' first), innermost last.</summary>
    readonly List<Symbol> _withObjects = new();
    readonly List<FinallyFrame> _finallyFrames = new();
    List<string>? _pendingLabels;

    bool HasCompletionValue => _fs.IsScript || _fs.IsEval;

    void EmitStatement(Statement statement)
    {
        if (statement is not (BlockStatement or EmptyStatement or FunctionDeclaration)) MarkSequencePoint(statement);
        // Compound statements complete with undefined unless their body produces a value (UpdateEmpty).
        if (HasCompletionValue && statement is IfStatement or WhileStatement or DoWhileStatement or ForStatement or ForInOfStatement or SwitchStatement or TryStatement or WithStatement)
        {
            EmitUndefined();
            _il.Emit(OpCodes.Stloc, _returnValue);
        }
        switch (statement)
        {
            case ExpressionStatement e:
                if (e.Directive != null && !HasCompletionValue) break;
                EmitExpression(e.Expression);
                // A script's completion value (what eval returns) is its last expression statement's value.
                if (_fs.IsScript || _fs.IsEval) _il.Emit(OpCodes.Stloc, _returnValue);
                else _il.Emit(OpCodes.Pop);
                break;
            case VariableDeclaration v: EmitVariableDeclaration(v); break;
            case FunctionDeclaration f: EmitAnnexBFunction(f); break;
            case EmptyStatement or DebuggerStatement: break;
            case BlockStatement b: EmitBlock(b, b.Body); break;
            case ReturnStatement r:
                if (r.Argument != null)
                {
                    EmitExpression(r.Argument);
                    // An async generator's `return v` awaits v (https://tc39.es/ecma262/#sec-return-statement-runtime-semantics-evaluation).
                    if (IsAsyncGenerator) EmitAwaitOnStack();
                }
                else EmitUndefined();
                _il.Emit(OpCodes.Stloc, _returnValue);
                EmitJump(_returnLabel, 0);
                break;
            case IfStatement i:
            {
                var elseLabel = Label();
                var end = Label();
                EmitBranch(i.Test, false, elseLabel);
                EmitStatement(i.Consequent);
                if (i.Alternate != null)
                {
                    _il.Emit(OpCodes.Br, end);
                    Mark(elseLabel);
                    EmitStatement(i.Alternate);
                }
                else Mark(elseLabel);
                Mark(end);
                break;
            }
            case WhileStatement w:
            {
                var frame = PushLoop();
                Mark(frame.Continue!);
                EmitBranch(w.Test, false, frame.Break!);
                EmitStatement(w.Body);
                _il.Emit(OpCodes.Br, frame.Continue!);
                PopFrame(frame);
                break;
            }
            case DoWhileStatement d:
            {
                var frame = PushLoop();
                var top = Label();
                Mark(top);
                EmitStatement(d.Body);
                Mark(frame.Continue!);
                EmitBranch(d.Test, true, top);
                PopFrame(frame);
                break;
            }
            case ForStatement f: EmitFor(f); break;
            case ForInOfStatement f: EmitForInOf(f); break;
            case LabeledStatement l: EmitLabeled(l); break;
            case BreakStatement b: EmitBreakContinue(b.Label?.Name, isBreak: true); break;
            case ContinueStatement c: EmitBreakContinue(c.Label?.Name, isBreak: false); break;
            case ThrowStatement t:
                EmitExpression(t.Argument);
                // The throw itself maps to the statement: node's uncaught report points there.
                MarkSequencePoint(t);
                _il.Emit(OpCodes.Newobj, _rt.Ctor(typeof(Runtime.Errors.JsException), typeof(Runtime.Values.JsValue)));
                _il.Emit(OpCodes.Throw);
                break;
            case TryStatement t: EmitTry(t); break;
            case ClassDeclaration c:
                EmitClass(c);
                EmitAssignToPattern(c.Id!, isDeclaration: true);
                break;
            case SwitchStatement s: EmitSwitch(s); break;
            case WithStatement w:
            {
                EmitExpression(w.Object);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(WithOperations), nameof(WithOperations.ToWithObject)));
                var withObject = _m.Binder.WithObjectOf(w);
                EmitStoreSymbol(withObject);
                _withObjects.Add(withObject);
                EmitStatement(w.Body);
                _withObjects.RemoveAt(_withObjects.Count - 1);
                break;
            }
            default:
                throw NotYetSupported(statement, statement.Type);
        }
    }

    void EmitBlock(Node owner, List<Statement> body)
    {
        var scope = _m.Binder.ScopeOf(owner);
        if (scope != null)
        {
            EnterScope(scope);
            _blockScopes.Add(scope);
            EmitTdzInit(scope);
            EmitHoistedFunctions(scope);
        }
        foreach (var s in body) EmitStatement(s);
        if (scope != null)
        {
            _blockScopes.Remove(scope);
            ExitScope(scope);
        }
    }

    /// <summary>Annex B.3.3: evaluating a sloppy block-level function declaration copies it to the function's var binding.</summary>
    void EmitAnnexBFunction(FunctionDeclaration f)
    {
        if (Strict || f.Id == null || f.IsAsync || f.IsGenerator) return;
        for (int i = _blockScopes.Count - 1; i >= 0; i--)
        {
            var scope = _blockScopes[i];
            if (!scope.HoistedFunctions.Contains(f)) continue;
            if (_fs.Symbols.TryGetValue(f.Id.Name, out var varSymbol) && varSymbol.Kind == SymbolKind.Var)
            {
                EmitLoadSymbol(scope.Symbols[f.Id.Name]);
                EmitStoreSymbol(varSymbol);
            }
            return;
        }
    }

    readonly List<Scope> _blockScopes = new();

    void EmitVariableDeclaration(VariableDeclaration v)
    {
        foreach (var d in v.Declarations)
        {
            if (d.Init == null)
            {
                // `var x;` leaves x alone; `let x;` (re)initialises it to undefined.
                if (v.Kind == "var") continue;
                EmitUndefined();
            }
            else
            {
                if (d.Id is Identifier name)
                {
                    InferName(d.Init, name.Name);
                    if (_withObjects.Count > 0 && v.Kind == "var")
                    {
                        // `var x = v` inside `with` assigns through the with-object if it has x.
                        EmitAssignment(new AssignmentExpression { Left = name, Right = d.Init, Start = d.Start, End = d.End });
                        _il.Emit(OpCodes.Pop);
                        continue;
                    }
                }
                EmitExpression(d.Init);
            }
            if (d.Id is ObjectPattern && d.Init != null) _destructureSource = DestructureSourceText(d.Init) ?? "";
            else if (d.Id is ArrayPattern && d.Init != null) _destructureSource = IterationSubject(d.Init) ?? "";
            EmitAssignToPattern(d.Id, isDeclaration: true);
        }
    }

    JumpFrame PushLoop()
    {
        // A function with a loop may run long in one call: tier-0 code with no inlining
        // would then dominate, so such methods are compiled fully optimised right away.
        _method.ImplAttributes |= Mono.Cecil.MethodImplAttributes.AggressiveOptimization;
        var frame = new JumpFrame { Break = Label(), Continue = Label(), FinallyDepth = _finallyFrames.Count, IsLoopOrSwitch = true };
        if (_pendingLabels != null)
        {
            frame.Labels = _pendingLabels;
            _pendingLabels = null;
        }
        _jumpFrames.Add(frame);
        return frame;
    }

    void PopFrame(JumpFrame frame)
    {
        _jumpFrames.Remove(frame);
        Mark(frame.Break!);
    }

    void EmitLabeled(LabeledStatement l)
    {
        (_pendingLabels ??= new()).Add(l.Label.Name);
        if (l.Body is WhileStatement or DoWhileStatement or ForStatement or ForInOfStatement)
        {
            EmitStatement(l.Body);
            return;
        }
        if (l.Body is LabeledStatement)
        {
            EmitStatement(l.Body);
            return;
        }
        // A labelled non-loop statement: only `break label` can target it.
        var frame = new JumpFrame { Break = Label(), FinallyDepth = _finallyFrames.Count, Labels = _pendingLabels };
        _pendingLabels = null;
        _jumpFrames.Add(frame);
        EmitStatement(l.Body);
        PopFrame(frame);
    }

    void EmitBreakContinue(string? label, bool isBreak)
    {
        for (int i = _jumpFrames.Count - 1; i >= 0; i--)
        {
            var frame = _jumpFrames[i];
            bool matches = label == null ? frame.IsLoopOrSwitch && (isBreak || frame.Continue != null) : frame.Labels.Contains(label);
            if (!matches) continue;
            var target = isBreak ? frame.Break : frame.Continue;
            if (target == null) continue;
            EmitJump(target, isBreak ? frame.FinallyDepth : frame.ContinueDepth ?? frame.FinallyDepth);
            return;
        }
        throw new InvalidOperationException("unresolved jump " + label);
    }

    /// <summary>Jumps to a label, routing through the finally code of every try/finally in between.</summary>
    void EmitJump(Instruction target, int targetDepth)
    {
        if (_finallyFrames.Count > targetDepth)
        {
            var frame = _finallyFrames[^1];
            int id = frame.Pending.Count + 2;
            frame.Pending.Add((id, target, targetDepth));
            _il.Emit(OpCodes.Ldc_I4, id);
            _il.Emit(OpCodes.Stloc, frame.Completion);
            _il.Emit(OpCodes.Leave, frame.FinallyStart);
            return;
        }
        _il.Emit(OpCodes.Leave, target);
    }

    void EmitFor(ForStatement f)
    {
        var scope = _m.Binder.ScopeOf(f);
        if (scope != null) EnterScope(scope);
        if (f.Init is VariableDeclaration v) EmitVariableDeclaration(v);
        else if (f.Init is Expression e)
        {
            EmitExpression(e);
            _il.Emit(OpCodes.Pop);
        }
        var frame = PushLoop();
        var top = Label();
        Mark(top);
        if (f.Test != null) EmitBranch(f.Test, false, frame.Break!);
        EmitStatement(f.Body);
        Mark(frame.Continue!);
        if (scope?.EnvType != null) EmitCopyLoopEnvironment(scope);
        if (f.Update != null)
        {
            EmitExpression(f.Update);
            _il.Emit(OpCodes.Pop);
        }
        _il.Emit(OpCodes.Br, top);
        PopFrame(frame);
        if (scope != null) ExitScope(scope);
    }

    /// <summary>
    /// `for (let i ...)` gives each iteration its own binding (CreatePerIterationEnvironment):
    /// before the update, copy the captured variables into a fresh environment.
    /// </summary>
    void EmitCopyLoopEnvironment(Scope scope)
    {
        var fresh = Temp(scope.EnvType!);
        _il.Emit(OpCodes.Newobj, _m.EnvCtor(scope));
        _il.Emit(OpCodes.Stloc, fresh);
        if (scope.EnvParentField != null)
        {
            _il.Emit(OpCodes.Ldloc, fresh);
            _il.Emit(OpCodes.Ldloc, scope.EnvLocal!);
            _il.Emit(OpCodes.Ldfld, scope.EnvParentField);
            _il.Emit(OpCodes.Stfld, scope.EnvParentField);
        }
        foreach (var field in ((TypeDefinition)scope.EnvType!).Fields)
        {
            if (field == scope.EnvParentField) continue;
            _il.Emit(OpCodes.Ldloc, fresh);
            _il.Emit(OpCodes.Ldloc, scope.EnvLocal!);
            _il.Emit(OpCodes.Ldfld, field);
            _il.Emit(OpCodes.Stfld, field);
        }
        _il.Emit(OpCodes.Ldloc, fresh);
        _il.Emit(OpCodes.Stloc, scope.EnvLocal!);
        Release(fresh);
    }

    void EmitForInOf(ForInOfStatement f)
    {
        if (f.IsOf)
        {
            EmitForOf(f);
            return;
        }
        EmitExpression(f.Right);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ForInIterator), nameof(ForInIterator.Create)));
        var iterator = NewLocal(_rt.ForInIterator);
        _il.Emit(OpCodes.Stloc, iterator);
        var key = NewLocal(_rt.JsValue);
        var frame = PushLoop();
        Mark(frame.Continue!);
        _il.Emit(OpCodes.Ldloc, iterator);
        _il.Emit(OpCodes.Ldloca, key);
        _il.Emit(OpCodes.Callvirt, _rt.Method(typeof(ForInIterator), nameof(ForInIterator.MoveNext)));
        _il.Emit(OpCodes.Brfalse, frame.Break!);
        EmitLoopHead(f, key);
        EmitStatement(f.Body);
        _il.Emit(OpCodes.Br, frame.Continue!);
        PopFrame(frame);
        if (_m.Binder.ScopeOf(f) is { } scope) ExitScope(scope);
    }

    /// <summary>Binds the current key/value of a for-in/of loop, in a fresh scope per iteration for let/const.</summary>
    void EmitLoopHead(ForInOfStatement f, VariableDefinition value)
    {
        var scope = _m.Binder.ScopeOf(f);
        if (scope != null)
        {
            if (scope.EnvLocal != null) _envStack.Remove(scope);
            EnterScope(scope);
        }
        _il.Emit(OpCodes.Ldloc, value);
        if (f.Left is VariableDeclaration v) EmitAssignToPattern(v.Declarations[0].Id, isDeclaration: true);
        else EmitAssignToPattern((Expression)f.Left, isDeclaration: false);
    }

    void EmitSwitch(SwitchStatement s)
    {
        EmitExpression(s.Discriminant);
        var value = NewLocal(_rt.JsValue);
        _il.Emit(OpCodes.Stloc, value);
        var scope = _m.Binder.ScopeOf(s);
        if (scope != null)
        {
            EnterScope(scope);
            EmitTdzInit(scope);
            EmitHoistedFunctions(scope);
        }
        var frame = new JumpFrame { Break = Label(), FinallyDepth = _finallyFrames.Count, IsLoopOrSwitch = true, Labels = _pendingLabels ?? new() };
        _pendingLabels = null;
        _jumpFrames.Add(frame);
        var bodies = s.Cases.Select(_ => Label()).ToArray();
        int defaultIndex = -1;
        for (int i = 0; i < s.Cases.Count; i++)
        {
            if (s.Cases[i].Test == null) { defaultIndex = i; continue; }
            _il.Emit(OpCodes.Ldloc, value);
            EmitExpression(s.Cases[i].Test!);
            _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.StrictEquals)));
            _il.Emit(OpCodes.Brtrue, bodies[i]);
        }
        _il.Emit(OpCodes.Br, defaultIndex >= 0 ? bodies[defaultIndex] : frame.Break!);
        for (int i = 0; i < s.Cases.Count; i++)
        {
            Mark(bodies[i]);
            foreach (var st in s.Cases[i].Consequent) EmitStatement(st);
        }
        PopFrame(frame);
        if (scope != null) ExitScope(scope);
    }
}
