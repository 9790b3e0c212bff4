using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Binding;

/// <summary>
/// Finds the local variables of one function that always hold numbers, so the emitter can
/// keep them in unboxed double locals (loop counters, accumulators). A variable qualifies
/// when it is not captured, every use of it comes after an initialising declaration that
/// is a direct statement of a block enclosing the use (so the declaration has certainly
/// run, and the variable was never undefined there), and every write assigns a number
/// expression. Number expressions are numeric literals, the arithmetic
/// and bitwise operators (`+` only between numbers), ++/--, and reads of such variables;
/// a fixpoint removes variables whose writes depend on disqualified ones.
/// </summary>
public sealed class NumberInference
{
    readonly Binder _binder;
    readonly Dictionary<Symbol, List<Expression?>> _writes = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<Symbol, List<int>> _uses = new(ReferenceEqualityComparer.Instance);
    /// <summary>Per variable, the ranges [declaration, end of its block] where it is surely initialised.</summary>
    readonly Dictionary<Symbol, List<(int From, int To)>> _initialised = new(ReferenceEqualityComparer.Instance);
    readonly HashSet<Symbol> _numbers = new(ReferenceEqualityComparer.Instance);
    readonly FunctionScope _function;

    NumberInference(Binder binder, FunctionScope function)
    {
        _binder = binder;
        _function = function;
    }

    /// <summary>The symbols of the function that can live in double locals.</summary>
    public static HashSet<Symbol> Infer(Binder binder, FunctionScope function, List<Statement> body)
    {
        var inference = new NumberInference(binder, function);
        if (function.HasDirectEval) return inference._numbers;
        inference.RegisterDeclarations(body, function.Node.End);
        foreach (var s in body) inference.Walk(s);
        return inference.Solve();
    }

    bool IsCandidate(Symbol? s) =>
        s != null && !s.Captured && !s.NeedsTdzInit && s.MappedIndex < 0 && s.Scope.Function == _function && s.Kind is SymbolKind.Var or SymbolKind.Let or SymbolKind.Const;

    /// <summary>Initialising declarations that are direct statements of a block: from there to the block's end they have run.</summary>
    void RegisterDeclarations(List<Statement> statements, int blockEnd)
    {
        foreach (var s in statements)
        {
            var declaration = s switch
            {
                VariableDeclaration v => v,
                ForStatement { Init: VariableDeclaration v } => v,
                _ => null,
            };
            if (declaration == null) continue;
            foreach (var d in declaration.Declarations)
            {
                if (d.Id is not Identifier id || d.Init == null || _binder.Resolve(id) is not { } symbol || !IsCandidate(symbol)) continue;
                if (!_initialised.TryGetValue(symbol, out var ranges)) _initialised[symbol] = ranges = new();
                ranges.Add((d.Start, blockEnd));
            }
        }
    }

    void Write(Expression target, Expression? value)
    {
        if (target is Identifier id && _binder.Resolve(id) is { } symbol && IsCandidate(symbol))
        {
            if (!_writes.TryGetValue(symbol, out var list)) _writes[symbol] = list = new();
            list.Add(value);
            Use(id, symbol);
        }
        else if (target is not Identifier) Walk(target);
    }

    void Use(Identifier id, Symbol symbol)
    {
        if (!_uses.TryGetValue(symbol, out var uses)) _uses[symbol] = uses = new();
        uses.Add(id.Start);
    }

    void Walk(Node? node)
    {
        switch (node)
        {
            case null: return;
            case FunctionDeclaration or FunctionExpression or ArrowFunctionExpression or ClassDeclaration or ClassExpression: return;
            case Identifier id:
                if (_binder.Resolve(id) is { } symbol && IsCandidate(symbol)) Use(id, symbol);
                return;
            case BlockStatement block:
                RegisterDeclarations(block.Body, block.End);
                foreach (var st in block.Body) Walk(st);
                return;
            case VariableDeclaration v:
                foreach (var d in v.Declarations)
                {
                    if (d.Id is Identifier target)
                    {
                        if (d.Init != null) Write(target, d.Init);
                        else if (v.Kind != "var") Write(target, null);
                    }
                    else MarkPattern(d.Id);
                    Walk(d.Init);
                }
                return;
            case AssignmentExpression a:
                if (a.Left is Identifier)
                {
                    // `x += y` is a number only when y is; the other compound operators always are.
                    Write(a.Left, a.Operator switch
                    {
                        "=" => a.Right,
                        "+=" => new BinaryExpression { Operator = "+", Left = a.Left, Right = a.Right },
                        "&&=" or "||=" or "??=" => null,
                        _ => new NumericMarker(),
                    });
                }
                else MarkPattern(a.Left);
                Walk(a.Right);
                return;
            case UpdateExpression u:
                if (u.Argument is Identifier) Write(u.Argument, new NumericMarker());
                else Walk(u.Argument);
                return;
            case ForInOfStatement f:
                if (f.Left is VariableDeclaration { Declarations: [var head] }) MarkPattern(head.Id); else MarkPattern((Expression)f.Left);
                Walk(f.Right);
                Walk(f.Body);
                return;
            case TryStatement t:
                Walk(t.Block);
                if (t.Handler != null)
                {
                    if (t.Handler.Param != null) MarkPattern(t.Handler.Param);
                    Walk(t.Handler.Body);
                }
                Walk(t.Finalizer);
                return;
        }
        foreach (var child in Children(node)) Walk(child);
    }

    /// <summary>Identifiers bound by destructuring or loops get values of any type.</summary>
    void MarkPattern(Expression pattern)
    {
        switch (pattern)
        {
            case Identifier id: Write(id, null); break;
            case ObjectPattern or ArrayPattern or AssignmentPattern or RestElement:
                foreach (var child in Children(pattern))
                    if (child is Expression e) MarkPattern(e);
                    else if (child is Property p) MarkPattern(p.Value);
                break;
            default: Walk(pattern); break;
        }
    }

    HashSet<Symbol> Solve()
    {
        foreach (var (symbol, ranges) in _initialised)
        {
            var uses = _uses.GetValueOrDefault(symbol) ?? new List<int>();
            if (uses.All(p => ranges.Any(r => p >= r.From && p <= r.To))) _numbers.Add(symbol);
        }
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var symbol in _numbers.ToArray())
            {
                if (!_writes.TryGetValue(symbol, out var writes) || writes.Any(w => w == null || !IsNumberExpression(w)))
                {
                    _numbers.Remove(symbol);
                    changed = true;
                }
            }
        }
        return _numbers;
    }

    /// <summary>Whether an expression always evaluates to a number, given the current number variables.</summary>
    public bool IsNumberExpression(Expression e) => IsNumberExpression(e, _binder, _numbers);

    public static bool IsNumberExpression(Expression e, Binder binder, HashSet<Symbol> numbers) => e switch
    {
        NumericMarker => true,
        Literal { Kind: LiteralKind.Number } => true,
        Identifier id => binder.Resolve(id) is { } s && numbers.Contains(s),
        // Unary plus and >>> never give a BigInt (they throw on one); the other numeric operators give a BigInt
        // for BigInt operands, so they are numbers only when an operand is (mixing the two kinds throws).
        UnaryExpression { Operator: "+" } => true,
        UnaryExpression { Operator: "-" or "~" } u => IsNumberExpression(u.Argument, binder, numbers),
        UpdateExpression u => IsNumberExpression(u.Argument, binder, numbers),
        BinaryExpression { IsLogical: false, Operator: ">>>" } => true,
        BinaryExpression { IsLogical: false, Operator: "-" or "*" or "/" or "%" or "**" or "&" or "|" or "^" or "<<" or ">>" } b =>
            IsNumberExpression(b.Left, binder, numbers) || IsNumberExpression(b.Right, binder, numbers),
        BinaryExpression { IsLogical: false, Operator: "+" } b => IsNumberExpression(b.Left, binder, numbers) && IsNumberExpression(b.Right, binder, numbers),
        AssignmentExpression { Operator: "-=" or "*=" or "/=" or "%=" or "**=" or "&=" or "|=" or "^=" or "<<=" or ">>=" } a =>
            IsNumberExpression(a.Left, binder, numbers) || IsNumberExpression(a.Right, binder, numbers),
        AssignmentExpression { Operator: ">>>=" } => true,
        AssignmentExpression { Operator: "=" } a => IsNumberExpression(a.Right, binder, numbers),
        SequenceExpression s => IsNumberExpression(s.Expressions[^1], binder, numbers),
        ConditionalExpression c => IsNumberExpression(c.Consequent, binder, numbers) && IsNumberExpression(c.Alternate, binder, numbers),
        _ => false,
    };

    /// <summary>Stands for the value of an operator that always yields a number (`x -= y`, `x++`).</summary>
    sealed class NumericMarker : Expression
    {
        public override string Type => "NumericMarker";
    }

    static IEnumerable<Node?> Children(Node node)
    {
        switch (node)
        {
            case ExpressionStatement s: yield return s.Expression; break;
            case BlockStatement b: foreach (var s in b.Body) yield return s; break;
            case IfStatement i: yield return i.Test; yield return i.Consequent; yield return i.Alternate; break;
            case WhileStatement w: yield return w.Test; yield return w.Body; break;
            case DoWhileStatement d: yield return d.Body; yield return d.Test; break;
            case ForStatement f: yield return f.Init; yield return f.Test; yield return f.Update; yield return f.Body; break;
            case LabeledStatement l: yield return l.Body; break;
            case ReturnStatement r: yield return r.Argument; break;
            case ThrowStatement t: yield return t.Argument; break;
            case WithStatement w: yield return w.Object; yield return w.Body; break;
            case SwitchStatement s:
                yield return s.Discriminant;
                foreach (var c in s.Cases) { yield return c.Test; foreach (var st in c.Consequent) yield return st; }
                break;
            case ArrayExpression a: foreach (var e in a.Elements) yield return e; break;
            case ArrayPattern a: foreach (var e in a.Elements) yield return e; break;
            case ObjectExpression o: foreach (var p in o.Properties) yield return p; break;
            case ObjectPattern o: foreach (var p in o.Properties) yield return p; break;
            case Property p: if (p.Computed) yield return p.Key; yield return p.Value; break;
            case SpreadElement s: yield return s.Argument; break;
            case RestElement r: yield return r.Argument; break;
            case AssignmentPattern ap: yield return ap.Left; yield return ap.Right; break;
            case UnaryExpression u: yield return u.Argument; break;
            case BinaryExpression b: yield return b.Left; yield return b.Right; break;
            case ConditionalExpression c: yield return c.Test; yield return c.Consequent; yield return c.Alternate; break;
            case CallExpression c: yield return c.Callee; foreach (var a in c.Arguments) yield return a; break;
            case NewExpression n: yield return n.Callee; foreach (var a in n.Arguments) yield return a; break;
            case MemberExpression m: yield return m.Object; if (m.Computed) yield return m.Property; break;
            case ChainExpression c: yield return c.Expression; break;
            case SequenceExpression s: foreach (var e in s.Expressions) yield return e; break;
            case TemplateLiteral t: foreach (var e in t.Expressions) yield return e; break;
            case TaggedTemplateExpression t: yield return t.Tag; yield return t.Quasi; break;
            case YieldExpression y: yield return y.Argument; break;
            case AwaitExpression a: yield return a.Argument; break;
        }
    }
}
