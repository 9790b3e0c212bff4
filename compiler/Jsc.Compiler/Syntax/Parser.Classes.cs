using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

public sealed partial class Parser
{
    // https://tc39.es/ecma262/#sec-class-definitions — class code is always strict.

    Node ParseClass(int start, bool isStatement, bool nullableId)
    {
        Next();
        bool oldStrict = Strict;
        Strict = true;
        IClass node = isStatement ? new ClassDeclaration() : new ClassExpression();
        if (Tok == TokenKind.Name)
        {
            node.Id = ParseIdent();
            if (isStatement) CheckLValSimple(node.Id, BindingKind.Lexical);
            else CheckLValSimple(node.Id, BindingKind.Outside);
        }
        else if (isStatement && !nullableId) throw Unexpected();
        node.SuperClass = Eat(TokenKind.Extends) ? ParseExprSubscripts(null, ForInit.No) : null;

        var privateScope = new PrivateNameScope();
        _privateNames.Add(privateScope);
        int bodyStart = lx.Start;
        var body = new ClassBody();
        bool hadConstructor = false;
        Expect(TokenKind.LBrace);
        while (Tok != TokenKind.RBrace)
        {
            var element = ParseClassElement(node.SuperClass != null);
            if (element == null) continue;
            body.Body.Add(element);
            if (element is MethodDefinition { Kind: "constructor" })
            {
                if (hadConstructor) throw Raise(element.Start, "Duplicate constructor in the same class");
                hadConstructor = true;
            }
            else if (ElementKey(element) is PrivateIdentifier key && IsPrivateNameConflicted(privateScope.Declared, element, key.Name))
                throw Raise(key.Start, $"Identifier '#{key.Name}' has already been declared");
        }
        Strict = oldStrict;
        Next();
        node.Body = Finish(body, bodyStart);
        ExitClassBody();
        return Finish((Node)node, start);
    }

    static Expression? ElementKey(Node element) => element switch
    {
        MethodDefinition m => m.Key,
        PropertyDefinition p => p.Key,
        _ => null,
    };

    /// <summary>A private name may be declared once, or as one getter plus one setter of the same placement.</summary>
    static bool IsPrivateNameConflicted(Dictionary<string, string> declared, Node element, string name)
    {
        string next = "true";
        if (element is MethodDefinition { Kind: "get" or "set" } m) next = (m.Static ? "s" : "i") + m.Kind;
        if (!declared.TryGetValue(name, out var current))
        {
            declared[name] = next;
            return false;
        }
        if (current == "iget" && next == "iset" || current == "iset" && next == "iget" ||
            current == "sget" && next == "sset" || current == "sset" && next == "sget")
        {
            declared[name] = "true";
            return false;
        }
        return true;
    }

    /// <summary>Private names used but not declared in this class must be declared by an enclosing one.</summary>
    void ExitClassBody()
    {
        var scope = _privateNames[^1];
        _privateNames.RemoveAt(_privateNames.Count - 1);
        var parent = _privateNames.Count > 0 ? _privateNames[^1] : null;
        foreach (var id in scope.Used)
        {
            if (scope.Declared.ContainsKey(id.Name)) continue;
            if (parent != null) parent.Used.Add(id);
            else throw Raise(id.Start, $"Private field '#{id.Name}' must be declared in an enclosing class");
        }
    }

    bool IsClassElementNameStart() =>
        Tok is TokenKind.Name or TokenKind.PrivateName or TokenKind.Number or TokenKind.String or TokenKind.BigInt or TokenKind.LBracket ||
        Lexer.IsKeyword(Tok);

    Node? ParseClassElement(bool constructorAllowsSuper)
    {
        if (Eat(TokenKind.Semicolon)) return null;
        int start = lx.Start;
        string? keyName = null;
        bool isGenerator = false, isAsync = false, isStatic = false;
        string kind = "method";

        if (EatContextual("static"))
        {
            if (Eat(TokenKind.LBrace)) return ParseClassStaticBlock(start);
            if (IsClassElementNameStart() || Tok == TokenKind.Star) isStatic = true;
            else keyName = "static";
        }
        if (keyName == null && EatContextual("async"))
        {
            if ((IsClassElementNameStart() || Tok == TokenKind.Star) && !CanInsertSemicolon()) isAsync = true;
            else keyName = "async";
        }
        if (keyName == null && Eat(TokenKind.Star)) isGenerator = true;
        if (keyName == null && !isAsync && !isGenerator)
        {
            string? word = lx.Value;
            if (EatContextual("get") || EatContextual("set"))
            {
                if (IsClassElementNameStart()) kind = word!;
                else keyName = word;
            }
        }

        Expression key;
        bool computed = false;
        if (keyName != null)
        {
            // `static`, `async`, `get` or `set` turned out to be the element's own name.
            key = new Identifier { Name = keyName, Start = lx.LastStart, End = lx.LastEnd };
        }
        else if (Tok == TokenKind.PrivateName)
        {
            if (lx.Value == "constructor") throw Raise(lx.Start, "Classes can't have an element named '#constructor'");
            key = ParsePrivateIdent();
        }
        else key = ParsePropertyName(out computed);

        if (Tok == TokenKind.LParen || kind != "method" || isGenerator || isAsync)
        {
            bool isConstructor = !isStatic && IsKeyNamed(key, computed, "constructor");
            if (isConstructor && kind != "method") throw Raise(key.Start, "Constructor can't have get/set modifier");
            var method = new MethodDefinition { Static = isStatic, Computed = computed, Key = key, Kind = isConstructor ? "constructor" : kind };
            if (isConstructor)
            {
                if (isGenerator) throw Raise(key.Start, "Constructor can't be a generator");
                if (isAsync) throw Raise(key.Start, "Constructor can't be an async method");
            }
            else if (isStatic && IsKeyNamed(key, computed, "prototype"))
                throw Raise(key.Start, "Classes may not have a static property named prototype");
            method.Value = ParseMethod(isGenerator, isAsync, allowDirectSuper: isConstructor && constructorAllowsSuper);
            if (kind != "method") CheckAccessorParams(kind, method.Value);
            return Finish(method, start);
        }

        // A field: https://tc39.es/ecma262/#sec-class-definitions-static-semantics-early-errors
        if (IsKeyNamed(key, computed, "constructor")) throw Raise(key.Start, "Classes can't have a field named 'constructor'");
        if (isStatic && IsKeyNamed(key, computed, "prototype")) throw Raise(key.Start, "Classes can't have a static field named 'prototype'");
        var field = new PropertyDefinition { Static = isStatic, Computed = computed, Key = key };
        if (Eat(TokenKind.Assign))
        {
            EnterScope(ScopeFlags.ClassFieldInit | ScopeFlags.Super);
            field.Value = ParseMaybeAssign();
            ExitScope();
        }
        Semicolon();
        return Finish(field, start);
    }

    static bool IsKeyNamed(Expression key, bool computed, string name) =>
        !computed && (key is Identifier id && id.Name == name || key is Literal { Kind: LiteralKind.String } lit && lit.String == name);

    StaticBlock ParseClassStaticBlock(int start)
    {
        var node = new StaticBlock();
        var oldLabels = _labels;
        _labels = new List<Label>();
        EnterScope(ScopeFlags.ClassStaticBlock | ScopeFlags.Super);
        while (Tok != TokenKind.RBrace) node.Body.Add(ParseStatement(StatementContext.None));
        Next();
        ExitScope();
        _labels = oldLabels;
        return Finish(node, start);
    }
}
