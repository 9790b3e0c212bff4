using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

public sealed partial class Parser
{
    // https://tc39.es/ecma262/#sec-modules

    Statement ParseImport(int start)
    {
        Next();
        var node = new ImportDeclaration();
        if (Tok == TokenKind.String)
        {
            node.Source = ParseLiteral();
        }
        else
        {
            ParseImportSpecifiers(node.Specifiers);
            ExpectContextual("from");
            if (Tok != TokenKind.String) throw Unexpected();
            node.Source = ParseLiteral();
        }
        Semicolon();
        return Finish(node, start);
    }

    void ParseImportSpecifiers(List<Node> nodes)
    {
        if (Tok == TokenKind.Name)
        {
            int start = lx.Start;
            var local = ParseIdent();
            CheckLValSimple(local, BindingKind.Lexical);
            nodes.Add(Finish(new ImportDefaultSpecifier { Local = local }, start));
            if (!Eat(TokenKind.Comma)) return;
        }
        if (Tok == TokenKind.Star)
        {
            int start = lx.Start;
            Next();
            ExpectContextual("as");
            var local = ParseIdent();
            CheckLValSimple(local, BindingKind.Lexical);
            nodes.Add(Finish(new ImportNamespaceSpecifier { Local = local }, start));
            return;
        }
        Expect(TokenKind.LBrace);
        bool first = true;
        while (!Eat(TokenKind.RBrace))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (AfterTrailingComma(TokenKind.RBrace)) break;
            }
            else first = false;
            int start = lx.Start;
            var imported = ParseModuleExportName();
            Identifier local;
            if (EatContextual("as")) local = ParseIdent();
            else if (imported is Identifier id)
            {
                CheckUnreserved(id);
                local = new Identifier { Name = id.Name, Start = id.Start, End = id.End };
            }
            else throw Raise(imported.Start, "Binding rvalue");
            CheckLValSimple(local, BindingKind.Lexical);
            nodes.Add(Finish(new ImportSpecifier { Imported = imported, Local = local }, start));
        }
    }

    /// <summary>An IdentifierName, or (ES2022) a string literal naming an export.</summary>
    Expression ParseModuleExportName()
    {
        if (Tok == TokenKind.String)
        {
            var literal = ParseLiteral();
            if (HasLoneSurrogate(literal.String!)) throw Raise(literal.Start, "An export name cannot include a lone surrogate.");
            return literal;
        }
        return ParseIdent(liberal: true);
    }

    static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    Statement ParseExport(int start, HashSet<string>? exports)
    {
        Next();
        if (Eat(TokenKind.Star))
        {
            var all = new ExportAllDeclaration();
            if (EatContextual("as"))
            {
                all.Exported = ParseModuleExportName();
                CheckExport(exports, ExportName(all.Exported), all.Exported.Start);
            }
            ExpectContextual("from");
            if (Tok != TokenKind.String) throw Unexpected();
            all.Source = ParseLiteral();
            Semicolon();
            return Finish(all, start);
        }
        if (Eat(TokenKind.Default))
        {
            CheckExport(exports, "default", lx.LastStart);
            var node = new ExportDefaultDeclaration();
            bool isAsync = false;
            if (Tok == TokenKind.Function || (isAsync = IsAsyncFunction()))
            {
                int fnStart = lx.Start;
                if (isAsync) Next();
                node.Declaration = ParseFunctionStatement(fnStart, isAsync, declarationPosition: true, nullableId: true);
            }
            else if (Tok == TokenKind.Class)
                node.Declaration = ParseClass(lx.Start, isStatement: true, nullableId: true);
            else
            {
                node.Declaration = ParseMaybeAssign();
                Semicolon();
            }
            return Finish(node, start);
        }
        var named = new ExportNamedDeclaration();
        if (Tok is TokenKind.Var or TokenKind.Const or TokenKind.Class or TokenKind.Function || IsLet(StatementContext.None) || IsAsyncFunction())
        {
            var declaration = ParseStatement(StatementContext.None);
            named.Declaration = declaration;
            switch (declaration)
            {
                case VariableDeclaration vars:
                    foreach (var d in vars.Declarations) CheckPatternExport(exports, d.Id);
                    break;
                case FunctionDeclaration fn:
                    CheckExport(exports, fn.Id!.Name, fn.Id.Start);
                    break;
                case ClassDeclaration cls:
                    CheckExport(exports, cls.Id!.Name, cls.Id.Start);
                    break;
            }
            return Finish(named, start);
        }
        Expect(TokenKind.LBrace);
        bool first = true;
        while (!Eat(TokenKind.RBrace))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (AfterTrailingComma(TokenKind.RBrace)) break;
            }
            else first = false;
            int specStart = lx.Start;
            var local = ParseModuleExportName();
            var exported = EatContextual("as") ? ParseModuleExportName() : local;
            CheckExport(exports, ExportName(exported), exported.Start);
            named.Specifiers.Add(Finish(new ExportSpecifier { Local = local, Exported = exported }, specStart));
        }
        if (EatContextual("from"))
        {
            if (Tok != TokenKind.String) throw Unexpected();
            named.Source = ParseLiteral();
        }
        else
        {
            foreach (var spec in named.Specifiers)
            {
                if (spec.Local is not Identifier id)
                    throw Raise(spec.Local.Start, "A string literal cannot be used as an exported binding without `from`.");
                CheckUnreserved(id);
                CheckLocalExport(id);
            }
        }
        Semicolon();
        return Finish(named, start);
    }

    static string ExportName(Expression name) => name is Identifier id ? id.Name : ((Literal)name).String!;

    void CheckExport(HashSet<string>? exports, string name, int pos)
    {
        if (exports != null && !exports.Add(name)) throw Raise(pos, $"Duplicate export '{name}'");
    }

    void CheckPatternExport(HashSet<string>? exports, Node pattern)
    {
        switch (pattern)
        {
            case Identifier id: CheckExport(exports, id.Name, id.Start); break;
            case ObjectPattern obj: foreach (var p in obj.Properties) CheckPatternExport(exports, p); break;
            case ArrayPattern array: foreach (var e in array.Elements) if (e != null) CheckPatternExport(exports, e); break;
            case Property prop: CheckPatternExport(exports, prop.Value); break;
            case AssignmentPattern assign: CheckPatternExport(exports, assign.Left); break;
            case RestElement rest: CheckPatternExport(exports, rest.Argument); break;
        }
    }

    /// <summary>`export { x }` needs x declared somewhere at the top level, possibly later in the module.</summary>
    void CheckLocalExport(Identifier id)
    {
        var top = _scopes[0];
        if (!ParserScope.Has(top.Lexical, id.Name) && !ParserScope.Has(top.Var, id.Name) && !ParserScope.Has(top.Functions, id.Name))
            _undefinedExports.TryAdd(id.Name, id);
    }
}
