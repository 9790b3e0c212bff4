using Jsc.Compiler.Ast;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Jsc.Compiler.Binding;

public enum SymbolKind { Var, Let, Const, Class, Param, Function, CatchParam, FunctionName, Arguments, NewTarget }

/// <summary>A declared name. The binder decides where it lives: an IL local, or a field of its scope's environment object when a closure captures it.</summary>
public sealed class Symbol(string name, SymbolKind kind, Scope scope)
{
    public readonly string Name = name;
    public readonly SymbolKind Kind = kind;
    public readonly Scope Scope = scope;
    /// <summary>Referenced from a function other than the one that declares it.</summary>
    public bool Captured;
    /// <summary>Written somewhere besides its declaration's hoisting (assignment, update, initialiser).</summary>
    public bool Reassigned;
    /// <summary>The function declaration that initialises this symbol, when exactly one does.</summary>
    public FunctionDeclaration? Declaration;
    public int DeclarationCount;
    /// <summary>For parameters of a function with a mapped `arguments` object: the parameter lives in that object's slot.</summary>
    public int MappedIndex = -1;
    /// <summary>For let, const and class: the source position where the declaration has initialised the binding; 0 for the rest.</summary>
    public int InitializedAt;
    /// <summary>Declared in a switch's case block, where a case can jump past the declaration.</summary>
    public bool InSwitch;
    /// <summary>Some reference may run in the temporal dead zone: the binding starts out uninitialised (JsValue.Hole).</summary>
    public bool NeedsTdzInit;

    // Set by the emitter.
    public VariableDefinition? Local;
    public FieldReference? Field;

    public override string ToString() => $"{Kind} {Name}";
}

public enum ScopeKind { Function, Block, Catch }

/// <summary>
/// A scope: a function's top scope (parameters, `var`s, hoisted functions) or a block or
/// catch clause (lexical declarations). Scopes whose symbols are captured get an
/// environment class; code reaches outer environments through its Parent links.
/// </summary>
public class Scope(ScopeKind kind, Scope? parent, FunctionScope? function)
{
    public readonly ScopeKind Kind = kind;
    public readonly Scope? Parent = parent;
    public FunctionScope Function { get; protected set; } = function!;
    public readonly Dictionary<string, Symbol> Symbols = new();
    /// <summary>Function declarations to instantiate when the scope is entered.</summary>
    public readonly List<FunctionDeclaration> HoistedFunctions = new();

    public bool HasEnvironment => ForceEnvironment || Symbols.Values.Any(s => s.Captured) || this is FunctionScope { SelfName.Captured: true };

    // Set by the emitter.
    public TypeReference? EnvType;
    public FieldReference? EnvParentField;
    /// <summary>Has an environment even with no captured symbol: a direct eval may add variables to it.</summary>
    public bool ForceEnvironment;
    public VariableDefinition? EnvLocal;

    public Symbol Declare(string name, SymbolKind kind)
    {
        if (Symbols.TryGetValue(name, out var existing)) return existing;
        var symbol = new Symbol(name, kind, this);
        Symbols[name] = symbol;
        return symbol;
    }

    /// <summary>The nearest scope, this one included, that has an environment object.</summary>
    public Scope? NearestEnvironment()
    {
        for (var s = this; s != null; s = s.Parent)
            if (s.HasEnvironment) return s;
        return null;
    }
}

/// <summary>The top scope of a function (or of the module body, which is compiled as a function).</summary>
public sealed class FunctionScope : Scope
{
    public readonly Node Node;
    public readonly IFunction? Function_;
    public bool Strict;
    public bool IsArrow;
    /// <summary>While the binder visits parameters with defaults or patterns: the body's declarations are not in scope.</summary>
    public bool InParameters;
    /// <summary>`super.x` appears in this function or an arrow inside it: its closure needs a home object.</summary>
    public bool UsesSuper;
    public bool UsesThis;
    public bool UsesArguments;
    public bool HasDirectEval;
    public readonly List<Symbol> Parameters = new();
    public Symbol? ArgumentsSymbol;
    /// <summary>The with-objects of the `with` statements this function is nested in, outermost first: its free names look there first.</summary>
    public Symbol[] EnclosingWiths = [];
    /// <summary>`new.target` kept in a binding because an arrow inside reads it.</summary>
    public Symbol? NewTargetSymbol;
    /// <summary>A derived constructor whose arrows use `this` or call `super()`: its `this` and its own
    /// closure live in its environment, so the arrows read the `this` that `super()` binds later.</summary>
    public Symbol? ThisSymbol, ConstructorSymbol;
    public bool IsDerivedConstructor;
    /// <summary>The named function expression's own name, in a scope of its own around the function.</summary>
    public Symbol? SelfName;
    public readonly List<FunctionScope> Children = new();
    /// <summary>A classic script's top level: its declarations are these global names.</summary>
    public bool IsScript;
    /// <summary>Sloppy direct-eval code: its `var`s go to the caller's function environment.</summary>
    public bool IsSloppyEval;
    /// <summary>Eval code, strict or not: like a script it returns its completion value.</summary>
    public bool IsEval;
    public readonly List<string> GlobalNames = new();

    public FunctionScope(Node node, Scope? parent, bool strict) : base(ScopeKind.Function, parent, null)
    {
        Node = node;
        Function_ = node as IFunction;
        Strict = strict;
        Function = this;
        IsArrow = node is ArrowFunctionExpression;
    }
}
