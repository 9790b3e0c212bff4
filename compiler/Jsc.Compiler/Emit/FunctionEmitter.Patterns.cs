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
    // Destructuring (https://tc39.es/ecma262/#sec-destructuring-binding-patterns): values bound or assigned
    // to identifiers, members and nested object/array patterns, with defaults and rest elements.

    /// <summary>How V8 names the value an object pattern destructures, for its TypeError: the source text of the
    /// initializer (or "" for none V8 would print), ParameterSource for a parameter, null for a nested pattern.</summary>
    string? _destructureSource;
    const string ParameterSource = "\u0001";

    void EmitAssignToPattern(Expression pattern, bool isDeclaration)
    {
        var destructureSource = _destructureSource;
        _destructureSource = null;
        switch (pattern)
        {
            case Identifier id:
            {
                var symbol = _m.Binder.Resolve(id);
                if (symbol != null && !MayBeShadowedByEval(symbol) && (isDeclaration || symbol.Kind != SymbolKind.Const && !_m.Binder.NeedsTdzCheck(id))) EmitStoreSymbol(symbol);
                else
                {
                    var r = EmitReference(id);
                    EmitReferenceSet(r);
                }
                return;
            }
            case MemberExpression m:
            {
                var value = Temp(_rt.JsValue);
                _il.Emit(OpCodes.Stloc, value);
                var r = EmitReference(m);
                _il.Emit(OpCodes.Ldloc, value);
                EmitReferenceSet(r);
                ReleaseReference(r);
                Release(value);
                return;
            }
            case AssignmentPattern ap:
                EmitDefault(ap.Right, ap.Left);
                _destructureSource = destructureSource;
                EmitAssignToPattern(ap.Left, isDeclaration);
                return;
            case ObjectPattern o: EmitObjectPattern(o, isDeclaration, destructureSource); return;
            case ArrayPattern a: EmitArrayPattern(a, isDeclaration, destructureSource); return;
        }
        throw new NotSupportedException("pattern " + pattern.Type);
    }

    /// <summary>Replaces undefined on the stack with the default value.</summary>
    void EmitDefault(Expression defaultValue, Expression target)
    {
        var skip = Label();
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.IsUndefined)));
        _il.Emit(OpCodes.Brfalse, skip);
        _il.Emit(OpCodes.Pop);
        if (target is Identifier id) InferName(defaultValue, id.Name);
        EmitExpression(defaultValue);
        Mark(skip);
    }

    void EmitObjectPattern(ObjectPattern o, bool isDeclaration, string? sourceText)
    {
        var source = NewLocal(_rt.JsValue);
        string? firstKey = o.Properties.FirstOrDefault() is Property { Computed: false } first ? StaticKeyName(first.Key) : null;
        if (firstKey != null) _il.Emit(OpCodes.Ldstr, firstKey); else _il.Emit(OpCodes.Ldnull);
        if (sourceText != null) _il.Emit(OpCodes.Ldstr, sourceText); else _il.Emit(OpCodes.Ldnull);
        _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.RequireDestructurable)));
        _il.Emit(OpCodes.Stloc, source);
        var usedKeys = new List<VariableDefinition>();
        foreach (var node in o.Properties)
        {
            if (node is RestElement rest)
            {
                _il.Emit(OpCodes.Ldloc, source);
                _il.Emit(OpCodes.Ldc_I4, usedKeys.Count);
                _il.Emit(OpCodes.Newarr, _rt.JsValue);
                for (int i = 0; i < usedKeys.Count; i++)
                {
                    _il.Emit(OpCodes.Dup);
                    _il.Emit(OpCodes.Ldc_I4, i);
                    _il.Emit(OpCodes.Ldloc, usedKeys[i]);
                    _il.Emit(OpCodes.Stelem_Any, _rt.JsValue);
                }
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ListBuilder), nameof(ListBuilder.RestOfObject)));
                EmitAssignToPattern(rest.Argument, isDeclaration);
                continue;
            }
            var p = (Property)node;
            var key = NewLocal(_rt.JsValue);
            string? name = p.Computed ? null : StaticKeyName(p.Key);
            if (name != null) EmitString(name); else EmitExpression(p.Key);
            _il.Emit(OpCodes.Stloc, key);
            usedKeys.Add(key);
            _il.Emit(OpCodes.Ldloc, source);
            _il.Emit(OpCodes.Ldloc, key);
            _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetIndex)));
            EmitAssignToPattern(p.Value, isDeclaration);
        }
    }

    void EmitArrayPattern(ArrayPattern a, bool isDeclaration, string? sourceText)
    {
        var iterator = NewLocal(_rt.Import(typeof(IteratorRecord)));
        EmitIterationSubject(sourceText == ParameterSource ? null : sourceText);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(IteratorRecord), nameof(IteratorRecord.From), 2));
        _il.Emit(OpCodes.Stloc, iterator);
        foreach (var element in a.Elements)
        {
            _il.Emit(OpCodes.Ldloc, iterator);
            if (element is RestElement rest)
            {
                _il.Emit(OpCodes.Call, _rt.Method(typeof(IteratorRecord), nameof(IteratorRecord.Rest)));
                EmitAssignToPattern(rest.Argument, isDeclaration);
                continue;
            }
            _il.Emit(OpCodes.Call, _rt.Method(typeof(IteratorRecord), nameof(IteratorRecord.NextOrUndefined)));
            if (element == null) _il.Emit(OpCodes.Pop);
            else EmitAssignToPattern(element, isDeclaration);
        }
        _il.Emit(OpCodes.Ldloc, iterator);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(IteratorRecord), nameof(IteratorRecord.CloseIfNotDone)));
    }

    void EmitIterationSubject(string? subject)
    {
        if (string.IsNullOrEmpty(subject)) _il.Emit(OpCodes.Ldnull); else _il.Emit(OpCodes.Ldstr, subject);
    }

    void EmitParameterPattern(Expression param, int index)
    {
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Ldc_I4, index);
        if (param is RestElement rest)
        {
            _il.Emit(OpCodes.Call, _rt.Method(typeof(Args), nameof(Args.From)));
            _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.NewArray)));
            EmitAssignToPattern(rest.Argument, isDeclaration: true);
            return;
        }
        _il.Emit(OpCodes.Call, _rt.Method(typeof(Args), nameof(Args.Get)));
        _destructureSource = ParameterSource;
        EmitAssignToPattern(param, isDeclaration: true);
    }
}
