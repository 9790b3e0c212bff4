using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Binding;

public sealed partial class Binder
{
    void VisitStatements(List<Statement> statements)
    {
        foreach (var s in statements) VisitStatement(s);
    }

    void VisitStatement(Node? node)
    {
        switch (node)
        {
            case null: break;
            case ExpressionStatement e: VisitExpression(e.Expression); break;
            case VariableDeclaration v:
                foreach (var d in v.Declarations)
                {
                    if (v.Kind != "var") MarkBindingIdentifiers(d.Id);
                    VisitPattern(d.Id);
                    VisitExpression(d.Init);
                }
                break;
            case FunctionDeclaration f: VisitFunction(f); break;
            case ClassDeclaration c:
                if (c.Id != null)
                {
                    _bindingIdentifiers.Add(c.Id);
                    Reference(c.Id);
                }
                VisitClass(c);
                break;
            case BlockStatement b: VisitBlock(b, b.Body); break;
            case IfStatement i: VisitExpression(i.Test); VisitStatement(i.Consequent); VisitStatement(i.Alternate); break;
            case WhileStatement w: VisitExpression(w.Test); VisitStatement(w.Body); break;
            case DoWhileStatement d: VisitStatement(d.Body); VisitExpression(d.Test); break;
            case ForStatement f:
            {
                var outer = LoopHeadScope(f, f.Init as VariableDeclaration);
                if (f.Init is Expression init) VisitExpression(init); else VisitStatement(f.Init);
                VisitExpression(f.Test);
                VisitExpression(f.Update);
                VisitStatement(f.Body);
                _scope = outer;
                break;
            }
            case ForInOfStatement f:
            {
                VisitExpression(f.Right);
                var outer = LoopHeadScope(f, f.Left as VariableDeclaration);
                if (f.Left is VariableDeclaration vd) VisitStatement(vd); else VisitPattern((Expression)f.Left);
                VisitStatement(f.Body);
                _scope = outer;
                break;
            }
            case LabeledStatement l: VisitStatement(l.Body); break;
            case ReturnStatement r: VisitExpression(r.Argument); break;
            case ThrowStatement t: VisitExpression(t.Argument); break;
            case WithStatement w:
            {
                VisitExpression(w.Object);
                _scope.Function.HasDirectEval = true; // names inside `with` resolve dynamically
                // The with-object lives in a binding of its own, so functions created inside can look names up on it.
                var withObject = _scope.Function.Declare("%with" + _withObjects.Count, SymbolKind.Var);
                _withObjects[w] = withObject;
                _withStack.Add(withObject);
                VisitStatement(w.Body);
                _withStack.RemoveAt(_withStack.Count - 1);
                break;
            }
            case SwitchStatement s:
            {
                VisitExpression(s.Discriminant);
                var scope = new Scope(ScopeKind.Block, _scope, _scope.Function);
                var all = s.Cases.SelectMany(c => c.Consequent).ToList();
                DeclareLexical(all, scope);
                foreach (var symbol in scope.Symbols.Values) symbol.InSwitch = true;
                var outer = Enter(scope, s);
                foreach (var c in s.Cases)
                {
                    VisitExpression(c.Test);
                    VisitStatements(c.Consequent);
                }
                _scope = outer;
                break;
            }
            case TryStatement t:
                VisitStatement(t.Block);
                if (t.Handler != null)
                {
                    var scope = new Scope(ScopeKind.Catch, _scope, _scope.Function);
                    foreach (var name in BoundNames(t.Handler.Param)) scope.Declare(name, SymbolKind.CatchParam);
                    var outer = Enter(scope, t.Handler);
                    VisitPattern(t.Handler.Param);
                    VisitBlock(t.Handler.Body, t.Handler.Body.Body);
                    _scope = outer;
                }
                VisitStatement(t.Finalizer);
                break;
            case ExportNamedDeclaration e: VisitStatement(e.Declaration); break;
            case ExportDefaultDeclaration e:
                if (e.Declaration is Expression ex) VisitExpression(ex); else VisitStatement(e.Declaration);
                break;
        }
    }

    /// <summary>A scope for `for (let ...)` heads; var heads need none.</summary>
    Scope LoopHeadScope(Node loop, VariableDeclaration? head)
    {
        if (head == null || head.Kind == "var") return _scope;
        var scope = new Scope(ScopeKind.Block, _scope, _scope.Function);
        DeclareLexical(new List<Statement> { head }, scope);
        return Enter(scope, loop);
    }

    void VisitBlock(Node owner, List<Statement> body)
    {
        var scope = new Scope(ScopeKind.Block, _scope, _scope.Function);
        DeclareLexical(body, scope);
        var outer = Enter(scope, owner);
        VisitStatements(body);
        _scope = outer;
    }

    void MarkBindingIdentifiers(Node? pattern)
    {
        switch (pattern)
        {
            case Identifier id: _bindingIdentifiers.Add(id); break;
            case ObjectPattern o:
                foreach (var p in o.Properties) MarkBindingIdentifiers(p is Property prop ? prop.Value : p);
                break;
            case ArrayPattern a:
                foreach (var e in a.Elements) MarkBindingIdentifiers(e);
                break;
            case AssignmentPattern ap: MarkBindingIdentifiers(ap.Left); break;
            case RestElement r: MarkBindingIdentifiers(r.Argument); break;
        }
    }

    /// <summary>Binding or assignment targets: identifiers resolve; defaults and computed keys are expressions.</summary>
    void VisitPattern(Expression? pattern)
    {
        switch (pattern)
        {
            case null: break;
            case Identifier id:
                Reference(id);
                if (Resolve(id) is { } written) written.Reassigned = true;
                break;
            case ObjectPattern o:
                foreach (var p in o.Properties)
                {
                    if (p is Property prop)
                    {
                        if (prop.Computed) VisitExpression(prop.Key);
                        VisitPattern(prop.Value);
                    }
                    else VisitPattern((Expression)p);
                }
                break;
            case ArrayPattern a:
                foreach (var e in a.Elements) VisitPattern(e);
                break;
            case AssignmentPattern ap: VisitPattern(ap.Left); VisitExpression(ap.Right); break;
            case RestElement r: VisitPattern(r.Argument); break;
            default: VisitExpression(pattern); break; // member expressions as assignment targets
        }
    }

    void VisitExpression(Expression? node)
    {
        switch (node)
        {
            case null: break;
            case Identifier id: Reference(id); break;
            case PrivateIdentifier privateName: ReferencePrivate(privateName); break;
            case MetaProperty { Meta.Name: "new" } meta: ReferenceNewTarget(meta); break;
            case Super: MarkSuper(); break;
            case CallExpression { Callee: Super } superCall when _scope.Function.IsArrow:
            {
                var f = _scope.Function;
                while (f.IsArrow && f.Parent != null) f = f.Parent.Function;
                ShareDerivedThis(f);
                MarkThis();
                VisitExpression(superCall.Callee);
                foreach (var a in superCall.Arguments) VisitExpression(a);
                break;
            }
            case Literal or MetaProperty: break;
            case ThisExpression:
                MarkThis();
                break;
            case ArrayExpression a: foreach (var e in a.Elements) VisitExpression(e); break;
            case ObjectExpression o:
                foreach (var p in o.Properties)
                {
                    if (p is Property prop)
                    {
                        if (prop.Computed) VisitExpression(prop.Key);
                        VisitExpression(prop.Value);
                    }
                    else VisitExpression((Expression)p);
                }
                break;
            case FunctionExpression f: VisitFunction(f); break;
            case ArrowFunctionExpression f: VisitFunction(f); break;
            case ClassExpression c: VisitClass(c); break;
            case SpreadElement s: VisitExpression(s.Argument); break;
            case UnaryExpression u: VisitExpression(u.Argument); break;
            case UpdateExpression u:
                VisitExpression(u.Argument);
                if (u.Argument is Identifier target && Resolve(target) is { } updated) updated.Reassigned = true;
                break;
            case BinaryExpression b: VisitExpression(b.Left); VisitExpression(b.Right); break;
            case AssignmentExpression a: VisitPattern(a.Left); VisitExpression(a.Right); break;
            case ConditionalExpression c: VisitExpression(c.Test); VisitExpression(c.Consequent); VisitExpression(c.Alternate); break;
            case CallExpression c:
                if (c.Callee is Identifier { Name: "eval" }) MarkDirectEval();
                VisitExpression(c.Callee);
                foreach (var a in c.Arguments) VisitExpression(a);
                break;
            case NewExpression n:
                VisitExpression(n.Callee);
                foreach (var a in n.Arguments) VisitExpression(a);
                break;
            case MemberExpression m:
                VisitExpression(m.Object);
                if (m.Computed) VisitExpression(m.Property);
                else if (m.Property is PrivateIdentifier privateName) ReferencePrivate(privateName);
                break;
            case ChainExpression c: VisitExpression(c.Expression); break;
            case SequenceExpression s: foreach (var e in s.Expressions) VisitExpression(e); break;
            case YieldExpression y: VisitExpression(y.Argument); break;
            case AwaitExpression a: VisitExpression(a.Argument); break;
            case TemplateLiteral t: foreach (var e in t.Expressions) VisitExpression(e); break;
            case TaggedTemplateExpression t: VisitExpression(t.Tag); VisitExpression(t.Quasi); break;
            case ImportExpression i: VisitExpression(i.Source); break;
            case ObjectPattern or ArrayPattern or AssignmentPattern or RestElement: VisitPattern(node); break;
        }
    }

    /// <summary>`this` in an arrow is the enclosing function's; that function must keep it where the arrow can read it.</summary>
    void MarkThis()
    {
        var f = _scope.Function;
        f.UsesThis = true;
        while (f.IsArrow && f.Parent != null)
        {
            f = f.Parent.Function;
            f.UsesThis = true;
        }
        if (f != _scope.Function) ShareDerivedThis(f);
    }

    /// <summary>An arrow in a derived constructor uses `this` or `super()`: the constructor keeps both in its environment.</summary>
    void ShareDerivedThis(FunctionScope constructor)
    {
        if (!constructor.IsDerivedConstructor) return;
        constructor.ThisSymbol ??= constructor.Declare("%this", SymbolKind.NewTarget);
        constructor.ThisSymbol.Captured = true;
        constructor.ConstructorSymbol ??= constructor.Declare("%constructor", SymbolKind.NewTarget);
        constructor.ConstructorSymbol.Captured = true;
        constructor.NewTargetSymbol ??= constructor.Declare("new.target", SymbolKind.NewTarget);
        constructor.NewTargetSymbol.Captured = true;
    }

    /// <summary>The derived constructor whose `this` an arrow shares, if any.</summary>
    public static FunctionScope? SharedThisOwner(FunctionScope f)
    {
        while (f.IsArrow && f.Parent != null) f = f.Parent.Function;
        return f.ThisSymbol != null ? f : null;
    }

    /// <summary>`super` in an arrow is its enclosing method's: each arrow on the way copies the home object.</summary>
    void MarkSuper()
    {
        for (var f = _scope.Function; ; f = f.Parent!.Function)
        {
            f.UsesSuper = true;
            if (!f.IsArrow || f.Parent == null) break;
        }
    }

    /// <summary>A direct eval can name any variable in scope, so every enclosing function keeps its variables in environments.</summary>
    void MarkDirectEval()
    {
        for (var f = _scope.Function; f != null; f = f.Parent?.Function)
        {
            f.HasDirectEval = true;
            f.UsesThis = true;
            if (!f.IsArrow && f.Node is not Ast.Program)
            {
                f.UsesArguments = true;
                f.ArgumentsSymbol ??= f.Declare("arguments", SymbolKind.Arguments);
            }
        }
    }

    void VisitFunction(IFunction function)
    {
        var node = (Node)function;
        var parentStrict = _scope.Function.Strict;
        bool strict = parentStrict || _classDepth > 0 || function.Body is BlockStatement body && HasUseStrict(body.Body);
        var scope = new FunctionScope(node, _scope, strict) { IsDerivedConstructor = _derivedConstructors.Contains(node) };
        _scope.Function.Children.Add(scope);
        if (_withStack.Count > 0)
        {
            scope.EnclosingWiths = _withStack.ToArray();
            foreach (var withObject in scope.EnclosingWiths) withObject.Captured = true;
        }
        if (function.Id != null && node is FunctionExpression)
            scope.SelfName = new Symbol(function.Id.Name, SymbolKind.FunctionName, scope);
        var outer = Enter(scope, node);
        // With defaults or patterns, parameters initialise left to right in a scope of their own
        // (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation): each is in its dead zone
        // until its own initialiser has run, and the body's vars are not visible to the defaults.
        bool parameterExpressions = function.Params.Any(p => p is not Identifier);
        foreach (var p in function.Params)
            foreach (var name in BoundNames(p))
            {
                var parameter = scope.Declare(name, SymbolKind.Param);
                scope.Parameters.Add(parameter);
                if (parameterExpressions) parameter.InitializedAt = p.End;
            }
        if (function.Body is BlockStatement block) DeclareHoisted(block.Body, scope);
        scope.InParameters = parameterExpressions;
        foreach (var p in function.Params)
        {
            if (parameterExpressions) MarkBindingIdentifiers(p);
            VisitPattern(p);
        }
        scope.InParameters = false;
        if (function.Body is BlockStatement b) VisitStatements(b.Body);
        else VisitExpression((Expression)function.Body);
        _scope = outer;
    }

    static bool HasUseStrict(List<Statement> body)
    {
        foreach (var s in body)
        {
            if (s is not ExpressionStatement { Directive: { } directive }) return false;
            if (directive == "use strict") return true;
        }
        return false;
    }

    int _classDepth;
    readonly HashSet<Node> _derivedConstructors = new();

    /// <summary>
    /// Classes: every class gets an explicit constructor (the default one is synthesised:
    /// `constructor() {}`, or `constructor(...args) { super(...args); }` with `extends`), and
    /// a named class expression a scope of its own for its name. Class code is strict.
    /// </summary>
    void VisitClass(IClass c)
    {
        VisitExpression(c.SuperClass);
        EnsureConstructor(c);
        Lowering.ClassElementsLowering.Lower(c);
        var node = (Node)c;
        Scope? outer = null;
        var privateNames = Lowering.ClassElementsLowering.PrivateNames(c).ToList();
        if (c is ClassExpression { Id: not null } || privateNames.Count > 0)
        {
            var scope = new Scope(ScopeKind.Block, _scope, _scope.Function);
            // A class expression's own name is immutable inside it (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation step 4.a).
            if (c is ClassExpression { Id: { } name }) scope.Declare(name.Name, SymbolKind.Const);
            // Private names live in the class scope as `#name` bindings, found lexically like variables.
            foreach (var privateName in privateNames) scope.Declare("#" + privateName, SymbolKind.Const);
            outer = Enter(scope, node);
        }
        _classDepth++;
        foreach (var element in c.Body.Body)
        {
            switch (element)
            {
                case MethodDefinition m:
                    if (m.Computed) VisitExpression(m.Key);
                    else if (m.Key is PrivateIdentifier methodName) ReferencePrivate(methodName);
                    if (m.Kind == "constructor" && c.SuperClass != null) _derivedConstructors.Add(m.Value);
                    VisitFunction(m.Value);
                    break;
                case PropertyDefinition p:
                    if (p.Computed) VisitExpression(p.Key);
                    else if (p.Key is PrivateIdentifier fieldName) ReferencePrivate(fieldName);
                    if (p.Initializer != null) VisitFunction(p.Initializer);
                    break;
                case StaticBlock sb:
                    VisitFunction(sb.Function!);
                    break;
            }
        }
        _classDepth--;
        if (outer != null) _scope = outer;
    }

    static void EnsureConstructor(IClass c)
    {
        if (c.Body.Body.Any(e => e is MethodDefinition { Kind: "constructor" })) return;
        int at = c.Body.Start;
        var body = new BlockStatement { Start = at, End = at };
        var function = new FunctionExpression { Body = body, Start = at, End = at };
        if (c.SuperClass != null)
        {
            function.Params.Add(new RestElement { Argument = new Identifier { Name = "args", Start = at, End = at }, Start = at, End = at });
            var call = new CallExpression { Callee = new Super { Start = at, End = at }, Start = at, End = at };
            call.Arguments.Add(new SpreadElement { Argument = new Identifier { Name = "args", Start = at, End = at }, Start = at, End = at });
            body.Body.Add(new ExpressionStatement { Expression = call, Start = at, End = at });
        }
        c.Body.Body.Insert(0, new MethodDefinition { Kind = "constructor", Key = new Identifier { Name = "constructor" }, Value = function, Start = at, End = at });
    }
}
