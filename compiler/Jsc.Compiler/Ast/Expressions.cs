namespace Jsc.Compiler.Ast;

public sealed class ThisExpression : Expression { public override string Type => "ThisExpression"; }
public sealed class Super : Expression { public override string Type => "Super"; }

public sealed class ArrayExpression : Expression
{
    public override string Type => "ArrayExpression";
    /// <summary>Null entries are holes.</summary>
    public List<Expression?> Elements = new();
}

public sealed class ObjectExpression : Expression
{
    public override string Type => "ObjectExpression";
    /// <summary>Property and SpreadElement nodes.</summary>
    public List<Node> Properties = new();
}

/// <summary>A property of an object literal or of an object pattern.</summary>
public sealed class Property : Node
{
    public override string Type => "Property";
    /// <summary>"init", "get" or "set".</summary>
    public string Kind = "init";
    public bool Method;
    public bool Shorthand;
    public bool Computed;
    public Expression Key = null!;
    public Expression Value = null!;
}

public sealed class SpreadElement : Expression
{
    public override string Type => "SpreadElement";
    public Expression Argument = null!;
}

public sealed class UnaryExpression : Expression
{
    public override string Type => "UnaryExpression";
    public string Operator = "";
    public Expression Argument = null!;
}

public sealed class UpdateExpression : Expression
{
    public override string Type => "UpdateExpression";
    public string Operator = "";
    public bool Prefix;
    public Expression Argument = null!;
}

/// <summary>BinaryExpression, or LogicalExpression for <c>&amp;&amp; || ??</c>.</summary>
public sealed class BinaryExpression : Expression
{
    public override string Type => IsLogical ? "LogicalExpression" : "BinaryExpression";
    public bool IsLogical;
    public string Operator = "";
    public Expression Left = null!;
    public Expression Right = null!;
}

public sealed class AssignmentExpression : Expression
{
    public override string Type => "AssignmentExpression";
    public string Operator = "=";
    public Expression Left = null!;
    public Expression Right = null!;
}

public sealed class ConditionalExpression : Expression
{
    public override string Type => "ConditionalExpression";
    public Expression Test = null!;
    public Expression Consequent = null!;
    public Expression Alternate = null!;
}

public sealed class CallExpression : Expression
{
    public override string Type => "CallExpression";
    public Expression Callee = null!;
    public List<Expression> Arguments = new();
    public bool Optional;
}

public sealed class NewExpression : Expression
{
    public override string Type => "NewExpression";
    public Expression Callee = null!;
    public List<Expression> Arguments = new();
}

public sealed class MemberExpression : Expression
{
    public override string Type => "MemberExpression";
    public Expression Object = null!;
    /// <summary>An Identifier or PrivateIdentifier when not computed.</summary>
    public Expression Property = null!;
    public bool Computed;
    public bool Optional;
}

/// <summary>Wraps a whole optional chain: <c>a?.b.c()</c>.</summary>
public sealed class ChainExpression : Expression
{
    public override string Type => "ChainExpression";
    public Expression Expression = null!;
}

public sealed class SequenceExpression : Expression
{
    public override string Type => "SequenceExpression";
    public List<Expression> Expressions = new();
}

public sealed class YieldExpression : Expression
{
    public override string Type => "YieldExpression";
    public bool Delegate;
    public Expression? Argument;
}

public sealed class AwaitExpression : Expression
{
    public override string Type => "AwaitExpression";
    public Expression Argument = null!;
}

public sealed class TemplateLiteral : Expression
{
    public override string Type => "TemplateLiteral";
    public List<TemplateElement> Quasis = new();
    public List<Expression> Expressions = new();
}

public sealed class TemplateElement : Node
{
    public override string Type => "TemplateElement";
    public string Raw = "";
    /// <summary>Null when a tagged template holds an invalid escape.</summary>
    public string? Cooked;
    public bool Tail;
}

/// <summary>Not ESTree: a tagged template's template object, as the first argument of the lowered tag call.</summary>
public sealed class TemplateObject : Expression
{
    public override string Type => "TemplateObject";
    public TemplateLiteral Quasi = null!;
}

public sealed class TaggedTemplateExpression : Expression
{
    public override string Type => "TaggedTemplateExpression";
    public Expression Tag = null!;
    public TemplateLiteral Quasi = null!;
}

/// <summary><c>new.target</c> and <c>import.meta</c>.</summary>
public sealed class MetaProperty : Expression
{
    public override string Type => "MetaProperty";
    public Identifier Meta = null!;
    public Identifier Property = null!;
}

/// <summary>Dynamic <c>import(source)</c>.</summary>
public sealed class ImportExpression : Expression
{
    public override string Type => "ImportExpression";
    public Expression Source = null!;
}
