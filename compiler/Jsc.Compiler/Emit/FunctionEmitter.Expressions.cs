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
    // https://tc39.es/ecma262/#sec-ecmascript-language-expressions

    void EmitExpression(Expression? expression)
    {
        switch (expression)
        {
            case null: EmitUndefined(); break;
            case Literal l: EmitLiteral(l); break;
            case Identifier id: EmitLoadIdentifier(id); break;
            case ThisExpression:
                EmitLoadThis();
                if (IsDerivedConstructor || _sharedThis != null) _il.Emit(OpCodes.Call, _rt.Method(typeof(BindingOperations), nameof(BindingOperations.CheckThisInitialized)));
                break;
            case ArrayExpression a: EmitArrayLiteral(a); break;
            case ObjectExpression o: EmitObjectLiteral(o); break;
            case FunctionExpression or ArrowFunctionExpression: EmitClosure(_m.Binder.FunctionScopeOf(expression)); break;
            case UnaryExpression u: EmitUnary(u); break;
            case UpdateExpression u: if (!TryEmitNumberUpdate(u)) EmitUpdate(u); break;
            case BinaryExpression b: EmitBinary(b); break;
            case AssignmentExpression a: if (_withObjects.Count > 0 || !TryEmitNumberAssignment(a)) EmitAssignment(a); break;
            case ConditionalExpression c:
            {
                var elseLabel = Label();
                var end = Label();
                EmitBranch(c.Test, false, elseLabel);
                EmitExpression(c.Consequent);
                _il.Emit(OpCodes.Br, end);
                Mark(elseLabel);
                EmitExpression(c.Alternate);
                Mark(end);
                break;
            }
            case SequenceExpression s:
                for (int i = 0; i < s.Expressions.Count; i++)
                {
                    EmitExpression(s.Expressions[i]);
                    if (i < s.Expressions.Count - 1) _il.Emit(OpCodes.Pop);
                }
                break;
            case CallExpression c: EmitCall(c); break;
            case NewExpression n: EmitNew(n); break;
            case MemberExpression m: EmitMember(m); break;
            case ChainExpression c: EmitChain(c); break;
            case TemplateLiteral t: EmitTemplate(t); break;
            case TaggedTemplateExpression t: EmitTaggedTemplate(t); break;
            case TemplateObject o: EmitTemplateObject(o.Quasi); break;
            case ClassExpression c: EmitClass(c); break;
            case YieldExpression y: EmitYield(y); break;
            case AwaitExpression a: EmitAwait(a.Argument); break;
            case MetaProperty { Meta.Name: "new" } meta when _m.Binder.ResolveNewTarget(meta) is { } newTarget:
                EmitLoadSymbol(newTarget);
                break;
            case MetaProperty { Meta.Name: "new" }:
                // Generators are never constructed (their new.target slot carries the generator on resumption);
                // nor are the module wrapper and arrows that reach no constructible function.
                if (_resumable != null || _fs.IsArrow || _fs.Node is Ast.Program) EmitUndefined();
                else _il.Emit(OpCodes.Ldarg_3);
                break;
            default:
                throw NotYetSupported(expression, expression.Type);
        }
    }

    void EmitLiteral(Literal l)
    {
        switch (l.Kind)
        {
            case LiteralKind.Number: EmitNumber(l.Number); break;
            case LiteralKind.String: EmitString(l.String!); break;
            case LiteralKind.Boolean: _il.Emit(OpCodes.Ldsfld, l.Boolean ? _rt.True : _rt.False); break;
            case LiteralKind.Null: _il.Emit(OpCodes.Ldsfld, _rt.Null); break;
            case LiteralKind.RegExp:
                _il.Emit(OpCodes.Ldstr, l.Pattern!);
                _il.Emit(OpCodes.Ldstr, l.Flags!);
                _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.NewRegExp)));
                break;
            case LiteralKind.BigInt:
                _il.Emit(OpCodes.Ldstr, l.BigInt!);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(BigIntOperations), nameof(BigIntOperations.Literal)));
                break;
            default:
                throw NotYetSupported(l, l.Kind.ToString());
        }
    }

    void EmitLoadIdentifier(Identifier id)
    {
        if (_withObjects.Count > 0)
        {
            var end = Label();
            EmitWithLookup(id, end, site =>
            {
                _il.Emit(OpCodes.Ldsfld, site);
                _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetMember)));
            });
            EmitLoadIdentifierStatically(id);
            Mark(end);
            return;
        }
        EmitLoadIdentifierStatically(id);
    }

    /// <summary>
    /// Inside `with`, a name is first looked up on each with-object, innermost first; when
    /// one has it, `found` runs with that object on the stack, then control goes to end. Otherwise
    /// execution falls through to the ordinary resolution. A name declared inside the with body's
    /// functions (a parameter, a local) is not looked up on with-objects outside that function.
    /// </summary>
    void EmitWithLookup(Identifier name, Instruction end, Action<Mono.Cecil.FieldDefinition> found)
    {
        var site = _m.NewSite(name.Name);
        var declared = _m.Binder.Resolve(name);
        for (int i = _withObjects.Count - 1; i >= 0; i--)
        {
            var withObject = _withObjects[i];
            if (declared != null && ScopeDepth(declared.Scope.Function) > ScopeDepth(withObject.Scope.Function)) continue;
            var next = Label();
            EmitLoadSymbol(withObject);
            _il.Emit(OpCodes.Ldsfld, site);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(WithOperations), nameof(WithOperations.HasBinding)));
            _il.Emit(OpCodes.Brfalse, next);
            EmitLoadSymbol(withObject);
            found(site);
            _il.Emit(OpCodes.Br, end);
            Mark(next);
        }
    }

    static int ScopeDepth(Scope scope)
    {
        int depth = 0;
        for (var s = scope.Parent; s != null; s = s.Parent) depth++;
        return depth;
    }

    void EmitLoadIdentifierStatically(Identifier id)
    {
        var symbol = _m.Binder.Resolve(id);
        if (symbol != null)
        {
            EmitShadowableLoad(symbol, MayBeShadowedByEval(symbol) ? id.Name : null, _m.Binder.NeedsTdzCheck(id) ? id.Name : null);
            return;
        }
        // `undefined`, `NaN` and `Infinity` are read-only globals.
        switch (id.Name)
        {
            case "undefined": EmitUndefined(); return;
            case "NaN": EmitNumber(double.NaN); return;
            case "Infinity": EmitNumber(double.PositiveInfinity); return;
        }
        EmitGlobalGet(_m.NewSite(id.Name));
    }

    /// <summary>Reads an undeclared name: from the global object, or first from eval-declared variables where a direct eval may have made some.</summary>
    void EmitGlobalGet(Mono.Cecil.FieldDefinition site)
    {
        if (IsDynamicScope())
        {
            EmitCurrentEnv();
            _il.Emit(OpCodes.Ldsfld, site);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(EvalOperations), nameof(EvalOperations.Get)));
            return;
        }
        _il.Emit(OpCodes.Ldsfld, site);
        _il.Emit(OpCodes.Call, _rt.Global(nameof(GlobalOperations.Get)));
    }

    void EmitClosure(FunctionScope scope)
    {
        var (_, info) = _m.Function(scope);
        _il.Emit(OpCodes.Ldsfld, info);
        EmitCurrentEnv();
        if (scope.IsArrow)
        {
            EmitLoadThis();
            _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.NewArrow)));
            if (scope.UsesSuper)
            {
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassOperations), nameof(ClassOperations.InheritHomeObject)));
            }
        }
        else _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.NewClosure)));
    }

    /// <summary>A construct the parser accepts but the compiler cannot emit yet: a compile error at its position, with a code frame.</summary>
    Syntax.SyntaxError NotYetSupported(Node node, string what) => new(_m.Source, node.Start, "jsc cannot compile " + what + " yet");

    void EmitUnary(UnaryExpression u)
    {
        switch (u.Operator)
        {
            case "typeof" when u.Argument is Identifier name && _withObjects.Count > 0:
            {
                // A with-object's property first; otherwise as below, without it.
                var end = Label();
                EmitWithLookup(name, end, site =>
                {
                    _il.Emit(OpCodes.Ldsfld, site);
                    _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetMember)));
                    _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.TypeOf)));
                });
                var withObjects = _withObjects.ToArray();
                _withObjects.Clear();
                EmitUnary(u);
                _withObjects.AddRange(withObjects);
                Mark(end);
                return;
            }
            case "typeof":
                if (u.Argument is Identifier id && _m.Binder.Resolve(id) == null && id.Name is not ("undefined" or "NaN" or "Infinity"))
                {
                    if (IsDynamicScope())
                    {
                        EmitCurrentEnv();
                        _il.Emit(OpCodes.Ldsfld, _m.NewSite(id.Name));
                        _il.Emit(OpCodes.Call, _rt.Method(typeof(EvalOperations), nameof(EvalOperations.TypeOf)));
                        return;
                    }
                    _il.Emit(OpCodes.Ldsfld, _m.NewSite(id.Name));
                    _il.Emit(OpCodes.Call, _rt.Global(nameof(GlobalOperations.TypeOf)));
                    return;
                }
                EmitExpression(u.Argument);
                _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.TypeOf)));
                return;
            case "void":
                EmitExpression(u.Argument);
                _il.Emit(OpCodes.Pop);
                EmitUndefined();
                return;
            case "delete": EmitDelete(u.Argument); return;
            case "!":
                EmitExpression(u.Argument);
                _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.Not)));
                return;
        }
        EmitExpression(u.Argument);
        _il.Emit(OpCodes.Call, _rt.Op(u.Operator switch
        {
            "-" => nameof(Operators.Negate),
            "+" => nameof(Operators.Plus),
            "~" => nameof(Operators.BitwiseNot),
            _ => throw new NotSupportedException("unary " + u.Operator),
        }));
    }

    void EmitDelete(Expression target)
    {
        switch (target)
        {
            case ChainExpression { Expression: MemberExpression { Object: not Super } cm }:
            {
                // `delete a?.b`: true without deleting when the chain short-circuits.
                var outer = _chainExit;
                var exit = Label();
                var end = Label();
                _chainExit = exit;
                EmitExpression(cm.Object);
                EmitOptionalCheck(cm.Optional, 1);
                _chainExit = outer;
                if (cm.Computed) EmitExpression(cm.Property);
                else EmitString(((Identifier)cm.Property).Name);
                _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.DeleteProperty)));
                EmitBoolToValue();
                _il.Emit(OpCodes.Br, end);
                Mark(exit);
                _il.Emit(OpCodes.Ldsfld, _rt.True);
                Mark(end);
                return;
            }
            case MemberExpression m when m.Object is not Super:
                EmitExpression(m.Object);
                if (m.Computed) EmitExpression(m.Property);
                else EmitString(((Identifier)m.Property).Name);
                _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.DeleteProperty)));
                EmitBoolToValue();
                return;
            case Identifier id:
            {
                // Inside `with`, a with-object that has the name loses that property.
                var end = Label();
                if (_withObjects.Count > 0)
                    EmitWithLookup(id, end, _ =>
                    {
                        EmitString(id.Name);
                        _il.Emit(OpCodes.Ldc_I4_0);
                        _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.DeleteProperty)));
                        EmitBoolToValue();
                    });
                if (_m.Binder.Resolve(id) != null) _il.Emit(OpCodes.Ldsfld, _rt.False);
                else
                {
                    bool dynamic = IsDynamicScope();
                    if (dynamic) EmitCurrentEnv();
                    _il.Emit(OpCodes.Ldsfld, _m.NewSite(id.Name));
                    _il.Emit(OpCodes.Call, dynamic ? _rt.Method(typeof(EvalOperations), nameof(EvalOperations.Delete)) : _rt.Global(nameof(GlobalOperations.Delete)));
                    EmitBoolToValue();
                }
                Mark(end);
                return;
            }
            default:
                EmitExpression(target);
                _il.Emit(OpCodes.Pop);
                _il.Emit(OpCodes.Ldsfld, _rt.True);
                return;
        }
    }

    void EmitBinary(BinaryExpression b)
    {
        if (b.Left is PrivateIdentifier privateName)
        {
            // `#name in obj`: a brand check, not a property lookup.
            EmitLoadSymbol(_m.Binder.ResolvePrivate(privateName));
            EmitExpression(b.Right);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.PrivateIn)));
            return;
        }
        if (IsDoubleExpression(b))
        {
            EmitDoubleBinary(b);
            _il.Emit(OpCodes.Call, _rt.FromNumber);
            return;
        }
        if (b.IsLogical)
        {
            EmitLogical(b);
            return;
        }
        EmitExpression(b.Left);
        EmitExpression(b.Right);
        switch (b.Operator)
        {
            case "<": case ">": case "<=": case ">=": case "==": case "!=": case "===": case "!==": case "instanceof": case "in":
                EmitComparison(b.Operator);
                EmitBoolToValue();
                return;
        }
        _il.Emit(OpCodes.Call, _rt.Op(ArithmeticOperator(b.Operator)));
    }

    static string ArithmeticOperator(string op) => op switch
    {
        "+" => nameof(Operators.Add),
        "-" => nameof(Operators.Subtract),
        "*" => nameof(Operators.Multiply),
        "/" => nameof(Operators.Divide),
        "%" => nameof(Operators.Modulo),
        "**" => nameof(Operators.Exponentiate),
        "&" => nameof(Operators.BitwiseAnd),
        "|" => nameof(Operators.BitwiseOr),
        "^" => nameof(Operators.BitwiseXor),
        "<<" => nameof(Operators.LeftShift),
        ">>" => nameof(Operators.RightShift),
        ">>>" => nameof(Operators.UnsignedRightShift),
        _ => throw new NotSupportedException("operator " + op),
    };

    /// <summary>With both operands on the stack, leaves the comparison's bool.</summary>
    void EmitComparison(string op)
    {
        switch (op)
        {
            case "<": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.LessThan))); break;
            case ">": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.GreaterThan))); break;
            case "<=": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.LessThanOrEqual))); break;
            case ">=": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.GreaterThanOrEqual))); break;
            case "==": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.LooseEquals))); break;
            case "!=": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.LooseEquals))); Negate(); break;
            case "===": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.StrictEquals))); break;
            case "!==": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.StrictEquals))); Negate(); break;
            case "instanceof": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.InstanceOf))); break;
            case "in": _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.In))); break;
        }
    }

    void Negate()
    {
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Ceq);
    }

    static bool IsComparison(string op) => op is "<" or ">" or "<=" or ">=" or "==" or "!=" or "===" or "!==" or "instanceof" or "in";

    void EmitLogical(BinaryExpression b)
    {
        var end = Label();
        EmitExpression(b.Left);
        _il.Emit(OpCodes.Dup);
        if (b.Operator == "??")
        {
            _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.IsNullish)));
            _il.Emit(OpCodes.Brfalse, end);
        }
        else
        {
            _il.Emit(OpCodes.Call, _rt.ToBoolean);
            _il.Emit(b.Operator == "&&" ? OpCodes.Brfalse : OpCodes.Brtrue, end);
        }
        _il.Emit(OpCodes.Pop);
        EmitExpression(b.Right);
        Mark(end);
    }

    /// <summary>Jumps to target when the condition's truth equals jumpIfTrue, without making a JsValue where it can.</summary>
    void EmitBranch(Expression condition, bool jumpIfTrue, Instruction target)
    {
        switch (condition)
        {
            case UnaryExpression { Operator: "!" } not:
                EmitBranch(not.Argument, !jumpIfTrue, target);
                return;
            case BinaryExpression { IsLogical: true, Operator: "&&" } and:
                if (jumpIfTrue)
                {
                    var skip = Label();
                    EmitBranch(and.Left, false, skip);
                    EmitBranch(and.Right, true, target);
                    Mark(skip);
                }
                else
                {
                    EmitBranch(and.Left, false, target);
                    EmitBranch(and.Right, false, target);
                }
                return;
            case BinaryExpression { IsLogical: true, Operator: "||" } or:
                if (jumpIfTrue)
                {
                    EmitBranch(or.Left, true, target);
                    EmitBranch(or.Right, true, target);
                }
                else
                {
                    var skip = Label();
                    EmitBranch(or.Left, true, skip);
                    EmitBranch(or.Right, false, target);
                    Mark(skip);
                }
                return;
            case BinaryExpression { IsLogical: false } cmp when IsComparison(cmp.Operator) && cmp.Left is not PrivateIdentifier:
                if (TryEmitDoubleBranch(cmp, jumpIfTrue, target)) return;
                EmitExpression(cmp.Left);
                EmitExpression(cmp.Right);
                EmitComparison(cmp.Operator);
                _il.Emit(jumpIfTrue ? OpCodes.Brtrue : OpCodes.Brfalse, target);
                return;
            case Literal { Kind: LiteralKind.Boolean } lit:
                if (lit.Boolean == jumpIfTrue) _il.Emit(OpCodes.Br, target);
                return;
        }
        EmitExpression(condition);
        _il.Emit(OpCodes.Call, _rt.ToBoolean);
        _il.Emit(jumpIfTrue ? OpCodes.Brtrue : OpCodes.Brfalse, target);
    }
}
