namespace Jsc.Compiler.Ast;

public sealed class ExpressionStatement : Statement
{
    public override string Type => "ExpressionStatement";
    public Expression Expression = null!;
    /// <summary>Raw text (without quotes) of a directive such as "use strict"; null otherwise.</summary>
    public string? Directive;
}

public sealed class BlockStatement : Statement
{
    public override string Type => "BlockStatement";
    public List<Statement> Body = new();
}

public sealed class EmptyStatement : Statement { public override string Type => "EmptyStatement"; }
public sealed class DebuggerStatement : Statement { public override string Type => "DebuggerStatement"; }

public sealed class WithStatement : Statement
{
    public override string Type => "WithStatement";
    public Expression Object = null!;
    public Statement Body = null!;
}

public sealed class ReturnStatement : Statement
{
    public override string Type => "ReturnStatement";
    public Expression? Argument;
}

public sealed class LabeledStatement : Statement
{
    public override string Type => "LabeledStatement";
    public Identifier Label = null!;
    public Statement Body = null!;
}

public sealed class BreakStatement : Statement
{
    public override string Type => "BreakStatement";
    public Identifier? Label;
}

public sealed class ContinueStatement : Statement
{
    public override string Type => "ContinueStatement";
    public Identifier? Label;
}

public sealed class IfStatement : Statement
{
    public override string Type => "IfStatement";
    public Expression Test = null!;
    public Statement Consequent = null!;
    public Statement? Alternate;
}

public sealed class SwitchStatement : Statement
{
    public override string Type => "SwitchStatement";
    public Expression Discriminant = null!;
    public List<SwitchCase> Cases = new();
}

public sealed class SwitchCase : Node
{
    public override string Type => "SwitchCase";
    /// <summary>Null for <c>default:</c>.</summary>
    public Expression? Test;
    public List<Statement> Consequent = new();
}

public sealed class ThrowStatement : Statement
{
    public override string Type => "ThrowStatement";
    public Expression Argument = null!;
}

public sealed class TryStatement : Statement
{
    public override string Type => "TryStatement";
    public BlockStatement Block = null!;
    public CatchClause? Handler;
    public BlockStatement? Finalizer;
}

public sealed class CatchClause : Node
{
    public override string Type => "CatchClause";
    /// <summary>Null for an optional catch binding: <c>catch { }</c>.</summary>
    public Expression? Param;
    public BlockStatement Body = null!;
}

public sealed class WhileStatement : Statement
{
    public override string Type => "WhileStatement";
    public Expression Test = null!;
    public Statement Body = null!;
}

public sealed class DoWhileStatement : Statement
{
    public override string Type => "DoWhileStatement";
    public Statement Body = null!;
    public Expression Test = null!;
}

public sealed class ForStatement : Statement
{
    public override string Type => "ForStatement";
    /// <summary>A VariableDeclaration, an Expression, or null.</summary>
    public Node? Init;
    public Expression? Test;
    public Expression? Update;
    public Statement Body = null!;
}

/// <summary>for-in and for-of; <see cref="Type"/> tells which.</summary>
public sealed class ForInOfStatement : Statement
{
    public override string Type => IsOf ? "ForOfStatement" : "ForInStatement";
    public bool IsOf;
    public bool Await;
    /// <summary>A VariableDeclaration or a pattern.</summary>
    public Node Left = null!;
    public Expression Right = null!;
    public Statement Body = null!;
}

public sealed class VariableDeclaration : Statement
{
    public override string Type => "VariableDeclaration";
    /// <summary>"var", "let" or "const".</summary>
    public string Kind = "var";
    public List<VariableDeclarator> Declarations = new();
}

public sealed class VariableDeclarator : Node
{
    public override string Type => "VariableDeclarator";
    public Expression Id = null!;
    public Expression? Init;
}
