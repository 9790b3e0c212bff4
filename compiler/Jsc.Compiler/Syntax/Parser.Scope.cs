using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

// Declaration tracking for early errors (redeclarations, `let` vs `var` clashes) and the
// context flags that decide where `yield`, `await`, `super`, `new.target` and `return`
// are allowed. https://tc39.es/ecma262/#sec-block-static-semantics-early-errors

[Flags]
enum ScopeFlags
{
    None = 0,
    Top = 1,
    Function = 2,
    Async = 4,
    Generator = 8,
    Arrow = 16,
    SimpleCatch = 32,
    Super = 64,
    DirectSuper = 128,
    ClassStaticBlock = 256,
    ClassFieldInit = 512,
    Var = Top | Function | ClassStaticBlock | ClassFieldInit,
}

enum BindingKind { None, Var, Lexical, Function, SimpleCatch, Outside }

sealed class ParserScope
{
    public readonly ScopeFlags Flags;
    public HashSet<string>? Var, Lexical, Functions;
    /// <summary>The name of a simple catch parameter, which a `var` may redeclare.</summary>
    public string? CatchParam;
    public ParserScope(ScopeFlags flags) => Flags = flags;

    public static bool Has(HashSet<string>? set, string name) => set != null && set.Contains(name);
}

public sealed partial class Parser
{
    readonly List<ParserScope> _scopes = new();
    readonly Dictionary<string, Identifier> _undefinedExports = new();

    ParserScope CurrentScope => _scopes[^1];

    void EnterScope(ScopeFlags flags) => _scopes.Add(new ParserScope(flags));
    void ExitScope() => _scopes.RemoveAt(_scopes.Count - 1);

    static ScopeFlags FunctionFlags(bool isAsync, bool isGenerator) =>
        ScopeFlags.Function | (isAsync ? ScopeFlags.Async : 0) | (isGenerator ? ScopeFlags.Generator : 0);

    /// <summary>In scripts' top level and function bodies, function declarations behave like `var`.</summary>
    bool TreatFunctionsAsVarInScope(ParserScope scope) =>
        (scope.Flags & ScopeFlags.Function) != 0 || !inModule && (scope.Flags & ScopeFlags.Top) != 0;

    bool TreatFunctionsAsVar => TreatFunctionsAsVarInScope(CurrentScope);

    void DeclareName(string name, BindingKind kind, int pos)
    {
        bool redeclared = false;
        var scope = CurrentScope;
        switch (kind)
        {
            case BindingKind.Lexical:
                redeclared = ParserScope.Has(scope.Lexical, name) || ParserScope.Has(scope.Functions, name) || ParserScope.Has(scope.Var, name);
                (scope.Lexical ??= new()).Add(name);
                if (inModule && (scope.Flags & ScopeFlags.Top) != 0) _undefinedExports.Remove(name);
                break;
            case BindingKind.SimpleCatch:
                (scope.Lexical ??= new()).Add(name);
                scope.CatchParam = name;
                break;
            case BindingKind.Function:
                redeclared = TreatFunctionsAsVar
                    ? ParserScope.Has(scope.Lexical, name)
                    : ParserScope.Has(scope.Lexical, name) || ParserScope.Has(scope.Var, name);
                (scope.Functions ??= new()).Add(name);
                break;
            default:
                for (int i = _scopes.Count - 1; i >= 0; i--)
                {
                    var s = _scopes[i];
                    if (ParserScope.Has(s.Lexical, name) && !((s.Flags & ScopeFlags.SimpleCatch) != 0 && s.CatchParam == name) ||
                        !TreatFunctionsAsVarInScope(s) && ParserScope.Has(s.Functions, name))
                    {
                        redeclared = true;
                        break;
                    }
                    (s.Var ??= new()).Add(name);
                    if (inModule && (s.Flags & ScopeFlags.Top) != 0) _undefinedExports.Remove(name);
                    if ((s.Flags & ScopeFlags.Var) != 0) break;
                }
                break;
        }
        if (redeclared) throw Raise(pos, $"Identifier '{name}' has already been declared");
    }

    ParserScope CurrentVarScope
    {
        get
        {
            for (int i = _scopes.Count - 1; ; i--)
                if ((_scopes[i].Flags & ScopeFlags.Var) != 0) return _scopes[i];
        }
    }

    /// <summary>The scope that decides `this`, `super` and `new.target`: arrows see through to it.</summary>
    ParserScope CurrentThisScope
    {
        get
        {
            for (int i = _scopes.Count - 1; ; i--)
            {
                var flags = _scopes[i].Flags;
                if ((flags & ScopeFlags.Var) != 0 && (flags & ScopeFlags.Arrow) == 0) return _scopes[i];
            }
        }
    }

    bool InFunction => (CurrentVarScope.Flags & ScopeFlags.Function) != 0;

    /// <summary>Whether the innermost function has the given flag; field initializers and static blocks stop the search.</summary>
    bool InFunctionWith(ScopeFlags flag)
    {
        for (int i = _scopes.Count - 1; i >= 0; i--)
        {
            var flags = _scopes[i].Flags;
            if ((flags & (ScopeFlags.ClassStaticBlock | ScopeFlags.ClassFieldInit)) != 0) return false;
            if ((flags & ScopeFlags.Function) != 0) return (flags & flag) != 0;
        }
        return false;
    }

    bool InGenerator => InFunctionWith(ScopeFlags.Generator);
    bool InAsync => InFunctionWith(ScopeFlags.Async);

    /// <summary>`await` is an operator here: in async functions, and at a module's top level (ES2022).</summary>
    bool CanAwait
    {
        get
        {
            for (int i = _scopes.Count - 1; i >= 0; i--)
            {
                var flags = _scopes[i].Flags;
                if ((flags & (ScopeFlags.ClassStaticBlock | ScopeFlags.ClassFieldInit)) != 0) return false;
                if ((flags & ScopeFlags.Function) != 0) return (flags & ScopeFlags.Async) != 0;
            }
            return inModule;
        }
    }

    bool AllowSuper => (CurrentThisScope.Flags & ScopeFlags.Super) != 0;
    bool AllowDirectSuper => (CurrentThisScope.Flags & ScopeFlags.DirectSuper) != 0;
    bool InClassStaticBlock => (CurrentVarScope.Flags & ScopeFlags.ClassStaticBlock) != 0;

    bool AllowNewDotTarget
    {
        get
        {
            for (int i = _scopes.Count - 1; i >= 0; i--)
            {
                var flags = _scopes[i].Flags;
                if ((flags & (ScopeFlags.ClassStaticBlock | ScopeFlags.ClassFieldInit)) != 0 ||
                    (flags & ScopeFlags.Function) != 0 && (flags & ScopeFlags.Arrow) == 0)
                    return true;
            }
            // A CommonJS module body is a function's body (node's wrapper): new.target is undefined there.
            return _allowReturnOutsideFunction;
        }
    }

    // --- Labels ---

    enum LabelKind { None, Loop, Switch }

    sealed class Label
    {
        public string? Name;
        public LabelKind Kind;
        public int StatementStart;
    }

    List<Label> _labels = new();
    static readonly Label LoopLabel = new() { Kind = LabelKind.Loop };
    static readonly Label SwitchLabel = new() { Kind = LabelKind.Switch };

    // --- Private names: each class body records what it declares and what it uses. ---

    sealed class PrivateNameScope
    {
        public readonly Dictionary<string, string> Declared = new();
        public readonly List<PrivateIdentifier> Used = new();
    }

    readonly List<PrivateNameScope> _privateNames = new();
}
