using Jsc.Compiler.Ast;
using Jsc.Compiler.Binding;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Mono.Cecil;
using Mono.Cecil.Cil;

using MethodDefinition = Mono.Cecil.MethodDefinition;
using Scope = Jsc.Compiler.Binding.Scope;

namespace Jsc.Compiler.Emit;

/// <summary>
/// Emits the IL of one function: <c>JsValue Body(JsClosure callee, JsValue thisValue,
/// ReadOnlySpan&lt;JsValue&gt; args, JsValue newTarget)</c>. Every expression leaves one
/// JsValue on the stack (conditions may leave a bool instead, see EmitBranch). Variables
/// are IL locals unless a closure captures them; captured ones are fields of the scope's
/// environment object. All exits go through one return label, since IL cannot `ret` from
/// inside a protected region.
/// </summary>
sealed partial class FunctionEmitter
{
    readonly ModuleEmitter _m;
    readonly RuntimeMembers _rt;
    readonly FunctionScope _fs;
    readonly MethodDefinition _method;
    readonly ILProcessor _il;
    readonly List<Scope> _envStack = new();
    VariableDefinition? _outerEnv;
    Scope? _outerEnvScope;
    VariableDefinition _this = null!;
    /// <summary>The derived constructor's `this` binding shared with its arrows (see FunctionScope.ThisSymbol), or null.</summary>
    Binding.Symbol? _sharedThis;
    VariableDefinition _returnValue = null!;
    Instruction _returnLabel = null!;
    readonly Dictionary<TypeReference, Stack<VariableDefinition>> _freeTemps = new();

    public FunctionEmitter(ModuleEmitter module, FunctionScope scope)
    {
        _m = module;
        _rt = module.Rt;
        _fs = scope;
        _method = module.Function(scope).Method;
        _il = _method.Body.GetILProcessor();
    }

    bool Strict => _fs.Strict;

    public void EmitBody()
    {
        _returnValue = NewLocal(_rt.JsValue);
        _returnLabel = Label();
        _withObjects.AddRange(_fs.EnclosingWiths);
        EmitPrologue();
        var body = _fs.Node switch
        {
            Ast.Program p => p.Body,
            IFunction { Body: BlockStatement b } => b.Body,
            _ => null,
        };
        if (body != null)
        {
            if (!_fs.IsScript && !_fs.IsEval) _numbers = NumberInference.Infer(_m.Binder, _fs, body);
            EmitHoistedFunctions(_fs);
            if (_resumable != null) EmitGeneratorStart();
            foreach (var s in body) EmitStatement(s);
        }
        else
        {
            // A concise arrow body is its return value.
            if (_resumable != null) EmitGeneratorStart();
            var expr = (Expression)((IFunction)_fs.Node).Body;
            MarkSequencePoint(expr);
            EmitExpression(expr);
            _il.Emit(OpCodes.Stloc, _returnValue);
        }
        Mark(_returnLabel);
        if (_resumable != null) EmitGeneratorCompleted();
        _il.Emit(OpCodes.Ldloc, _returnValue);
        if (IsDerivedConstructor)
        {
            EmitLoadThis();
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.DerivedResult)));
        }
        _il.Emit(OpCodes.Ret);
        if (_resumable != null) EmitSuspendAndFinish();
        foreach (var child in _fs.Children) new FunctionEmitter(_m, child).EmitBody();
    }

    // --- Prologue ---

    void EmitPrologue()
    {
        _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.CheckStack)));
        if (IsResumableFunction) EmitResumeEntry();

        // The environment this closure was created in, typed as its class.
        _outerEnvScope = _fs.Parent?.NearestEnvironment();
        if (_outerEnvScope != null)
        {
            _outerEnv = NewLocal(_outerEnvScope.EnvType!);
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, _rt.ClosureEnv);
            _il.Emit(OpCodes.Castclass, _outerEnvScope.EnvType!);
            _il.Emit(OpCodes.Stloc, _outerEnv);
        }

        // `this`: arrows read the closure's captured this; sloppy functions coerce it.
        _this = NewLocal(_rt.JsValue);
        if (_fs.IsArrow)
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, _rt.ClosureLexicalThis);
        }
        else
        {
            _il.Emit(OpCodes.Ldarg_1);
            if (!Strict && _fs.UsesThis && _fs.Node is not Ast.Program) _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.CoerceThisSloppy)));
        }
        _il.Emit(OpCodes.Stloc, _this);

        EnterScope(_fs);
        EmitTdzInit(_fs);

        if (_fs.NewTargetSymbol is { } newTargetSymbol)
        {
            _il.Emit(OpCodes.Ldarg_3);
            EmitStoreSymbol(newTargetSymbol);
        }
        _sharedThis = Binding.Binder.SharedThisOwner(_fs)?.ThisSymbol;
        if (_fs.ThisSymbol is { } thisSymbol)
        {
            _il.Emit(OpCodes.Ldloc, _this);
            EmitStoreSymbol(thisSymbol);
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.FunctionValue)));
            EmitStoreSymbol(_fs.ConstructorSymbol!);
        }

        var fn = _fs.Function_;
        if (_fs.SelfName is { } self && self.Captured)
        {
            EmitEnvRef(_fs);
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(Runtime.Values.JsValue), nameof(Runtime.Values.JsValue.FromObject)));
            _il.Emit(OpCodes.Stfld, self.Field!);
        }

        // `arguments` first: a mapped arguments object is where the parameters live.
        bool mapped = _fs.ArgumentsSymbol != null && !Strict && fn != null && fn.Params.All(p => p is Identifier);
        if (_fs.ArgumentsSymbol is { } argumentsSymbol)
        {
            _il.Emit(OpCodes.Ldarg_2);
            if (mapped)
            {
                _il.Emit(OpCodes.Ldc_I4, fn!.Params.Count);
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ArgumentsObject), nameof(ArgumentsObject.CreateMapped)));
            }
            else if (!Strict && _fs.Node is Ast.Program)
            {
                // The sloppy module wrapper's arguments: `callee` is the wrapper, as in node (its parameters are not aliased).
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ArgumentsObject), nameof(ArgumentsObject.CreateMapped)));
            }
            else _il.Emit(OpCodes.Call, _rt.Method(typeof(ArgumentsObject), nameof(ArgumentsObject.CreateUnmapped)));
            EmitStoreSymbol(argumentsSymbol);
        }

        if (fn != null && IsAsyncFunction && !fn.Params.All(p => p is Identifier)) EmitAsyncParameters(() => EmitParameters(fn, mapped));
        else if (fn != null) EmitParameters(fn, mapped);
        else if (_fs.Node is Ast.Program)
        {
            // The module wrapper's parameters: exports, require, module, __filename, __dirname.
            for (int i = 0; i < _fs.Parameters.Count; i++)
            {
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(Args), nameof(Args.Get)));
                EmitStoreSymbol(_fs.Parameters[i]);
            }
        }
    }

    void EmitParameters(IFunction fn, bool mapped)
    {
        for (int i = 0; i < fn.Params.Count; i++)
        {
            var param = fn.Params[i];
            if (mapped)
            {
                var symbol = _fs.Symbols[((Identifier)param).Name];
                symbol.MappedIndex = i;
                // Direct eval code finds the parameter by its environment field: the attribute sends it to the slot.
                if (symbol.Field is FieldDefinition field)
                {
                    var attribute = new CustomAttribute(_m.Module.ImportReference(typeof(MappedParameterAttribute).GetConstructors()[0]));
                    attribute.ConstructorArguments.Add(new CustomAttributeArgument(_m.Module.TypeSystem.Int32, i));
                    field.CustomAttributes.Add(attribute);
                }
                continue;
            }
            if (param is Identifier id)
            {
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(Args), nameof(Args.Get)));
                EmitStoreSymbol(_fs.Symbols[id.Name]);
            }
            else EmitParameterPattern(param, i);
        }
    }

    void EmitHoistedFunctions(Scope scope)
    {
        if (scope is FunctionScope { IsScript: true } or FunctionScope { IsSloppyEval: true })
        {
            var top = (FunctionScope)scope;
            // Script declarations are globals; sloppy eval's go to the caller's function environment.
            var target = top.IsSloppyEval ? EvalVarTarget() : null;
            if (target == null && top.HoistedFunctions.Count > 0)
            {
                // Every global function must be definable before any declaration is made.
                _il.Emit(OpCodes.Ldc_I4, top.HoistedFunctions.Count);
                _il.Emit(OpCodes.Newarr, _m.Module.TypeSystem.String);
                for (int i = 0; i < top.HoistedFunctions.Count; i++)
                {
                    _il.Emit(OpCodes.Dup);
                    _il.Emit(OpCodes.Ldc_I4, i);
                    _il.Emit(OpCodes.Ldstr, top.HoistedFunctions[i].Id!.Name);
                    _il.Emit(OpCodes.Stelem_Ref);
                }
                _il.Emit(OpCodes.Call, _rt.Global(nameof(GlobalOperations.CheckDeclarableFunctions)));
            }
            foreach (var name in top.GlobalNames)
            {
                if (target != null) _il.Emit(OpCodes.Ldloc, target);
                _il.Emit(OpCodes.Ldstr, name);
                if (target == null) _il.Emit(top.IsEval ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Call, target != null ? _rt.Method(typeof(EvalOperations), nameof(EvalOperations.DeclareVar)) : _rt.Global(nameof(GlobalOperations.DeclareVar)));
            }
            foreach (var f in top.HoistedFunctions)
            {
                if (top.IsSloppyEval && Binder.FindInCallerFunction(top.Parent, f.Id!.Name) is { } existing)
                {
                    EmitClosure(_m.Binder.FunctionScopeOf(f));
                    EmitStoreSymbol(existing);
                    continue;
                }
                if (target != null) _il.Emit(OpCodes.Ldloc, target);
                _il.Emit(OpCodes.Ldstr, f.Id!.Name);
                EmitClosure(_m.Binder.FunctionScopeOf(f));
                if (target == null) _il.Emit(top.IsEval ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Call, target != null ? _rt.Method(typeof(EvalOperations), nameof(EvalOperations.DeclareFunction)) : _rt.Global(nameof(GlobalOperations.DeclareFunction)));
            }
            return;
        }
        foreach (var f in scope.HoistedFunctions)
        {
            EmitClosure(_m.Binder.FunctionScopeOf(f));
            EmitStoreSymbol(scope.Symbols[f.Id!.Name]);
        }
    }

    /// <summary>The nearest function environment around sloppy eval code, where its vars go (null: the global object).</summary>
    VariableDefinition? EvalVarTarget()
    {
        var local = NewLocal(_rt.JsEnvironment);
        for (var s = _fs.Parent; s != null; s = s.Parent)
        {
            if (s.EnvType != null && s.EnvType.Name.StartsWith("FunctionEnv$", StringComparison.Ordinal))
            {
                EmitEnvRef(s);
                _il.Emit(OpCodes.Stloc, local);
                return local;
            }
        }
        return null;
    }

    /// <summary>Whether names not declared statically may have been declared by a direct eval around here.</summary>
    bool IsDynamicScope()
    {
        for (Scope? s = _fs; s != null; s = s.Parent)
            if (s.Function.HasDirectEval) return true;
        return false;
    }

    // --- Scopes and environments ---

    /// <summary>The value on the stack is a let/const/class binding's: throws if it is still uninitialised (Hole).</summary>
    void EmitTdzCheck(string name)
    {
        _il.Emit(OpCodes.Ldstr, name);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(BindingOperations), nameof(BindingOperations.CheckInitialized)));
    }

    /// <summary>Lexical bindings some reference may read before their declaration start out uninitialised.</summary>
    void EmitTdzInit(Scope scope)
    {
        foreach (var symbol in scope.Symbols.Values)
        {
            if (!symbol.NeedsTdzInit) continue;
            _il.Emit(OpCodes.Ldsfld, _rt.Hole);
            EmitStoreSymbol(symbol);
        }
    }

    /// <summary>Enters a scope: makes its environment object if it has one.</summary>
    void EnterScope(Scope scope)
    {
        if (scope.EnvType == null) return;
        scope.EnvLocal = NewLocal(scope.EnvType);
        _il.Emit(OpCodes.Newobj, _m.EnvCtor(scope));
        if (scope.EnvParentField != null)
        {
            // Both links: the typed one for compiled code, the untyped one for eval's lookups.
            _il.Emit(OpCodes.Dup);
            EmitEnvRef(scope.Parent!.NearestEnvironment()!);
            _il.Emit(OpCodes.Stfld, scope.EnvParentField);
            _il.Emit(OpCodes.Dup);
            EmitEnvRef(scope.Parent!.NearestEnvironment()!);
            _il.Emit(OpCodes.Stfld, _rt.ParentEnvironment);
        }
        _il.Emit(OpCodes.Stloc, scope.EnvLocal);
        _envStack.Add(scope);
    }

    void ExitScope(Scope scope)
    {
        if (scope.EnvType != null) _envStack.Remove(scope);
    }

    /// <summary>Pushes the environment object of a scope that is active here or encloses this function.</summary>
    void EmitEnvRef(Scope target)
    {
        if (_envStack.Contains(target))
        {
            _il.Emit(OpCodes.Ldloc, target.EnvLocal!);
            return;
        }
        Scope current;
        if (_envStack.Count > 0)
        {
            current = _envStack[^1];
            _il.Emit(OpCodes.Ldloc, current.EnvLocal!);
        }
        else
        {
            current = _outerEnvScope ?? throw new InvalidOperationException("no environment for " + target.Kind);
            _il.Emit(OpCodes.Ldloc, _outerEnv!);
        }
        while (current != target)
        {
            _il.Emit(OpCodes.Ldfld, current.EnvParentField!);
            current = current.Parent!.NearestEnvironment()!;
        }
    }

    /// <summary>The environment object for closures made here: the innermost active one.</summary>
    void EmitCurrentEnv()
    {
        if (_envStack.Count > 0) _il.Emit(OpCodes.Ldloc, _envStack[^1].EnvLocal!);
        else if (_outerEnv != null) _il.Emit(OpCodes.Ldloc, _outerEnv);
        else _il.Emit(OpCodes.Ldnull);
    }

    // --- Symbols ---

    /// <summary>
    /// Whether sloppy direct eval in a function between this one and the symbol's may have declared
    /// a var of the same name there (https://tc39.es/ecma262/#sec-evaldeclarationinstantiation),
    /// which then shadows the symbol.
    /// </summary>
    bool MayBeShadowedByEval(Symbol symbol)
    {
        if (!symbol.Captured) return false;
        for (var f = _fs; f != symbol.Scope.Function; f = f.Parent.Function)
        {
            if (f.HasDirectEval && !f.Strict) return true;
            if (f.Parent == null) break;
        }
        return false;
    }

    /// <summary>Loads a symbol; first from an eval-declared var that shadows it (shadowName), checking the dead zone (tdzName).</summary>
    void EmitShadowableLoad(Symbol symbol, string? shadowName, string? tdzName)
    {
        var end = Label();
        if (shadowName != null)
        {
            var value = Temp(_rt.JsValue);
            var normal = Label();
            EmitCurrentEnv();
            EmitEnvRef(symbol.Scope);
            _il.Emit(OpCodes.Ldstr, shadowName);
            _il.Emit(OpCodes.Ldloca, value);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(EvalOperations), nameof(EvalOperations.TryGetShadowing)));
            _il.Emit(OpCodes.Brfalse, normal);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Br, end);
            Mark(normal);
            Release(value);
        }
        EmitLoadSymbol(symbol);
        if (tdzName != null) EmitTdzCheck(tdzName);
        Mark(end);
    }

    void EmitLoadSymbol(Symbol symbol)
    {
        if (symbol.Kind == SymbolKind.FunctionName && !symbol.Captured && symbol.Scope == _fs)
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(Runtime.Values.JsValue), nameof(Runtime.Values.JsValue.FromObject)));
            return;
        }
        if (symbol.MappedIndex >= 0)
        {
            EmitMappedSlot(symbol);
            _il.Emit(OpCodes.Ldelem_Any, _rt.JsValue);
            return;
        }
        if (symbol.Captured)
        {
            EmitEnvRef(symbol.Scope);
            _il.Emit(OpCodes.Ldfld, symbol.Field!);
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, LocalOf(symbol));
            if (_numbers.Contains(symbol)) _il.Emit(OpCodes.Call, _rt.FromNumber);
        }
    }

    /// <summary>Stores the JsValue on the stack into a symbol (consuming it).</summary>
    void EmitStoreSymbol(Symbol symbol)
    {
        if (symbol.Kind == SymbolKind.FunctionName)
        {
            // Assigning to a named function expression's own name: ignored, or a TypeError in strict code.
            _il.Emit(OpCodes.Pop);
            if (Strict) EmitThrowTypeError("Assignment to constant variable.");
            return;
        }
        if (symbol.MappedIndex >= 0 || symbol.Captured)
        {
            var temp = Temp(_rt.JsValue);
            _il.Emit(OpCodes.Stloc, temp);
            if (symbol.MappedIndex >= 0)
            {
                EmitMappedSlot(symbol);
                _il.Emit(OpCodes.Ldloc, temp);
                _il.Emit(OpCodes.Stelem_Any, _rt.JsValue);
            }
            else
            {
                EmitEnvRef(symbol.Scope);
                _il.Emit(OpCodes.Ldloc, temp);
                _il.Emit(OpCodes.Stfld, symbol.Field!);
            }
            Release(temp);
            return;
        }
        if (_numbers.Contains(symbol)) _il.Emit(OpCodes.Call, _rt.Method(typeof(TypeConversion), nameof(TypeConversion.ToNumber), 1));
        _il.Emit(OpCodes.Stloc, LocalOf(symbol));
    }

    /// <summary>Pushes `arguments.Slots` and the index of a mapped parameter.</summary>
    void EmitMappedSlot(Symbol symbol)
    {
        var function = symbol.Scope.Function;
        EmitLoadSymbol(function.ArgumentsSymbol!);
        _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.ArgumentsSlots)));
        _il.Emit(OpCodes.Ldc_I4, symbol.MappedIndex);
    }

    readonly Dictionary<Symbol, VariableDefinition> _locals = new(ReferenceEqualityComparer.Instance);

    VariableDefinition LocalOf(Symbol symbol)
    {
        if (!_locals.TryGetValue(symbol, out var local))
        {
            local = NewLocal(_numbers.Contains(symbol) ? _rt.Double : _rt.JsValue);
            _locals[symbol] = local;
        }
        return local;
    }

    // --- IL helpers ---

    VariableDefinition NewLocal(TypeReference type)
    {
        var v = new VariableDefinition(type);
        _method.Body.Variables.Add(v);
        return v;
    }

    VariableDefinition Temp(TypeReference type)
    {
        if (_freeTemps.TryGetValue(type, out var stack) && stack.Count > 0) return stack.Pop();
        return NewLocal(type);
    }

    void Release(VariableDefinition temp)
    {
        if (!_freeTemps.TryGetValue(temp.VariableType, out var stack)) _freeTemps[temp.VariableType] = stack = new();
        stack.Push(temp);
    }

    Instruction Label() => _il.Create(OpCodes.Nop);

    void Mark(Instruction label) => _il.Append(label);

    void EmitThrowTypeError(string message)
    {
        _il.Emit(OpCodes.Ldstr, message);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(Runtime.Errors.Throw), nameof(Runtime.Errors.Throw.TypeError), 1));
    }

    void EmitUndefined() => _il.Emit(OpCodes.Ldsfld, _rt.Undefined);

    void EmitString(string s)
    {
        _il.Emit(OpCodes.Ldstr, s);
        _il.Emit(OpCodes.Call, _rt.FromString);
    }

    void EmitNumber(double d)
    {
        _il.Emit(OpCodes.Ldc_R8, d);
        _il.Emit(OpCodes.Call, _rt.FromNumber);
    }

    void EmitBoolToValue() => _il.Emit(OpCodes.Call, _rt.FromBoolean);

    void MarkSequencePoint(Node node) => MarkSequencePoint(node, node.End);

    void MarkSequencePoint(Node node, int end)
    {
        var nop = _il.Create(OpCodes.Nop);
        _il.Append(nop);
        var (line, column) = _m.Source.GetLineColumn(node.Start);
        var (endLine, endColumn) = _m.Source.GetLineColumn(Math.Max(end, node.Start));
        _method.DebugInformation.SequencePoints.Add(new SequencePoint(nop, _m.Document)
        {
            StartLine = line, StartColumn = column + 1, EndLine = endLine, EndColumn = Math.Max(endColumn + 1, line == endLine ? column + 2 : 1),
        });
    }
}
