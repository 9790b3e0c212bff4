using Jsc.Compiler.Ast;
using Jsc.Compiler.Binding;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Values;
using Mono.Cecil.Cil;

using MethodDefinition = Mono.Cecil.MethodDefinition;
using Scope = Jsc.Compiler.Binding.Scope;

namespace Jsc.Compiler.Emit;

sealed partial class FunctionEmitter
{
    // Literals: arrays (with spread), objects (with methods, accessors, __proto__ and spread), templates.

    /// <summary>NamedEvaluation: an anonymous function or class takes the name it is assigned to.</summary>
    void InferName(Expression value, string name)
    {
        if (value is FunctionExpression { Id: null } or ArrowFunctionExpression) _m.InferredNames.TryAdd(value, name);
        else if (value is ClassExpression { Id: null } c) _m.InferredNames.TryAdd(ConstructorOf(c), name);
    }

    /// <summary>A class's constructor function (the binder adds the implicit one).</summary>
    static FunctionExpression ConstructorOf(IClass c) =>
        ((Ast.MethodDefinition)c.Body.Body.First(e => e is Ast.MethodDefinition { Kind: "constructor" })).Value;

    void EmitArrayLiteral(ArrayExpression a)
    {
        if (a.Elements.Any(e => e is SpreadElement))
        {
            EmitSpreadList(a.Elements);
            _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.NewArray)));
            return;
        }
        _il.Emit(OpCodes.Ldc_I4, a.Elements.Count);
        _il.Emit(OpCodes.Newarr, _rt.JsValue);
        for (int i = 0; i < a.Elements.Count; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            if (a.Elements[i] is { } e) EmitExpression(e);
            else _il.Emit(OpCodes.Ldsfld, _rt.Hole);
            _il.Emit(OpCodes.Stelem_Any, _rt.JsValue);
        }
        _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.NewArray)));
    }

    /// <summary>Pushes a JsValue[] of the elements, with `...x` spread through the iterator protocol (holes kept).</summary>
    void EmitSpreadList(IEnumerable<Expression?> elements, bool callArguments = false)
    {
        _il.Emit(OpCodes.Newobj, _rt.Ctor(typeof(ListBuilder)));
        foreach (var e in elements)
        {
            _il.Emit(OpCodes.Dup);
            if (e is SpreadElement s)
            {
                EmitExpression(s.Argument);
                var subject = IterationSubject(s.Argument);
                if (string.IsNullOrEmpty(subject)) subject = null;
                else if (callArguments && subject[0] != IteratorRecord.CallResultMark) subject = IteratorRecord.CallSpreadMark + subject;
                if (subject != null) _il.Emit(OpCodes.Ldstr, subject); else _il.Emit(OpCodes.Ldnull);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ListBuilder), nameof(ListBuilder.AddSpread), 2));
            }
            else
            {
                if (e == null) _il.Emit(OpCodes.Ldsfld, _rt.Hole); else EmitExpression(e);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ListBuilder), nameof(ListBuilder.Add)));
            }
        }
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ListBuilder), nameof(ListBuilder.ToArray)));
    }

    void EmitObjectLiteral(ObjectExpression o)
    {
        _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.NewObject)));
        // Methods using `super` get the literal as their home object (https://tc39.es/ecma262/#sec-makemethod).
        VariableDefinition? home = null;
        if (o.Properties.Any(n => n is Property { Value: FunctionExpression f } && _m.Binder.FunctionScopeOf(f).UsesSuper))
        {
            home = Temp(_rt.JsValue);
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, home);
        }
        foreach (var node in o.Properties)
        {
            _il.Emit(OpCodes.Dup);
            if (node is SpreadElement spread)
            {
                EmitExpression(spread.Argument);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ListBuilder), nameof(ListBuilder.CopyDataProperties)));
                continue;
            }
            var p = (Property)node;
            string? name = p.Computed ? null : StaticKeyName(p.Key);
            if (p.Kind is "get" or "set")
            {
                _m.MethodFunctions.Add(p.Value);
                _m.SetMethodSource(p, (FunctionExpression)p.Value, false);
                if (name != null) EmitString(name); else EmitExpression(p.Key);
                if (name != null) InferName(p.Value, p.Kind + " " + name);
                EmitExpression(p.Value);
                EmitSetHomeObject(p, home);
                _il.Emit(p.Kind == "get" ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.AddAccessor)));
                continue;
            }
            if (p.Method)
            {
                _m.MethodFunctions.Add(p.Value);
                _m.SetMethodSource(p, (FunctionExpression)p.Value, false);
            }
            // V8 names a literal's function-valued properties "Object.key" in stack frames (its own name first: "Object.f [as key]").
            if (name != null && name != "__proto__")
            {
                if (p.Value is FunctionExpression { Id: { } own } && own.Name != name) _m.FrameNames.TryAdd(p.Value, "Object." + own.Name + " [as " + name + "]");
                else if (p.Value is FunctionExpression or ArrowFunctionExpression) _m.FrameNames.TryAdd(p.Value, "Object." + name);
            }
            if (name == "__proto__" && !p.Shorthand && !p.Method)
            {
                EmitExpression(p.Value);
                _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.SetLiteralPrototype)));
                continue;
            }
            if (name != null)
            {
                InferName(p.Value, name);
                EmitExpression(p.Value);
                EmitSetHomeObject(p, home);
                _il.Emit(OpCodes.Ldsfld, _m.NewSite(name));
                _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.AddLiteralProperty)));
            }
            else
            {
                EmitExpression(p.Key);
                EmitExpression(p.Value);
                EmitSetHomeObject(p, home);
                bool anonymousFunction = p.Value is FunctionExpression { Id: null } or ArrowFunctionExpression;
                _il.Emit(OpCodes.Call, _rt.Fn(anonymousFunction ? nameof(FunctionOperations.AddComputedFunction) : nameof(FunctionOperations.AddComputedProperty)));
            }
        }
        if (home != null) Release(home);
    }

    void EmitSetHomeObject(Property p, VariableDefinition? home)
    {
        if (home == null || p.Value is not FunctionExpression f || !(p.Method || p.Kind is "get" or "set") || !_m.Binder.FunctionScopeOf(f).UsesSuper) return;
        _il.Emit(OpCodes.Ldloc, home);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.SetHomeObject)));
    }

    /// <summary>The property name of a non-computed key: identifier, string, or number in canonical form.</summary>
    static string? StaticKeyName(Expression key) => key switch
    {
        Identifier id => id.Name,
        Literal { Kind: LiteralKind.String } s => s.String,
        Literal { Kind: LiteralKind.Number } n => NumberConversions.ToString(n.Number),
        _ => null,
    };

    /// <summary>`tag\`...\``: a call of the tag (with `this` as for any call) with the site's template object, then the substitutions.</summary>
    void EmitTaggedTemplate(TaggedTemplateExpression t)
    {
        var call = new CallExpression { Callee = t.Tag, Start = t.Start, End = t.End };
        call.Arguments.Add(new TemplateObject { Quasi = t.Quasi, Start = t.Quasi.Start, End = t.Quasi.End });
        call.Arguments.AddRange(t.Quasi.Expressions);
        EmitCall(call);
    }

    /// <summary>GetTemplateObject: made on the site's first evaluation and kept in a static field.</summary>
    void EmitTemplateObject(TemplateLiteral quasi)
    {
        var jsObject = _m.Rt.Import(typeof(Runtime.Objects.JsObject));
        var cache = _m.NewCacheField(jsObject);
        var done = Label();
        _il.Emit(OpCodes.Ldsfld, cache);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Brtrue, done);
        _il.Emit(OpCodes.Pop);
        foreach (var strings in new[] { quasi.Quasis.Select(q => q.Cooked).ToArray(), quasi.Quasis.Select(q => q.Raw).ToArray() })
        {
            _il.Emit(OpCodes.Ldc_I4, strings.Length);
            _il.Emit(OpCodes.Newarr, _m.Module.TypeSystem.String);
            for (int i = 0; i < strings.Length; i++)
            {
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Ldc_I4, i);
                if (strings[i] is { } text) _il.Emit(OpCodes.Ldstr, text); else _il.Emit(OpCodes.Ldnull);
                _il.Emit(OpCodes.Stelem_Ref);
            }
        }
        _il.Emit(OpCodes.Call, _rt.Method(typeof(TemplateOperations), nameof(TemplateOperations.CreateTemplateObject)));
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stsfld, cache);
        Mark(done);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(Runtime.Values.JsValue), nameof(Runtime.Values.JsValue.FromObject)));
    }

    void EmitTemplate(TemplateLiteral t)
    {
        EmitString(t.Quasis[0].Cooked!);
        for (int i = 0; i < t.Expressions.Count; i++)
        {
            EmitExpression(t.Expressions[i]);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(TypeConversion), nameof(TypeConversion.ToStringValue)));
            _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.Concat)));
            var cooked = t.Quasis[i + 1].Cooked!;
            if (cooked.Length > 0)
            {
                EmitString(cooked);
                _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.Concat)));
            }
        }
    }
}
