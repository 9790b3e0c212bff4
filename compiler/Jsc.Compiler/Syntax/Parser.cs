using System.Runtime.CompilerServices;
using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

/// <summary>
/// Recursive-descent parser for ECMAScript 2022 scripts and modules, producing the
/// ESTree AST that acorn produces, with the early errors the spec requires. The class
/// is split by grammar area into Parser.*.cs files as acorn splits its parser:
/// statements, expressions, patterns (assignment targets and bindings), functions,
/// classes, modules, and scope (declarations and the context flags of the innermost
/// function).
/// </summary>
public sealed partial class Parser
{
    public static Ast.Program ParseScript(SourceText source) => new Parser(source, module: false).ParseTopLevel();

    /// <summary>Parses eval code, which starts in strict mode when its caller is strict.</summary>
    public static Ast.Program ParseEval(SourceText source, bool strict) =>
        new Parser(source, module: false) { _initiallyStrict = strict }.ParseTopLevel();
    public static Ast.Program ParseModule(SourceText source) => new Parser(source, module: true).ParseTopLevel();
    public static Ast.Program ParseScript(string text) => ParseScript(new SourceText(text));
    public static Ast.Program ParseModule(string text) => ParseModule(new SourceText(text));

    /// <summary>Parses a CommonJS module body: a script in which top-level `return` is allowed (node wraps it in a function).</summary>
    public static Ast.Program ParseCommonJs(SourceText source) =>
        new Parser(source, module: false) { _allowReturnOutsideFunction = true }.ParseTopLevel();

    readonly Lexer lx;
    readonly bool inModule;
    bool _allowReturnOutsideFunction;
    bool _initiallyStrict;

    Parser(SourceText source, bool module)
    {
        lx = new Lexer(source) { InModule = module };
        inModule = module;
        EnterScope(ScopeFlags.Top);
    }

    bool Strict
    {
        get => lx.Strict;
        set => lx.Strict = value;
    }

    // --- Token helpers (acorn's parseutil.js) ---

    TokenKind Tok
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => lx.Kind;
    }

    /// <summary>Consumes the current token. An escaped reserved word may only be consumed where any IdentifierName is allowed.</summary>
    void Next(bool ignoreEscapedKeyword = false)
    {
        if (!ignoreEscapedKeyword && lx.ContainsEscape && Lexer.IsKeyword(lx.Kind))
            throw Raise(lx.Start, "Escape sequence in keyword " + lx.Value);
        lx.Next();
    }

    bool Eat(TokenKind kind)
    {
        if (lx.Kind != kind) return false;
        Next();
        return true;
    }

    void Expect(TokenKind kind)
    {
        if (!Eat(kind)) throw Unexpected();
    }

    bool IsContextual(string name) => lx.Kind == TokenKind.Name && !lx.ContainsEscape && lx.Value == name;

    bool EatContextual(string name)
    {
        if (!IsContextual(name)) return false;
        Next();
        return true;
    }

    void ExpectContextual(string name)
    {
        if (!EatContextual(name)) throw Unexpected();
    }

    bool CanInsertSemicolon() => lx.Kind == TokenKind.EOF || lx.Kind == TokenKind.RBrace || lx.NewlineBefore;

    /// <summary>Consumes a semicolon or applies automatic semicolon insertion.</summary>
    void Semicolon()
    {
        if (!Eat(TokenKind.Semicolon) && !CanInsertSemicolon()) throw Unexpected();
    }

    bool AfterTrailingComma(TokenKind close, bool notNext = false)
    {
        if (lx.Kind != close) return false;
        if (!notNext) Next();
        return true;
    }

    SyntaxError Raise(int offset, string message) => lx.Error(offset, message);

    SyntaxError Unexpected(int offset = -1)
    {
        if (offset >= 0) return Raise(offset, "Unexpected token");
        if (lx.Kind == TokenKind.EOF) return Raise(lx.Start, "Unexpected end of input");
        return Raise(lx.Start, "Unexpected token");
    }

    /// <summary>Sets a node's end to the end of the last consumed token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    T Finish<T>(T node, int start) where T : Node
    {
        node.Start = start;
        node.End = lx.LastEnd;
        return node;
    }

    /// <summary>Deeply nested input must give an error, never a stack overflow.</summary>
    void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Raise(lx.Start, "Nesting too deep for the parser");
    }

    /// <summary>Looks at the token after the current one without consuming anything.</summary>
    (TokenKind Kind, bool NewlineBefore, bool ContainsEscape, string? Value) PeekToken()
    {
        var saved = lx.Save();
        try
        {
            lx.Next();
            return (lx.Kind, lx.NewlineBefore, lx.ContainsEscape, lx.Value);
        }
        catch (SyntaxError)
        {
            return (TokenKind.EOF, false, false, null);
        }
        finally
        {
            lx.Restore(saved);
        }
    }

    // --- Top level ---

    Ast.Program ParseTopLevel()
    {
        var program = new Ast.Program { IsModule = inModule };
        Strict = inModule || _initiallyStrict || StrictDirectiveAhead();
        program.IsStrict = Strict;
        lx.Next();
        var exports = inModule ? new HashSet<string>() : null;
        while (Tok != TokenKind.EOF)
            program.Body.Add(ParseStatement(StatementContext.None, topLevel: true, exports));
        if (inModule)
            foreach (var id in _undefinedExports.Values)
                throw Raise(id.Start, $"Export '{id.Name}' is not defined");
        AdaptDirectivePrologue(program.Body);
        program.Start = 0;
        program.End = lx.Text.Length;
        return program;
    }

    /// <summary>
    /// Whether the directive prologue that starts after the current token contains
    /// "use strict". Decided before the prologue is parsed, so the strings before the
    /// directive are lexed as strict code too (acorn's strictDirective).
    /// </summary>
    bool StrictDirectiveAhead()
    {
        var saved = lx.Save();
        bool savedStrict = lx.Strict;
        try
        {
            lx.Next();
            for (; ; )
            {
                if (lx.Kind != TokenKind.String) return false;
                int start = lx.Start, end = lx.End;
                bool useStrict = end - start == 12 && string.CompareOrdinal(lx.Text, start + 1, "use strict", 0, 10) == 0;
                lx.Next();
                if (lx.Kind == TokenKind.Semicolon) { if (useStrict) return true; lx.Next(); continue; }
                if (lx.Kind == TokenKind.RBrace || lx.Kind == TokenKind.EOF) return useStrict;
                if (lx.NewlineBefore && !ContinuesExpression(lx.Kind)) { if (useStrict) return true; continue; }
                return false;
            }
        }
        catch (SyntaxError)
        {
            return false;
        }
        finally
        {
            lx.Restore(saved);
            lx.Strict = savedStrict;
        }
    }

    /// <summary>Tokens that, after a line break, still continue the expression before them (so no semicolon is inserted).</summary>
    static bool ContinuesExpression(TokenKind kind) => kind switch
    {
        TokenKind.LParen or TokenKind.LBracket or TokenKind.Dot or TokenKind.QuestionDot or TokenKind.BackQuote or
        TokenKind.Comma or TokenKind.Question or TokenKind.Assign or TokenKind.AssignOp or
        TokenKind.In or TokenKind.Instanceof => true,
        >= TokenKind.QuestionQuestion and <= TokenKind.StarStar => true,
        _ => false,
    };

    /// <summary>Marks the leading string-literal statements of a body as directives.</summary>
    void AdaptDirectivePrologue(List<Statement> body)
    {
        foreach (var statement in body)
        {
            if (statement is not ExpressionStatement { Expression: Literal { Kind: LiteralKind.String } literal } es) return;
            char first = lx.Text[es.Start];
            if (first != '"' && first != '\'') return;
            es.Directive = literal.Raw.Substring(1, literal.Raw.Length - 2);
        }
    }
}
