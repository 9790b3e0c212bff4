using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Binding;

/// <summary>
/// Resolves every identifier of a module to a declared <see cref="Symbol"/> (or to the
/// global object), and marks the symbols that closures capture. Scopes are entered with
/// their declarations already collected (var hoisting and lexical declarations), so a
/// single walk resolves references to names declared later.
/// https://tc39.es/ecma262/#sec-syntax-directed-operations-scope-analysis
/// </summary>
public sealed partial class Binder
{
    readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<Identifier, Symbol> _references = new(ReferenceEqualityComparer.Instance);
    Scope _scope = null!;

    public FunctionScope Root { get; private set; } = null!;

    /// <summary>Binds a module body compiled as a function with the given parameters (CommonJS's wrapper).</summary>
    public static Binder BindModule(Ast.Program program, IReadOnlyList<string> wrapperParameters)
    {
        var binder = new Binder();
        var root = new FunctionScope(program, null, program.IsStrict);
        binder.Root = root;
        binder._scopes[program] = root;
        foreach (var p in wrapperParameters) root.Parameters.Add(root.Declare(p, SymbolKind.Param));
        binder._scope = root;
        binder.DeclareHoisted(program.Body, root);
        binder.VisitStatements(program.Body);
        binder.CaptureForEval();
        return binder;
    }

    /// <summary>
    /// Binds a classic script (https://tc39.es/ecma262/#sec-globaldeclarationinstantiation):
    /// its top-level declarations are global object properties, so they get no symbols and
    /// every reference to them resolves to the global object.
    /// </summary>
    public static Binder BindScript(Ast.Program program, bool isEval = false)
    {
        var binder = new Binder();
        var root = new FunctionScope(program, null, program.IsStrict) { IsScript = true, IsEval = isEval };
        binder.Root = root;
        binder._scopes[program] = root;
        binder._scope = root;
        var declarations = new FunctionScope(program, null, program.IsStrict);
        foreach (var statement in program.Body) binder.CollectVars(statement, declarations);
        // Eval code's let/const/class live in a declarative environment of its own (https://tc39.es/ecma262/#sec-performeval step 16).
        binder.DeclareLexical(program.Body, isEval ? root : declarations, declarations);
        root.GlobalNames.AddRange(declarations.Symbols.Keys);
        root.HoistedFunctions.AddRange(declarations.HoistedFunctions);
        binder.VisitStatements(program.Body);
        binder.CaptureForEval();
        return binder;
    }

    /// <summary>
    /// Binds direct-eval code inside the scope chain of its caller (rebuilt from the
    /// caller's environment classes). Sloppy eval code declares its vars in the caller's
    /// function, so like a script's they get no symbols.
    /// </summary>
    public static Binder BindEval(Ast.Program program, Scope? callerScope, string? withObjects = null)
    {
        var binder = new Binder();
        var root = new FunctionScope(program, callerScope, program.IsStrict) { IsSloppyEval = !program.IsStrict, IsEval = true };
        // Eval code inside `with` looks names up on the caller's with-objects first, like a closure created there.
        if (withObjects != null)
            root.EnclosingWiths = withObjects.Split(',').Select(name => FindInScopes(callerScope, name)).ToArray();
        root.HasDirectEval = true;
        binder.Root = root;
        binder._scopes[program] = root;
        binder._scope = root;
        if (program.IsStrict) binder.DeclareHoisted(program.Body, root);
        else
        {
            var declarations = new FunctionScope(program, null, false);
            foreach (var statement in program.Body) binder.CollectVars(statement, declarations);
            binder.DeclareLexical(program.Body, root, declarations);
            // Names the caller's function already declares stay those bindings
            // (EvalDeclarationInstantiation: `var` is a no-op, `function` assigns).
            foreach (var name in declarations.Symbols.Keys)
                if (FindInCallerFunction(callerScope, name) == null) root.GlobalNames.Add(name);
            root.HoistedFunctions.AddRange(declarations.HoistedFunctions);
        }
        binder.VisitStatements(program.Body);
        binder.CaptureForEval();
        return binder;
    }

    static Symbol FindInScopes(Scope? scope, string name)
    {
        for (var s = scope; s != null; s = s.Parent)
            if (s.Symbols.TryGetValue(name, out var symbol)) return symbol;
        throw new InvalidOperationException("the eval caller's scopes have no binding " + name);
    }

    /// <summary>A binding of the eval caller's scopes up to its nearest function scope.</summary>
    public static Symbol? FindInCallerFunction(Scope? callerScope, string name)
    {
        for (var s = callerScope; s != null; s = s.Parent)
        {
            if (s.Symbols.TryGetValue(name, out var symbol)) return symbol;
            if (s is FunctionScope) break;
        }
        return null;
    }

    /// <summary>In a function with a direct eval (or `with`), every variable must be reachable by name: all live in environments.</summary>
    void CaptureForEval()
    {
        CaptureMappedArguments();
        foreach (var scope in AllScopes)
        {
            if (!scope.Function.HasDirectEval || scope.Function.IsSloppyEval && scope == scope.Function) continue;
            foreach (var symbol in scope.Symbols.Values) symbol.Captured = true;
            if (scope is FunctionScope) scope.ForceEnvironment = true;
        }
    }

    /// <summary>
    /// A sloppy function with a mapped `arguments` keeps its parameters in the arguments object,
    /// so a closure that reads a parameter reaches it through `arguments`: capture that too.
    /// </summary>
    void CaptureMappedArguments()
    {
        foreach (var scope in AllScopes)
        {
            if (scope is not FunctionScope { ArgumentsSymbol: { } arguments } function) continue;
            if (function.Parameters.Any(p => p.Captured)) arguments.Captured = true;
        }
    }

    /// <summary>The scope a function, block, catch clause or loop head opened, if it has one.</summary>
    public Scope? ScopeOf(Node node) => _scopes.GetValueOrDefault(node);

    public FunctionScope FunctionScopeOf(Node function) => (FunctionScope)_scopes[function];

    /// <summary>The symbol an identifier reference resolves to; null means a global (or undeclared) name.</summary>
    public Symbol? Resolve(Identifier id) => _references.GetValueOrDefault(id);

    readonly Dictionary<PrivateIdentifier, Symbol> _privateReferences = new(ReferenceEqualityComparer.Instance);

    /// <summary>The `#name` binding of the innermost enclosing class that declares the private name.</summary>
    public Symbol ResolvePrivate(PrivateIdentifier id) => _privateReferences[id];

    readonly Dictionary<WithStatement, Symbol> _withObjects = new(ReferenceEqualityComparer.Instance);
    readonly List<Symbol> _withStack = new();
    /// <summary>The binding that holds a `with` statement's object while its body runs.</summary>
    public Symbol WithObjectOf(WithStatement statement) => _withObjects[statement];

    readonly Dictionary<MetaProperty, Symbol> _newTargetReferences = new(ReferenceEqualityComparer.Instance);
    /// <summary>The enclosing function's `new.target` binding that an arrow's `new.target` reads, if any.</summary>
    public Symbol? ResolveNewTarget(MetaProperty meta) => _newTargetReferences.GetValueOrDefault(meta);

    // --- Declarations ---

    /// <summary>Declares a function body's or program's var-scoped names and its top-level lexical ones.</summary>
    void DeclareHoisted(List<Statement> body, FunctionScope function)
    {
        foreach (var statement in body) CollectVars(statement, function);
        DeclareLexical(body, function);
    }

    /// <summary>`var` declarations anywhere in the function (not in nested functions), and Annex B block functions.</summary>
    void CollectVars(Node? node, FunctionScope function)
    {
        switch (node)
        {
            case VariableDeclaration { Kind: "var" } v:
                foreach (var d in v.Declarations)
                    foreach (var name in BoundNames(d.Id)) function.Declare(name, SymbolKind.Var);
                break;
            case BlockStatement b:
                foreach (var s in b.Body)
                {
                    CollectVars(s, function);
                    // Annex B.3.3: a sloppy block function also gets a var binding in the function.
                    if (s is FunctionDeclaration { Id: { } id, IsAsync: false, IsGenerator: false } && !function.Strict)
                        function.Declare(id.Name, SymbolKind.Var);
                }
                break;
            case IfStatement i: CollectVars(i.Consequent, function); CollectVars(i.Alternate, function); break;
            case ForStatement f: CollectVars(f.Init, function); CollectVars(f.Body, function); break;
            case ForInOfStatement f: CollectVars(f.Left, function); CollectVars(f.Body, function); break;
            case WhileStatement w: CollectVars(w.Body, function); break;
            case DoWhileStatement d: CollectVars(d.Body, function); break;
            case LabeledStatement l: CollectVars(l.Body, function); break;
            case WithStatement w: CollectVars(w.Body, function); break;
            case TryStatement t:
                CollectVars(t.Block, function);
                if (t.Handler != null) CollectVars(t.Handler.Body, function);
                CollectVars(t.Finalizer, function);
                break;
            case SwitchStatement s:
                foreach (var c in s.Cases)
                    foreach (var st in c.Consequent) CollectVars(st, function);
                break;
        }
    }

    /// <summary>let, const, class and function declarations directly in a statement list.</summary>
    /// <summary>Declares the statements' let/const/class in <paramref name="scope"/> and their function declarations in
    /// <paramref name="functions"/> (the same scope unless eval code's functions are var-scoped elsewhere).</summary>
    void DeclareLexical(List<Statement> statements, Scope scope, Scope? functions = null)
    {
        foreach (var s in statements)
        {
            switch (s)
            {
                case VariableDeclaration { Kind: not "var" } v:
                    foreach (var d in v.Declarations)
                        foreach (var name in BoundNames(d.Id)) scope.Declare(name, v.Kind == "let" ? SymbolKind.Let : SymbolKind.Const).InitializedAt = d.End;
                    break;
                case ClassDeclaration { Id: { } id } c:
                    scope.Declare(id.Name, SymbolKind.Class).InitializedAt = c.End;
                    break;
                case FunctionDeclaration { Id: { } id } f:
                {
                    var target = functions ?? scope;
                    var symbol = target.Declare(id.Name, target is FunctionScope ? SymbolKind.Var : SymbolKind.Function);
                    symbol.Declaration = ++symbol.DeclarationCount == 1 ? f : null;
                    target.HoistedFunctions.Add(f);
                    break;
                }
                case ExportNamedDeclaration { Declaration: { } d }:
                    DeclareLexical(new List<Statement> { d }, scope, functions);
                    break;
            }
        }
    }

    public static IEnumerable<string> BoundNames(Node? pattern)
    {
        switch (pattern)
        {
            case Identifier id: yield return id.Name; break;
            case ObjectPattern o:
                foreach (var p in o.Properties)
                    foreach (var n in BoundNames(p is Property prop ? prop.Value : p)) yield return n;
                break;
            case ArrayPattern a:
                foreach (var e in a.Elements)
                    foreach (var n in BoundNames(e)) yield return n;
                break;
            case AssignmentPattern ap:
                foreach (var n in BoundNames(ap.Left)) yield return n;
                break;
            case RestElement r:
                foreach (var n in BoundNames(r.Argument)) yield return n;
                break;
            case VariableDeclaration v:
                foreach (var d in v.Declarations)
                    foreach (var n in BoundNames(d.Id)) yield return n;
                break;
        }
    }

    // --- References ---

    void Reference(Identifier id)
    {
        var function = _scope.Function;
        for (var s = _scope; s != null; s = s.Parent)
        {
            if (s.Symbols.TryGetValue(id.Name, out var symbol)
                && !(s is FunctionScope { InParameters: true } && symbol.Kind is not (SymbolKind.Param or SymbolKind.Arguments)))
            {
                if (symbol.Scope.Function != function) symbol.Captured = true;
                _references[id] = symbol;
                if (symbol.InitializedAt > 0 && !_bindingIdentifiers.Contains(id) && MayRunInTdz(id, symbol))
                {
                    _tdzChecks.Add(id);
                    symbol.NeedsTdzInit = true;
                }
                return;
            }
            if (s is FunctionScope fs)
            {
                // The CommonJS wrapper is a function too: `arguments` at a module's top level is its arguments.
                if (id.Name == "arguments" && !fs.IsArrow && (fs.Node is not Ast.Program || fs.Parameters.Count > 0))
                {
                    fs.UsesArguments = true;
                    fs.ArgumentsSymbol ??= fs.Declare("arguments", SymbolKind.Arguments);
                    if (fs != function) fs.ArgumentsSymbol.Captured = true;
                    _references[id] = fs.ArgumentsSymbol;
                    return;
                }
                if (fs.SelfName != null && fs.SelfName.Name == id.Name)
                {
                    if (fs != function) fs.SelfName.Captured = true;
                    _references[id] = fs.SelfName;
                    return;
                }
            }
        }
    }

    readonly HashSet<Identifier> _tdzChecks = new(ReferenceEqualityComparer.Instance);
    /// <summary>The names a let, const or class declaration binds (they initialise, they do not read).</summary>
    readonly HashSet<Identifier> _bindingIdentifiers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether a reference to a lexical binding must check it is initialised (https://tc39.es/ecma262/#sec-getbindingvalue-n-s).</summary>
    public bool NeedsTdzCheck(Identifier id) => _tdzChecks.Contains(id);

    /// <summary>
    /// A reference can run before its let/const/class declaration unless it comes after the declaration
    /// in the same function, or in a function expression, arrow or method created after it (a hoisted
    /// function declaration can be called earlier). A case of a switch can jump past the declaration.
    /// </summary>
    bool MayRunInTdz(Identifier id, Symbol symbol)
    {
        if (symbol.InSwitch) return true;
        FunctionScope? outermost = null;
        for (var f = _scope.Function; f != symbol.Scope.Function && f.Parent != null; f = f.Parent.Function) outermost = f;
        // The body's function declarations are instantiated after every parameter.
        if (outermost is { Node: FunctionDeclaration } && symbol.Kind != SymbolKind.Param) return true;
        int position = outermost?.Node.Start ?? id.Start;
        return position < symbol.InitializedAt;
    }

    /// <summary>`new.target` in an arrow is the nearest non-arrow function's (https://tc39.es/ecma262/#sec-getnewtarget).
    /// The module wrapper, generators and async functions are never constructed: theirs is undefined, no binding needed.</summary>
    void ReferenceNewTarget(MetaProperty meta)
    {
        var f = _scope.Function;
        if (!f.IsArrow) return;
        while (f.IsArrow && f.Parent != null) f = f.Parent.Function;
        if (f.IsArrow || f.Function_ is not { IsGenerator: false, IsAsync: false }) return;
        f.NewTargetSymbol ??= f.Declare("new.target", SymbolKind.NewTarget);
        f.NewTargetSymbol.Captured = true;
        _newTargetReferences[meta] = f.NewTargetSymbol;
    }

    /// <summary>A private name used in a class body: bound to the nearest class scope declaring it (the parser checked it exists).</summary>
    void ReferencePrivate(PrivateIdentifier id)
    {
        for (var s = _scope; s != null; s = s.Parent)
        {
            if (!s.Symbols.TryGetValue("#" + id.Name, out var symbol)) continue;
            if (symbol.Scope.Function != _scope.Function) symbol.Captured = true;
            _privateReferences[id] = symbol;
            return;
        }
    }

    /// <summary>Every scope of the module, outer scopes before inner ones.</summary>
    public IEnumerable<Scope> AllScopes => new[] { (Scope)Root }.Concat(_scopes.Values.Where(s => s != Root)).Distinct();

    Scope Enter(Scope scope, Node owner)
    {
        _scopes[owner] = scope;
        var outer = _scope;
        _scope = scope;
        return outer;
    }
}
