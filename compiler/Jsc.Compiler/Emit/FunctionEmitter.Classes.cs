using Jsc.Compiler.Ast;
using Jsc.Runtime.AbstractOps;
using Mono.Cecil.Cil;
using Scope = Jsc.Compiler.Binding.Scope;

namespace Jsc.Compiler.Emit;

sealed partial class FunctionEmitter
{
    // ClassDefinitionEvaluation (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation):
    // the constructor is a closure; CreateClass links it with a new prototype object and the
    // superclass; methods and accessors are defined on the prototype (or, static, on the
    // constructor) with their home object set for `super`.

    /// <summary>Pushes the class constructor.</summary>
    void EmitClass(IClass c)
    {
        var node = (Node)c;
        if (c.Body.Body.FirstOrDefault(e => e is PropertyDefinition or StaticBlock) is { } unsupported)
            throw new NotSupportedException($"class {(unsupported is StaticBlock ? "static blocks" : "fields")} are not supported yet");
        var scope = _m.Binder.ScopeOf(node);
        if (scope != null) EnterScope(scope);

        var superClass = NewLocal(_rt.JsValue);
        if (c.SuperClass != null) EmitExpression(c.SuperClass); else EmitUndefined();
        _il.Emit(OpCodes.Stloc, superClass);

        var ctorDefinition = (MethodDefinition)c.Body.Body.First(e => e is MethodDefinition { Kind: "constructor" });
        var ctorNode = ctorDefinition.Value;
        _m.ClassConstructors[ctorNode] = c.SuperClass != null;
        if (c.Id != null) _m.InferredNames.TryAdd(ctorNode, c.Id.Name);
        var ctor = NewLocal(_rt.JsValue);
        EmitClosure(_m.Binder.FunctionScopeOf(ctorNode));
        _il.Emit(OpCodes.Stloc, ctor);

        var proto = NewLocal(_rt.JsValue);
        _il.Emit(OpCodes.Ldloc, ctor);
        _il.Emit(OpCodes.Ldloc, superClass);
        _il.Emit(c.SuperClass != null ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.CreateClass)));
        _il.Emit(OpCodes.Stloc, proto);

        foreach (var element in c.Body.Body)
        {
            if (element is not MethodDefinition { Kind: not "constructor" } m) continue;
            _m.MethodFunctions.Add(m.Value);
            _il.Emit(OpCodes.Ldloc, m.Static ? ctor : proto);
            string? name = m.Computed ? null : m.Key is PrivateIdentifier ? throw new NotSupportedException("private methods are not supported yet") : StaticKeyName(m.Key);
            if (name != null)
            {
                EmitString(name);
                _m.InferredNames.TryAdd(m.Value, m.Kind is "get" or "set" ? m.Kind + " " + name : name);
            }
            else EmitExpression(m.Key);
            EmitClosure(_m.Binder.FunctionScopeOf(m.Value));
            _il.Emit(m.Kind switch { "get" => OpCodes.Ldc_I4_1, "set" => OpCodes.Ldc_I4_2, _ => OpCodes.Ldc_I4_0 });
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.DefineMethod)));
        }

        if (scope != null && c.Id != null)
        {
            _il.Emit(OpCodes.Ldloc, ctor);
            EmitStoreSymbol(scope.Symbols[c.Id.Name]);
            ExitScope(scope);
        }
        _il.Emit(OpCodes.Ldloc, ctor);
    }

    bool IsDerivedConstructor => _m.ClassConstructors.TryGetValue(_fs.Node, out bool derived) && derived;

    /// <summary>`super(...)`: constructs the parent class; the result becomes `this`.</summary>
    void EmitSuperCall(CallExpression c)
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_3);
        EmitArguments(c.Arguments);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SuperCall)));
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, _this);
    }

    /// <summary>`super.name` / `super[key]`.</summary>
    void EmitSuperMember(MemberExpression m)
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldloc, _this);
        if (m.Computed) EmitExpression(m.Property);
        else EmitString(((Identifier)m.Property).Name);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SuperGet)));
    }
}
