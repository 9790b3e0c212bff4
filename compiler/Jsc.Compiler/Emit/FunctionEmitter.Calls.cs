using Jsc.Compiler.Ast;
using Jsc.Runtime.AbstractOps;
using Mono.Cecil;
using Mono.Cecil.Cil;

using MethodDefinition = Mono.Cecil.MethodDefinition;
using Scope = Jsc.Compiler.Binding.Scope;

namespace Jsc.Compiler.Emit;

sealed partial class FunctionEmitter
{
    // Calls, `new`, member access and optional chains.
    // https://tc39.es/ecma262/#sec-function-calls

    Instruction? _chainExit;
    readonly Dictionary<(int Count, int Depth), VariableDefinition> _argBuffers = new();
    int _argDepth;

    void EmitMember(MemberExpression m)
    {
        if (m.Object is Super)
        {
            EmitSuperMember(m);
            return;
        }
        EmitExpression(m.Object);
        EmitOptionalCheck(m.Optional, 1);
        EmitMemberGet(m);
    }

    /// <summary>With the object on the stack, reads the member.</summary>
    void EmitMemberGet(MemberExpression m)
    {
        if (m.Property is PrivateIdentifier privateName)
        {
            EmitLoadSymbol(_m.Binder.ResolvePrivate(privateName));
            _il.Emit(OpCodes.Call, _rt.Method(typeof(ClassElementOperations), nameof(ClassElementOperations.PrivateGet)));
            return;
        }
        if (!m.Computed)
        {
            _il.Emit(OpCodes.Ldsfld, _m.NewSite(((Identifier)m.Property).Name));
            _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetMember)));
            return;
        }
        if (m.Property is Literal { Kind: Ast.LiteralKind.String } key && !IsIndexLike(key.String!))
        {
            _il.Emit(OpCodes.Ldsfld, _m.NewSite(key.String!));
            _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetMember)));
            return;
        }
        EmitExpression(m.Property);
        _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetIndex)));
    }

    static bool IsIndexLike(string s) => s.Length > 0 && s[0] >= '0' && s[0] <= '9';

    /// <summary>In an optional chain, `a?.b`: if the value on top is null or undefined, drop `depth` values and leave the chain with undefined.</summary>
    void EmitOptionalCheck(bool optional, int depth)
    {
        if (!optional) return;
        var cont = Label();
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.IsNullish)));
        _il.Emit(OpCodes.Brfalse, cont);
        for (int i = 0; i < depth; i++) _il.Emit(OpCodes.Pop);
        _il.Emit(OpCodes.Br, _chainExit!);
        Mark(cont);
    }

    void EmitChain(ChainExpression c)
    {
        var outer = _chainExit;
        var exit = Label();
        var end = Label();
        _chainExit = exit;
        EmitExpression(c.Expression);
        _chainExit = outer;
        _il.Emit(OpCodes.Br, end);
        Mark(exit);
        EmitUndefined();
        Mark(end);
    }

    void EmitCall(CallExpression c)
    {
        // Stack frames point at the call, as V8's do: the property name of a method call, else the callee.
        MarkSequencePoint(c.Callee is MemberExpression { Computed: false } member ? member.Property : c.Callee, c.End);
        string calleeText = CalleeText(c.Callee);
        if (c.Callee is Identifier { Name: "eval" } evalName && _m.Binder.Resolve(evalName) == null && !c.Optional)
        {
            // A direct eval: the runtime checks that `eval` is still the real one.
            EmitExpression(c.Callee);
            EmitArguments(c.Arguments);
            EmitCurrentEnv();
            EmitLoadThis();
            _il.Emit(Strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Ldstr, calleeText);
            if (_withObjects.Count > 0) _il.Emit(OpCodes.Ldstr, string.Join(",", _withObjects.Select(w => w.Name)));
            else _il.Emit(OpCodes.Ldnull);
            _il.Emit(OpCodes.Call, _rt.Method(typeof(EvalOperations), nameof(EvalOperations.DirectEval)));
            return;
        }
        // Push `this`, then the function value, then the arguments.
        if (TryEmitDirectCall(c)) return;
        if (c.Callee is Super)
        {
            EmitSuperCall(c);
            return;
        }
        switch (c.Callee)
        {
            case MemberExpression { Object: Super } superMember:
                EmitLoadThis();
                EmitSuperMember(superMember);
                break;
            case MemberExpression m when m.Object is not Super:
                EmitExpression(m.Object);
                EmitOptionalCheck(m.Optional, 1);
                _il.Emit(OpCodes.Dup);
                EmitMemberGet(m);
                break;
            case Identifier id when _withObjects.Count > 0:
            {
                // `f()` inside `with (o)` calls o.f with `this` = o when o has f.
                var end = Label();
                EmitWithLookup(id, end, site =>
                {
                    _il.Emit(OpCodes.Dup);
                    _il.Emit(OpCodes.Ldsfld, site);
                    _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.GetMember)));
                });
                EmitUndefined();
                EmitLoadIdentifierStatically(id);
                Mark(end);
                break;
            }
            default:
                EmitUndefined();
                EmitExpression(c.Callee);
                break;
        }
        EmitOptionalCheck(c.Optional, 2);
        EmitArguments(c.Arguments);
        _il.Emit(OpCodes.Ldstr, calleeText);
        _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.CallWithThis)));
    }

    /// <summary>
    /// A call of a function declaration that nothing reassigns calls its method directly,
    /// skipping the dynamic dispatch (the closure is still passed for its environment).
    /// </summary>
    bool TryEmitDirectCall(CallExpression c)
    {
        if (c.Optional || _withObjects.Count > 0 || c.Callee is not Identifier id || IsDynamicScope()) return false;
        if (_m.Binder.Resolve(id) is not { Reassigned: false, Declaration: { IsAsync: false, IsGenerator: false } declaration } symbol) return false;
        var target = _m.Binder.FunctionScopeOf(declaration);
        EmitLoadSymbol(symbol);
        _il.Emit(OpCodes.Call, _rt.Fn(nameof(FunctionOperations.AsClosure)));
        EmitUndefined();
        EmitArguments(c.Arguments);
        EmitUndefined();
        _il.Emit(OpCodes.Call, _m.Function(target).Method);
        return true;
    }

    void EmitNew(NewExpression n)
    {
        MarkSequencePoint(n, n.End);
        EmitExpression(n.Callee);
        EmitArguments(n.Arguments);
        _il.Emit(OpCodes.Ldstr, CalleeText(n.Callee));
        _il.Emit(OpCodes.Call, _rt.Obj(nameof(ObjectOperations.Construct)));
    }

    /// <summary>The callee's source text, as V8 names it in "x.y is not a function".</summary>
    string CalleeText(Expression callee)
    {
        if (callee is NewExpression) return "(intermediate value)";
        var text = callee is MemberExpression member ? MemberText(member) : _m.Source.Text.Substring(callee.Start, callee.End - callee.Start);
        if (text.Length > 60 || text.Contains('\n')) return callee is MemberExpression { Computed: false, Property: Identifier p } ? "(intermediate value)." + p.Name : "expression";
        return text;
    }

    /// <summary>An expression as V8's messages print it (its CallPrinter), or null where jsc does not know V8's rendering.</summary>
    string? DestructureSourceText(Expression e)
    {
        switch (e)
        {
            case Identifier or ThisExpression or MemberExpression { Object: not Super }: return CalleeText(e);
            case CallExpression { Callee: not Super } c: return CalleeText(c.Callee) + "(...)";
            case Literal { Kind: LiteralKind.Null }: return "null";
            case Literal { Kind: LiteralKind.Number } n: return Runtime.Values.NumberConversions.ToString(n.Number);
            case BinaryExpression b:
                return DestructureSourceText(b.Left) is { } left && DestructureSourceText(b.Right) is { } right ? $"({left} {b.Operator} {right})" : null;
            case SequenceExpression s:
                var parts = s.Expressions.Select(DestructureSourceText).ToList();
                return parts.All(p => p != null) ? "(" + string.Join(" , ", parts) + ")" : null;
            default: return null;
        }
    }

    /// <summary>How V8's "is not iterable" names an iterated expression (see IteratorRecord.From), or null.</summary>
    string? IterationSubject(Expression e) => e switch
    {
        CallExpression { Callee: not Super } c => IteratorRecord.CallResultMark + CalleeText(c.Callee),
        ObjectExpression { Properties.Count: 0 } => "{}",
        _ => DestructureSourceText(e),
    };

    /// <summary>A member expression printed as V8 prints it: a string-literal key as `.key` (o["x"] is o.x).</summary>
    string MemberText(MemberExpression m)
    {
        string obj = m.Object is MemberExpression inner ? MemberText(inner)
            : m.Object is Literal { Kind: LiteralKind.BigInt } ? "(intermediate value)"
            : _m.Source.Text.Substring(m.Object.Start, m.Object.End - m.Object.Start);
        string dot = m.Optional ? "?." : ".";
        if (!m.Computed && m.Property is Identifier id) return obj + dot + id.Name;
        if (m.Computed && m.Property is Literal { Kind: LiteralKind.String } key) return obj + dot + key.String;
        string property = _m.Source.Text.Substring(m.Property.Start, m.Property.End - m.Property.Start);
        if (!m.Computed) return obj + dot + property;
        return obj + (m.Optional ? "?.[" : "[") + (PrintedKey(m.Property) ?? property) + "]";
    }

    /// <summary>A computed key as V8's CallPrinter shows it: binary operations parenthesised, string literals
    /// double-quoted, and arithmetic on two number literals folded as V8's parser folds it; null for other forms.</summary>
    static string? PrintedKey(Expression e)
    {
        switch (e)
        {
            case Identifier id: return id.Name;
            case Literal { Kind: LiteralKind.Number } n: return Runtime.Values.NumberConversions.ToString(n.Number);
            case Literal { Kind: LiteralKind.String } str: return "\"" + str.String + "\"";
            case BinaryExpression { IsLogical: false, Left: Literal { Kind: LiteralKind.Number } l, Right: Literal { Kind: LiteralKind.Number } r } b
                when b.Operator is "+" or "-" or "*" or "/":
                double value = b.Operator switch { "+" => l.Number + r.Number, "-" => l.Number - r.Number, "*" => l.Number * r.Number, _ => l.Number / r.Number };
                return Runtime.Values.NumberConversions.ToString(value);
            case BinaryExpression b:
                return PrintedKey(b.Left) is { } left && PrintedKey(b.Right) is { } right ? $"({left} {b.Operator} {right})" : null;
            default: return null;
        }
    }

    /// <summary>Pushes the arguments as a ReadOnlySpan&lt;JsValue&gt;: a stack buffer for up to six, else an array.</summary>
    void EmitArguments(List<Expression> args)
    {
        if (args.Count == 0)
        {
            _il.Emit(OpCodes.Call, _rt.Method(typeof(Args), nameof(Args.None)));
            return;
        }
        if (args.Count > 6 || args.Any(a => a is SpreadElement))
        {
            _argDepth++;
            EmitSpreadList(args, callArguments: true);
            _argDepth--;
            _il.Emit(OpCodes.Call, _rt.Method(typeof(Args), nameof(Args.OfArray)));
            return;
        }
        // Buffers are shared by call sites at the same argument-nesting depth: they are never live together.
        var key = (args.Count, _argDepth);
        if (!_argBuffers.TryGetValue(key, out var buffer))
        {
            buffer = NewLocal(_rt.ArgBuffers[args.Count - 1]);
            _argBuffers[key] = buffer;
        }
        _il.Emit(OpCodes.Ldloca, buffer);
        _argDepth++;
        foreach (var a in args) EmitExpression(a);
        _argDepth--;
        _il.Emit(OpCodes.Call, _rt.Method(typeof(Args), "Of" + args.Count));
    }
}
