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
        var scope = _m.Binder.ScopeOf(node);
        if (scope != null)
        {
            EnterScope(scope);
            // Each evaluation of the class makes new private names.
            foreach (var symbol in scope.Symbols.Values.Where(s => s.Name.StartsWith('#')))
            {
                _il.Emit(OpCodes.Ldstr, symbol.Name);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.NewPrivateName)));
                EmitStoreSymbol(symbol);
            }
        }

        var superClass = NewLocal(_rt.JsValue);
        if (c.SuperClass != null) EmitExpression(c.SuperClass); else EmitUndefined();
        _il.Emit(OpCodes.Stloc, superClass);

        var ctorNode = ConstructorOf(c);
        _m.ClassConstructors[ctorNode] = c.SuperClass != null;
        if (c.Id != null) _m.InferredNames.TryAdd(ctorNode, c.Id.Name);
        var outerClassName = _className;
        _className = c.Id?.Name ?? _m.InferredNames.GetValueOrDefault(ctorNode);
        var classNode = (Node)c;
        _m.SourceRanges.TryAdd(ctorNode, (classNode.Start, classNode.End));
        var ctor = NewLocal(_rt.JsValue);
        EmitClosure(_m.Binder.FunctionScopeOf(ctorNode));
        _il.Emit(OpCodes.Stloc, ctor);

        var proto = NewLocal(_rt.JsValue);
        _il.Emit(OpCodes.Ldloc, ctor);
        _il.Emit(OpCodes.Ldloc, superClass);
        _il.Emit(c.SuperClass != null ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.CreateClass)));
        _il.Emit(OpCodes.Stloc, proto);

        // Methods and keys in element order; static fields and blocks run after, in order.
        var staticElements = new List<(Node Element, VariableDefinition? Key)>();
        foreach (var element in c.Body.Body)
        {
            switch (element)
            {
                case MethodDefinition { Kind: "constructor" }:
                    break;
                case MethodDefinition { Key: PrivateIdentifier privateName } m:
                    _m.MethodFunctions.Add(m.Value);
                    _m.SetMethodSource(m, m.Value, m.Static);
                    _m.InferredNames.TryAdd(m.Value, m.Kind is "get" or "set" ? m.Kind + " #" + privateName.Name : "#" + privateName.Name);
                    _il.Emit(OpCodes.Ldloc, ctor);
                    _il.Emit(OpCodes.Ldloc, m.Static ? ctor : proto);
                    EmitLoadSymbol(_m.Binder.ResolvePrivate(privateName));
                    EmitClosure(_m.Binder.FunctionScopeOf(m.Value));
                    _il.Emit(m.Kind switch { "get" => OpCodes.Ldc_I4_1, "set" => OpCodes.Ldc_I4_2, _ => OpCodes.Ldc_I4_0 });
                    _il.Emit(m.Static ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                    _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.AddPrivateMethod)));
                    break;
                case MethodDefinition m:
                    EmitClassMethod(m, m.Static ? ctor : proto);
                    break;
                case PropertyDefinition p:
                {
                    var key = NewLocal(_rt.JsValue);
                    EmitFieldKey(p);
                    _il.Emit(OpCodes.Stloc, key);
                    if (p.Static)
                    {
                        staticElements.Add((p, key));
                        break;
                    }
                    _il.Emit(OpCodes.Ldloc, ctor);
                    _il.Emit(OpCodes.Ldloc, proto);
                    _il.Emit(OpCodes.Ldloc, key);
                    EmitFieldInitializer(p);
                    _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.AddInstanceField)));
                    break;
                }
                case StaticBlock block:
                    staticElements.Add((block, null));
                    break;
            }
        }

        // The class's own name is bound before static elements run, so they can use it.
        if (scope != null && c.Id != null && scope.Symbols.TryGetValue(c.Id.Name, out var inner))
        {
            _il.Emit(OpCodes.Ldloc, ctor);
            EmitStoreSymbol(inner);
        }
        else if (c is ClassDeclaration { Id: { } id } && staticElements.Count > 0 && _m.Binder.Resolve(id) is { } outer)
        {
            _il.Emit(OpCodes.Ldloc, ctor);
            EmitStoreSymbol(outer);
        }
        foreach (var (element, key) in staticElements)
        {
            _il.Emit(OpCodes.Ldloc, ctor);
            if (element is PropertyDefinition p)
            {
                _il.Emit(OpCodes.Ldloc, key!);
                EmitFieldInitializer(p);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.DefineStaticField)));
            }
            else
            {
                var block = (StaticBlock)element;
                _m.MethodFunctions.Add(block.Function!);
                EmitClosure(_m.Binder.FunctionScopeOf(block.Function!));
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.RunStaticBlock)));
            }
        }
        if (scope != null) ExitScope(scope);
        _il.Emit(OpCodes.Ldloc, ctor);
        _className = outerClassName;
    }

    /// <summary>The name of the class whose elements are being emitted, for its methods' stack frame names.</summary>
    string? _className;

    void EmitClassMethod(MethodDefinition m, VariableDefinition home)
    {
        _m.MethodFunctions.Add(m.Value);
        _m.SetMethodSource(m, m.Value, m.Static);
        _il.Emit(OpCodes.Ldloc, home);
        string? name = m.Computed ? null : StaticKeyName(m.Key);
        if (name != null)
        {
            EmitString(name);
            _m.InferredNames.TryAdd(m.Value, m.Kind is "get" or "set" ? m.Kind + " " + name : name);
            if (m.Kind == "method" && _className is { Length: > 0 } className) _m.FrameNames.TryAdd(m.Value, className + "." + name);
        }
        else EmitExpression(m.Key);
        EmitClosure(_m.Binder.FunctionScopeOf(m.Value));
        _il.Emit(m.Kind switch { "get" => OpCodes.Ldc_I4_1, "set" => OpCodes.Ldc_I4_2, _ => OpCodes.Ldc_I4_0 });
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.DefineMethod)));
    }

    /// <summary>Pushes a field's key: its private name, its computed key (ToPropertyKey now), or its name.</summary>
    void EmitFieldKey(PropertyDefinition p)
    {
        if (p.Key is PrivateIdentifier privateName) EmitLoadSymbol(_m.Binder.ResolvePrivate(privateName));
        else if (p.Computed)
        {
            EmitExpression(p.Key);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.FieldKey)));
        }
        else EmitString(StaticKeyName(p.Key)!);
    }

    /// <summary>Pushes the field's initializer closure, or undefined when it has none.</summary>
    void EmitFieldInitializer(PropertyDefinition p)
    {
        if (p.Initializer == null)
        {
            EmitUndefined();
            return;
        }
        _m.MethodFunctions.Add(p.Initializer);
        // An anonymous function or class as the value takes the field's name.
        string? name = p.Key is PrivateIdentifier privateName ? "#" + privateName.Name : p.Computed ? null : StaticKeyName(p.Key);
        if (name != null) InferName(p.Value!, name);
        EmitClosure(_m.Binder.FunctionScopeOf(p.Initializer));
    }

    bool IsDerivedConstructor => _m.ClassConstructors.TryGetValue(_fs.Node, out bool derived) && derived;

    /// <summary>`super(...)`: constructs the parent class; the result becomes `this`.</summary>
    void EmitSuperCall(CallExpression c)
    {
        if (_fs.IsArrow)
        {
            // `super()` in an arrow: the enclosing derived constructor's closure and new.target, from its environment.
            var owner = Binding.Binder.SharedThisOwner(_fs)!;
            EmitLoadSymbol(owner.ConstructorSymbol!);
            EmitLoadSymbol(owner.NewTargetSymbol!);
            EmitArguments(c.Arguments);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SuperCallFromArrow)));
        }
        else
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldarg_3);
            EmitArguments(c.Arguments);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SuperCall)));
        }
        EmitLoadThis();
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.BindThisValue)));
        _il.Emit(OpCodes.Dup);
        if (_sharedThis != null) EmitStoreSymbol(_sharedThis);
        else _il.Emit(OpCodes.Stloc, _this);
    }

    /// <summary>Pushes `this`: the function's own, or the derived constructor's binding its arrows share.</summary>
    void EmitLoadThis()
    {
        if (_sharedThis != null) EmitLoadSymbol(_sharedThis);
        else _il.Emit(OpCodes.Ldloc, _this);
    }

    /// <summary>`super.name` / `super[key]`.</summary>
    void EmitSuperMember(MemberExpression m)
    {
        _il.Emit(OpCodes.Ldarg_0);
        EmitLoadThis();
        if (m.Computed) EmitExpression(m.Property);
        else EmitString(((Identifier)m.Property).Name);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SuperGet)));
    }
}
