using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

public sealed partial class Parser
{
    // Identifiers, private names and reserved words.
    // https://tc39.es/ecma262/#sec-identifiers-static-semantics-early-errors

    /// <summary>
    /// Reads an identifier. Liberal mode (property names, `new`/`import` meta) accepts any
    /// IdentifierName, reserved words included; otherwise reserved words are rejected.
    /// </summary>
    Identifier ParseIdent(bool liberal = false)
    {
        int start = lx.Start;
        string name;
        if (Tok == TokenKind.Name) name = lx.Value!;
        else if (Lexer.IsKeyword(Tok)) name = lx.Value ?? Lexer.KeywordText(Tok);
        else throw Unexpected();
        if (!liberal && Lexer.IsKeyword(Tok) && !lx.ContainsEscape)
            throw Raise(start, $"Unexpected keyword '{name}'");
        Next(ignoreEscapedKeyword: liberal);
        var node = Finish(new Identifier { Name = name }, start);
        if (!liberal)
        {
            CheckUnreserved(node);
            if (name == "await" && _awaitIdentPos == 0) _awaitIdentPos = start;
        }
        return node;
    }

    PrivateIdentifier ParsePrivateIdent()
    {
        int start = lx.Start;
        if (Tok != TokenKind.PrivateName) throw Unexpected();
        var node = new PrivateIdentifier { Name = lx.Value! };
        Next();
        Finish(node, start);
        if (_privateNames.Count == 0) throw Raise(start, $"Private field '#{node.Name}' must be declared in an enclosing class");
        _privateNames[^1].Used.Add(node);
        return node;
    }

    // https://tc39.es/ecma262/#sec-identifiers-static-semantics-early-errors
    void CheckUnreserved(Identifier id)
    {
        string name = id.Name;
        if (name == "yield" && InGenerator) throw Raise(id.Start, "Cannot use 'yield' as identifier inside a generator");
        if (name == "await" && InAsync) throw Raise(id.Start, "Cannot use 'await' as identifier inside an async function");
        if (name == "arguments" && (CurrentThisScope.Flags & ScopeFlags.ClassFieldInit) != 0)
            throw Raise(id.Start, "Cannot use 'arguments' in class field initializer");
        if (InClassStaticBlock && (name == "arguments" || name == "await"))
            throw Raise(id.Start, $"Cannot use {name} in class static initialization block");
        if (Lexer.IsKeyword(Lexer.KeywordKind(name))) throw Raise(id.Start, $"Unexpected keyword '{name}'");
        if (IsReservedWord(name))
        {
            if (name == "await" && !InAsync) throw Raise(id.Start, "Cannot use keyword 'await' outside an async function");
            throw Raise(id.Start, $"The keyword '{name}' is reserved");
        }
    }

    bool IsReservedWord(string name) => name switch
    {
        "enum" => true,
        "await" => inModule,
        _ => Strict && IsStrictReservedWord(name),
    };

    static bool IsStrictReservedWord(string name) =>
        name is "implements" or "interface" or "let" or "package" or "private" or "protected" or "public" or "static" or "yield";
}
