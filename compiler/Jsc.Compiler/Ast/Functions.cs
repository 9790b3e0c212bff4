namespace Jsc.Compiler.Ast;

/// <summary>What FunctionDeclaration, FunctionExpression and ArrowFunctionExpression share.</summary>
public interface IFunction
{
    Identifier? Id { get; }
    bool IsAsync { get; }
    bool IsGenerator { get; }
    bool IsExpressionBody { get; }
    List<Expression> Params { get; }
    /// <summary>A BlockStatement, or the Expression of a concise arrow body.</summary>
    Node Body { get; }
}

public sealed class FunctionDeclaration : Statement, IFunction
{
    public override string Type => "FunctionDeclaration";
    /// <summary>Null only for <c>export default function () {}</c>.</summary>
    public Identifier? Id { get; set; }
    public bool IsAsync { get; set; }
    public bool IsGenerator { get; set; }
    public bool IsExpressionBody => false;
    public List<Expression> Params { get; set; } = new();
    public BlockStatement Body { get; set; } = null!;
    Node IFunction.Body => Body;
}

public sealed class FunctionExpression : Expression, IFunction
{
    public override string Type => "FunctionExpression";
    public Identifier? Id { get; set; }
    public bool IsAsync { get; set; }
    public bool IsGenerator { get; set; }
    public bool IsExpressionBody => false;
    public List<Expression> Params { get; set; } = new();
    public BlockStatement Body { get; set; } = null!;
    Node IFunction.Body => Body;
}

public sealed class ArrowFunctionExpression : Expression, IFunction
{
    public override string Type => "ArrowFunctionExpression";
    public Identifier? Id => null;
    public bool IsAsync { get; set; }
    public bool IsGenerator => false;
    public bool IsExpressionBody { get; set; }
    public List<Expression> Params { get; set; } = new();
    public Node Body { get; set; } = null!;
}
