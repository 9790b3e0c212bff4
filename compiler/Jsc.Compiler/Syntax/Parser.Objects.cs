using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

public sealed partial class Parser
{
    // Object literals and object patterns share one reader.
    // https://tc39.es/ecma262/#sec-object-initializer

    Expression ParseObject(bool isPattern, DestructuringErrors? refErrors)
    {
        int start = lx.Start;
        Next();
        var properties = new List<Node>();
        bool first = true, sawProto = false;
        while (!Eat(TokenKind.RBrace))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (AfterTrailingComma(TokenKind.RBrace)) break;
            }
            else first = false;
            var prop = ParseProperty(isPattern, refErrors);
            if (!isPattern) CheckPropClash(prop, ref sawProto, refErrors);
            properties.Add(prop);
        }
        return isPattern
            ? Finish(new ObjectPattern { Properties = properties }, start)
            : Finish(new ObjectExpression { Properties = properties }, start);
    }

    Node ParseProperty(bool isPattern, DestructuringErrors? refErrors)
    {
        int start = lx.Start;
        if (Eat(TokenKind.Ellipsis))
        {
            if (isPattern)
            {
                var argument = ParseIdent();
                if (Tok == TokenKind.Comma) throw Raise(lx.Start, "Comma is not permitted after the rest element");
                return Finish(new RestElement { Argument = argument }, start);
            }
            var spread = new SpreadElement { Argument = ParseMaybeAssign(ForInit.No, refErrors) };
            if (Tok == TokenKind.Comma && refErrors != null && refErrors.TrailingComma < 0) refErrors.TrailingComma = lx.Start;
            return Finish(spread, start);
        }
        var prop = new Property();
        bool isGenerator = !isPattern && Eat(TokenKind.Star);
        bool containsEscape = lx.ContainsEscape;
        ParsePropertyName(prop);
        bool isAsync = false;
        if (!isPattern && !containsEscape && !isGenerator && IsAsyncProp(prop))
        {
            isAsync = true;
            isGenerator = Eat(TokenKind.Star);
            ParsePropertyName(prop);
        }
        ParsePropertyValue(prop, isPattern, isGenerator, isAsync, start, refErrors, containsEscape);
        return Finish(prop, start);
    }

    bool IsAsyncProp(Property prop) =>
        !prop.Computed && prop.Key is Identifier { Name: "async" } && !lx.NewlineBefore &&
        (Tok is TokenKind.Name or TokenKind.Number or TokenKind.BigInt or TokenKind.String or TokenKind.LBracket or TokenKind.Star ||
         Lexer.IsKeyword(Tok));

    /// <summary>Reads a property key into <c>Key</c>/<c>Computed</c> of a Property, MethodDefinition or PropertyDefinition.</summary>
    Expression ParsePropertyName(out bool computed)
    {
        if (Eat(TokenKind.LBracket))
        {
            computed = true;
            var key = ParseMaybeAssign();
            Expect(TokenKind.RBracket);
            return key;
        }
        computed = false;
        return Tok is TokenKind.Number or TokenKind.String or TokenKind.BigInt ? ParseLiteral() : ParseIdent(liberal: true);
    }

    void ParsePropertyName(Property prop)
    {
        prop.Key = ParsePropertyName(out bool computed);
        prop.Computed = computed;
    }

    void ParsePropertyValue(Property prop, bool isPattern, bool isGenerator, bool isAsync, int start,
        DestructuringErrors? refErrors, bool containsEscape)
    {
        if ((isGenerator || isAsync) && Tok == TokenKind.Colon) throw Unexpected();
        if (Eat(TokenKind.Colon))
        {
            prop.Value = isPattern ? ParseMaybeDefault(lx.Start, null) : ParseMaybeAssign(ForInit.No, refErrors);
            return;
        }
        if (Tok == TokenKind.LParen)
        {
            if (isPattern) throw Unexpected();
            prop.Method = true;
            prop.Value = ParseMethod(isGenerator, isAsync, allowDirectSuper: false);
            return;
        }
        if (!isPattern && !containsEscape && !prop.Computed && prop.Key is Identifier { Name: "get" or "set" } accessor &&
            Tok != TokenKind.Comma && Tok != TokenKind.RBrace && Tok != TokenKind.Assign)
        {
            if (isGenerator || isAsync) throw Unexpected();
            prop.Kind = accessor.Name;
            ParsePropertyName(prop);
            var method = ParseMethod(false, false, allowDirectSuper: false);
            prop.Value = method;
            CheckAccessorParams(prop.Kind, method);
            return;
        }
        if (!prop.Computed && prop.Key is Identifier key)
        {
            if (isGenerator || isAsync) throw Unexpected();
            CheckUnreserved(key);
            if (key.Name == "await" && _awaitIdentPos == 0) _awaitIdentPos = start;
            prop.Shorthand = true;
            var copy = new Identifier { Name = key.Name, Start = key.Start, End = key.End };
            if (isPattern) prop.Value = ParseMaybeDefault(start, copy);
            else if (Tok == TokenKind.Assign && refErrors != null)
            {
                if (refErrors.ShorthandAssign < 0) refErrors.ShorthandAssign = lx.Start;
                prop.Value = ParseMaybeDefault(start, copy);
            }
            else prop.Value = copy;
            return;
        }
        throw Unexpected();
    }

    void CheckAccessorParams(string kind, FunctionExpression method)
    {
        if (kind == "get" && method.Params.Count != 0) throw Raise(method.Start, "getter should have no params");
        if (kind == "set" && method.Params.Count != 1) throw Raise(method.Start, "setter should have exactly one param");
        if (kind == "set" && method.Params[0] is RestElement) throw Raise(method.Params[0].Start, "Setter cannot use rest params");
    }

    // https://tc39.es/ecma262/#sec-object-initializer-static-semantics-early-errors (duplicate __proto__)
    void CheckPropClash(Node node, ref bool sawProto, DestructuringErrors? refErrors)
    {
        if (node is not Property { Computed: false, Method: false, Shorthand: false, Kind: "init" } prop) return;
        string? name = prop.Key switch
        {
            Identifier id => id.Name,
            Literal { Kind: LiteralKind.String } lit => lit.String,
            _ => null,
        };
        if (name != "__proto__") return;
        if (sawProto)
        {
            if (refErrors == null) throw Raise(prop.Key.Start, "Redefinition of __proto__ property");
            if (refErrors.DoubleProto < 0) refErrors.DoubleProto = prop.Key.Start;
        }
        sawProto = true;
    }
}
