using Jsc.Compiler.Ast;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Values;
using Mono.Cecil;
using Mono.Cecil.Cil;

using MethodDefinition = Mono.Cecil.MethodDefinition;

namespace Jsc.Compiler.Emit;

/// <summary>
/// Generator functions as resumable methods, the way C# lowers iterators, but keeping one
/// method per function. (https://tc39.es/ecma262/#sec-generator-function-definitions)
///
/// The function's own method runs FunctionDeclarationInstantiation when called, makes the
/// generator object (an emitted subclass of JsGenerator with one field per IL local) and
/// suspends at state 1. Every suspension stores the state and all locals into that object
/// and returns; JsGenerator.Resume calls the method again with the generator in the
/// new.target slot, and the method restores the locals and switches on the state:
/// <code>
///   function* g(a) { try { yield a; } finally { f(); } }
/// becomes
///   if (newTarget is Generator$g gen) { restore locals; switch (gen.ResumePoint) { case 1: goto s1; case 2: goto try1; } }
///   ...parameters...; gen = new Generator$g(callee); state = 1; goto suspend; s1:
///   try1: try { switch (resumeState) { case 2: goto s2; }  value = a; state = 2; leave suspend; s2: ...resumption... }
///   ...finally code...
///   suspend: save locals; gen.ResumePoint = state; return value;
/// </code>
/// A jump cannot enter a protected region, so each try block starts with its own switch
/// and the levels outside jump to the label just before the try (entering it by falling
/// through). Finally code is ordinary code after the region here (see FunctionEmitter.Try),
/// so a `return()` resumption is a jump to the return label through the pending finally
/// blocks, which may themselves yield. The evaluation stack around a yield inside an
/// expression is spilled by <see cref="YieldStackSpiller"/>.
///
/// Async functions can plug in here: an `await` is a suspension like a yield whose
/// resumption a promise reaction makes (Resume with Next or Throw), and the function's
/// call returns a promise instead of the generator object.
/// </summary>
sealed partial class FunctionEmitter
{
    /// <summary>The switch that dispatches resumptions at one try nesting level (the method's top level first).</summary>
    sealed class DispatchLevel
    {
        public Instruction Entry = null!, Load = null!, Switch = null!;
        public readonly List<(int State, Instruction Target)> Targets = new();
    }

    /// <summary>What a resumable method keeps while it is emitted.</summary>
    sealed class ResumableState
    {
        public TypeDefinition FrameType = null!;
        public MethodReference FrameCtor = null!;
        public VariableDefinition Self = null!, ResumeState = null!, SuspendState = null!, YieldValue = null!;
        public Instruction SuspendLabel = null!, RestorePoint = null!;
        /// <summary>The levels around the current point, outermost first; <see cref="All"/> every level made.</summary>
        public readonly List<DispatchLevel> Levels = new(), All = new();
        public readonly List<(Instruction Start, Instruction Join)> Sites = new();
        public int States;
    }

    ResumableState? _resumable;

    bool IsResumableFunction => _fs.Function_ is { IsGenerator: true } or { IsAsync: true };
    bool IsAsyncFunction => _fs.Function_ is { IsAsync: true, IsGenerator: false };
    bool IsAsyncGenerator => _fs.Function_ is { IsAsync: true, IsGenerator: true };

    /// <summary>The runtime class the frame object derives from.</summary>
    Type FrameBaseType => IsAsyncFunction ? typeof(JsAsyncFunction) : IsAsyncGenerator ? typeof(JsAsyncGenerator) : typeof(JsGenerator);

    /// <summary>At the method's start: when resuming, restore the locals and jump to the resume point.</summary>
    void EmitResumeEntry()
    {
        var r = _resumable = new ResumableState();
        r.FrameType = DeclareGeneratorType();
        r.FrameCtor = r.FrameType.Methods.First(m => m.IsConstructor);
        r.Self = NewLocal(r.FrameType);
        r.ResumeState = NewLocal(_rt.Int32);
        r.SuspendState = NewLocal(_rt.Int32);
        r.YieldValue = NewLocal(_rt.JsValue);
        r.SuspendLabel = Label();
        var start = Label();
        _il.Emit(OpCodes.Ldarg_3);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(JsGenerator), nameof(JsGenerator.Resuming)));
        _il.Emit(OpCodes.Isinst, r.FrameType);
        _il.Emit(OpCodes.Stloc, r.Self);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Brfalse, start);
        r.RestorePoint = Label();
        Mark(r.RestorePoint);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Ldfld, GeneratorField(nameof(JsGenerator.ResumePoint)));
        _il.Emit(OpCodes.Stloc, r.ResumeState);
        var level = new DispatchLevel { Entry = start };
        level.Load = _il.Create(OpCodes.Ldloc, r.ResumeState);
        level.Switch = _il.Create(OpCodes.Switch, Array.Empty<Instruction>());
        _il.Append(level.Load);
        _il.Append(level.Switch);
        _il.Emit(OpCodes.Br, start);
        r.Levels.Add(level);
        r.All.Add(level);
        Mark(start);
    }

    /// <summary>The generator object's class: JsGenerator plus, later, a field per local.</summary>
    TypeDefinition DeclareGeneratorType()
    {
        var type = new TypeDefinition("", "Generator$" + _method.Name, TypeAttributes.NestedPublic | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit,
            _rt.Import(FrameBaseType));
        _m.Type.NestedTypes.Add(type);
        var ctor = new MethodDefinition(".ctor", MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            _m.Module.TypeSystem.Void);
        ctor.Parameters.Add(new ParameterDefinition("closure", ParameterAttributes.None, _rt.JsClosure));
        var il = ctor.Body.GetILProcessor();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Call, _m.Module.ImportReference(FrameBaseType.GetConstructors(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            .First(c => c.GetParameters() is [{ ParameterType: var t }] && t == typeof(Jsc.Runtime.Objects.JsClosure))));
        il.Emit(OpCodes.Ret);
        type.Methods.Add(ctor);
        return type;
    }

    FieldReference GeneratorField(string name) => _m.Module.ImportReference(typeof(JsGenerator).GetField(name));

    /// <summary>After FunctionDeclarationInstantiation: make the generator object and suspend in suspendedStart.</summary>
    void EmitGeneratorStart()
    {
        var r = _resumable!;
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Newobj, r.FrameCtor);
        _il.Emit(OpCodes.Stloc, r.Self);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(JsValue), nameof(JsValue.FromObject)));
        _il.Emit(OpCodes.Stloc, r.YieldValue);
        EmitSuspend();
    }

    /// <summary>Suspends with the value in YieldValue (stack empty); returns after the resume label.</summary>
    void EmitSuspend()
    {
        var r = _resumable!;
        int state = ++r.States;
        _il.Emit(OpCodes.Ldc_I4, state);
        _il.Emit(OpCodes.Stloc, r.SuspendState);
        _il.Emit(OpCodes.Leave, r.SuspendLabel);
        var resume = Label();
        Mark(resume);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, r.ResumeState);
        // The innermost level jumps to the resume point; each outer one to the entry of the level inside it.
        var target = resume;
        for (int i = r.Levels.Count - 1; i >= 0; i--)
        {
            r.Levels[i].Targets.Add((state, target));
            target = r.Levels[i].Entry;
        }
    }

    /// <summary>Marks a try block's start; in a generator, enters it through a label outside and dispatches inside.</summary>
    DispatchLevel? MarkTryStart(Instruction tryStart)
    {
        if (_resumable == null)
        {
            Mark(tryStart);
            return null;
        }
        var level = new DispatchLevel { Entry = Label() };
        Mark(level.Entry);
        Mark(tryStart);
        level.Load = _il.Create(OpCodes.Ldloc, _resumable.ResumeState);
        level.Switch = _il.Create(OpCodes.Switch, Array.Empty<Instruction>());
        _il.Append(level.Load);
        _il.Append(level.Switch);
        _resumable.Levels.Add(level);
        _resumable.All.Add(level);
        return level;
    }

    void EndTryDispatch(DispatchLevel? level)
    {
        if (level != null) _resumable!.Levels.Remove(level);
    }

    /// <summary>YieldExpression: https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation</summary>
    void EmitYield(YieldExpression y)
    {
        if (y.Delegate && IsAsyncGenerator)
        {
            EmitAsyncYieldStar(y);
            return;
        }
        if (y.Delegate)
        {
            EmitYieldStar(y);
            return;
        }
        var r = _resumable!;
        EmitExpression(y.Argument);
        // In an async generator, `yield v` awaits v first (https://tc39.es/ecma262/#sec-yield).
        if (IsAsyncGenerator) EmitAwaitOnStack();
        var start = _il.Create(OpCodes.Stloc, r.YieldValue);
        _il.Append(start);
        EmitSuspend();
        // The resumption: return() returns from here through the finally blocks, throw() throws here.
        var notReturn = Label();
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Ldfld, GeneratorField(nameof(JsGenerator.Mode)));
        _il.Emit(OpCodes.Ldc_I4, (int)ResumeMode.Return);
        _il.Emit(OpCodes.Bne_Un, notReturn);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Ldfld, GeneratorField(nameof(JsGenerator.Sent)));
        _il.Emit(OpCodes.Stloc, _returnValue);
        EmitJump(_returnLabel, 0);
        Mark(notReturn);
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

    /// <summary>yield* delegates next/throw/return to the inner iterator until it is done (see YieldStarIterator.Step).</summary>
    void EmitYieldStar(YieldExpression y)
    {
        var r = _resumable!;
        EmitExpression(y.Argument);
        var iterable = Temp(_rt.JsValue);
        var start = _il.Create(OpCodes.Stloc, iterable);
        _il.Append(start);
        var inner = NewLocal(_rt.Import(typeof(YieldStarIterator)));
        var mode = NewLocal(_rt.Int32);
        var received = NewLocal(_rt.JsValue);
        var result = NewLocal(_rt.JsValue);
        var action = Temp(_rt.Int32);
        _il.Emit(OpCodes.Ldloc, iterable);
        Release(iterable);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(YieldStarIterator), nameof(YieldStarIterator.Start)));
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
        _il.Emit(OpCodes.Ldloca, result);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(YieldStarIterator), nameof(YieldStarIterator.Step)));
        _il.Emit(OpCodes.Stloc, action);
        _il.Emit(OpCodes.Ldloc, action);
        _il.Emit(OpCodes.Brfalse, yield);
        _il.Emit(OpCodes.Ldloc, action);
        Release(action);
        _il.Emit(OpCodes.Ldc_I4, YieldStarIterator.Done);
        _il.Emit(OpCodes.Beq, join);
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Stloc, _returnValue);
        EmitJump(_returnLabel, 0);
        Mark(yield);
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Stloc, r.YieldValue);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Stfld, GeneratorField(nameof(JsGenerator.Delegating)));
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

    /// <summary>The return label's extra step in a generator: the body has completed.</summary>
    void EmitGeneratorCompleted()
    {
        _il.Emit(OpCodes.Ldloc, _resumable!.Self);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stfld, GeneratorField(nameof(JsGenerator.ResumePoint)));
    }

    /// <summary>
    /// The suspend label (after the method's last return), then the finishing passes:
    /// spill stacks at yields, fill the dispatch switches, give the generator class a field
    /// per local, and save/restore them all at the suspend label and the method entry.
    /// </summary>
    void EmitSuspendAndFinish()
    {
        var r = _resumable!;
        Mark(r.SuspendLabel);
        var savePoint = Label();
        Mark(savePoint);
        _il.Emit(OpCodes.Ldloc, r.Self);
        _il.Emit(OpCodes.Ldloc, r.SuspendState);
        _il.Emit(OpCodes.Stfld, GeneratorField(nameof(JsGenerator.ResumePoint)));
        if (IsAsyncFunction || IsAsyncGenerator)
        {
            _il.Emit(OpCodes.Ldloc, r.Self);
            _il.Emit(OpCodes.Ldloc, r.YieldValue);
            _il.Emit(OpCodes.Call, _rt.Method(FrameBaseType, "Suspended"));
        }
        else _il.Emit(OpCodes.Ldloc, r.YieldValue);
        _il.Emit(OpCodes.Ret);

        foreach (var level in r.All)
        {
            if (level.Targets.Count == 0)
            {
                _il.Remove(level.Load);
                _il.Remove(level.Switch);
                continue;
            }
            var table = new Instruction[r.States + 1];
            Array.Fill(table, level.Switch.Next);
            foreach (var (state, target) in level.Targets) table[state] = target;
            level.Switch.Operand = table;
        }
        YieldStackSpiller.Spill(_method, r.Sites, NewLocal);

        var skip = new HashSet<VariableDefinition> { r.Self, r.ResumeState, r.SuspendState, r.YieldValue };
        var save = savePoint;
        var restore = r.RestorePoint;
        foreach (var local in _method.Body.Variables.ToList())
        {
            if (skip.Contains(local) || local.VariableType.IsByReference || local.VariableType.Name.StartsWith("ReadOnlySpan", StringComparison.Ordinal)) continue;
            var field = new FieldDefinition("l" + local.Index, FieldAttributes.Public, local.VariableType);
            r.FrameType.Fields.Add(field);
            save = InsertAfter(save, _il.Create(OpCodes.Ldloc, r.Self));
            save = InsertAfter(save, _il.Create(OpCodes.Ldloc, local));
            save = InsertAfter(save, _il.Create(OpCodes.Stfld, field));
            restore = InsertAfter(restore, _il.Create(OpCodes.Ldloc, r.Self));
            restore = InsertAfter(restore, _il.Create(OpCodes.Ldfld, field));
            restore = InsertAfter(restore, _il.Create(OpCodes.Stloc, local));
        }
    }

    Instruction InsertAfter(Instruction at, Instruction ins)
    {
        _il.InsertAfter(at, ins);
        return ins;
    }
}
