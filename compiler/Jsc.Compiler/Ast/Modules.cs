namespace Jsc.Compiler.Ast;

public sealed class ImportDeclaration : Statement
{
    public override string Type => "ImportDeclaration";
    /// <summary>ImportSpecifier, ImportDefaultSpecifier and ImportNamespaceSpecifier nodes.</summary>
    public List<Node> Specifiers = new();
    public Literal Source = null!;
}

public sealed class ImportSpecifier : Node
{
    public override string Type => "ImportSpecifier";
    /// <summary>An Identifier, or a string Literal (<c>import {"a b" as c}</c>).</summary>
    public Expression Imported = null!;
    public Identifier Local = null!;
}

public sealed class ImportDefaultSpecifier : Node
{
    public override string Type => "ImportDefaultSpecifier";
    public Identifier Local = null!;
}

public sealed class ImportNamespaceSpecifier : Node
{
    public override string Type => "ImportNamespaceSpecifier";
    public Identifier Local = null!;
}

public sealed class ExportNamedDeclaration : Statement
{
    public override string Type => "ExportNamedDeclaration";
    public Statement? Declaration;
    public List<ExportSpecifier> Specifiers = new();
    public Literal? Source;
}

public sealed class ExportSpecifier : Node
{
    public override string Type => "ExportSpecifier";
    /// <summary>Identifier, or a string Literal when re-exporting from a source.</summary>
    public Expression Local = null!;
    public Expression Exported = null!;
}

public sealed class ExportDefaultDeclaration : Statement
{
    public override string Type => "ExportDefaultDeclaration";
    /// <summary>A FunctionDeclaration, ClassDeclaration or Expression.</summary>
    public Node Declaration = null!;
}

public sealed class ExportAllDeclaration : Statement
{
    public override string Type => "ExportAllDeclaration";
    public Expression? Exported;
    public Literal Source = null!;
}
