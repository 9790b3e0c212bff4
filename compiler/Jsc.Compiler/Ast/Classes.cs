namespace Jsc.Compiler.Ast;

/// <summary>What ClassDeclaration and ClassExpression share.</summary>
public interface IClass
{
    Identifier? Id { get; set; }
    Expression? SuperClass { get; set; }
    ClassBody Body { get; set; }
}

public sealed class ClassDeclaration : Statement, IClass
{
    public override string Type => "ClassDeclaration";
    /// <summary>Null only for <c>export default class {}</c>.</summary>
    public Identifier? Id { get; set; }
    public Expression? SuperClass { get; set; }
    public ClassBody Body { get; set; } = null!;
}

public sealed class ClassExpression : Expression, IClass
{
    public override string Type => "ClassExpression";
    public Identifier? Id { get; set; }
    public Expression? SuperClass { get; set; }
    public ClassBody Body { get; set; } = null!;
}

public sealed class ClassBody : Node
{
    public override string Type => "ClassBody";
    /// <summary>MethodDefinition, PropertyDefinition and StaticBlock nodes.</summary>
    public List<Node> Body = new();
}

public sealed class MethodDefinition : Node
{
    public override string Type => "MethodDefinition";
    /// <summary>"constructor", "method", "get" or "set".</summary>
    public string Kind = "method";
    public bool Static;
    public bool Computed;
    public Expression Key = null!;
    public FunctionExpression Value = null!;
}

public sealed class PropertyDefinition : Node
{
    public override string Type => "PropertyDefinition";
    public bool Static;
    public bool Computed;
    public Expression Key = null!;
    public Expression? Value;
    /// <summary>Set by the binder: the initializer as a method returning <see cref="Value"/> (not part of ESTree).</summary>
    public FunctionExpression? Initializer;
}

public sealed class StaticBlock : Node
{
    public override string Type => "StaticBlock";
    public List<Statement> Body = new();
    /// <summary>Set by the binder: the block as a method called with the class as `this` (not part of ESTree).</summary>
    public FunctionExpression? Function;
}
