namespace Jsc.Compiler.Ast;

// ESTree node shapes (https://github.com/estree/estree), field for field as acorn
// builds them with ecmaVersion 2022. Nodes carry UTF-16 offsets only; line and
// column come from SourceText when something is reported or printed.

public abstract class Node
{
    public int Start;
    public int End;
    public abstract string Type { get; }
}

/// <summary>Statements, declarations and module items.</summary>
public abstract class Statement : Node { }

/// <summary>Expressions; patterns share this base because the parser reinterprets cover grammars in place.</summary>
public abstract class Expression : Node { }

public sealed class Program : Node
{
    public override string Type => "Program";
    public List<Statement> Body = new();
    public bool IsModule;
    public bool IsStrict;
}

public sealed class Identifier : Expression
{
    public override string Type => "Identifier";
    public string Name = "";
}

public sealed class PrivateIdentifier : Expression
{
    public override string Type => "PrivateIdentifier";
    public string Name = "";
}

public enum LiteralKind { String, Number, Boolean, Null, RegExp, BigInt }

public sealed class Literal : Expression
{
    public override string Type => "Literal";
    public LiteralKind Kind;
    public string Raw = "";
    /// <summary>The cooked value of a string literal.</summary>
    public string? String;
    public double Number;
    public bool Boolean;
    /// <summary>RegExp body and flags, for <see cref="LiteralKind.RegExp"/>.</summary>
    public string? Pattern, Flags;
    /// <summary>Decimal digits of a BigInt literal's value, for <see cref="LiteralKind.BigInt"/>.</summary>
    public string? BigInt;
}
