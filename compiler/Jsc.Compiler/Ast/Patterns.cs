namespace Jsc.Compiler.Ast;

// Binding and assignment patterns. The parser first reads `[a, b] = ...` or
// `({a}) => ...` as expressions and converts them to these in place (acorn's
// toAssignable), so patterns derive from Expression.

public sealed class ObjectPattern : Expression
{
    public override string Type => "ObjectPattern";
    /// <summary>Property nodes whose values are patterns, and a final RestElement.</summary>
    public List<Node> Properties = new();
}

public sealed class ArrayPattern : Expression
{
    public override string Type => "ArrayPattern";
    public List<Expression?> Elements = new();
}

public sealed class AssignmentPattern : Expression
{
    public override string Type => "AssignmentPattern";
    public Expression Left = null!;
    public Expression Right = null!;
}

public sealed class RestElement : Expression
{
    public override string Type => "RestElement";
    public Expression Argument = null!;
}
