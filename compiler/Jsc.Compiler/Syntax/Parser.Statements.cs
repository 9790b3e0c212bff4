using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

/// <summary>Where a statement sits: Annex B allows a function declaration as the body of an `if` or a label only.</summary>
[Flags]
enum StatementContext { None = 0, If = 1, Label = 2, Other = 4 }

public sealed partial class Parser
{
    // https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations

    Statement ParseStatement(StatementContext context, bool topLevel = false, HashSet<string>? exports = null)
    {
        EnsureStack();
        int start = lx.Start;
        var startKind = Tok;
        string? letKind = null;
        if (IsLet(context)) { startKind = TokenKind.Var; letKind = "let"; }

        switch (startKind)
        {
            case TokenKind.Break:
            case TokenKind.Continue:
                return ParseBreakContinueStatement(start, startKind == TokenKind.Break);
            case TokenKind.Debugger:
                Next();
                Semicolon();
                return Finish(new DebuggerStatement(), start);
            case TokenKind.Do:
                return ParseDoStatement(start);
            case TokenKind.For:
                return ParseForStatement(start);
            case TokenKind.Function:
                if (context != StatementContext.None && (Strict || context != StatementContext.If && context != StatementContext.Label))
                    throw Unexpected();
                return ParseFunctionStatement(start, isAsync: false, declarationPosition: context == StatementContext.None);
            case TokenKind.Class:
                if (context != StatementContext.None) throw Unexpected();
                return (Statement)ParseClass(start, isStatement: true, nullableId: false);
            case TokenKind.If:
                return ParseIfStatement(start);
            case TokenKind.Return:
                return ParseReturnStatement(start);
            case TokenKind.Switch:
                return ParseSwitchStatement(start);
            case TokenKind.Throw:
                return ParseThrowStatement(start);
            case TokenKind.Try:
                return ParseTryStatement(start);
            case TokenKind.Const:
            case TokenKind.Var:
            {
                string kind = letKind ?? (startKind == TokenKind.Const ? "const" : "var");
                if (context != StatementContext.None && kind != "var") throw Unexpected();
                return ParseVarStatement(start, kind);
            }
            case TokenKind.While:
                return ParseWhileStatement(start);
            case TokenKind.With:
                return ParseWithStatement(start);
            case TokenKind.LBrace:
                return ParseBlock();
            case TokenKind.Semicolon:
                Next();
                return Finish(new EmptyStatement(), start);
            case TokenKind.Export:
            case TokenKind.Import:
                if (startKind == TokenKind.Import)
                {
                    var next = PeekToken().Kind;
                    if (next == TokenKind.LParen || next == TokenKind.Dot) break; // import() and import.meta are expressions
                }
                if (!topLevel) throw Raise(lx.Start, "'import' and 'export' may only appear at the top level");
                if (!inModule) throw Raise(lx.Start, "'import' and 'export' may appear only with 'sourceType: module'");
                return startKind == TokenKind.Import ? ParseImport(start) : ParseExport(start, exports);
        }

        if (IsAsyncFunction())
        {
            if (context != StatementContext.None) throw Unexpected();
            Next();
            return ParseFunctionStatement(start, isAsync: true, declarationPosition: context == StatementContext.None);
        }

        string? maybeName = lx.Value;
        var expr = ParseExpression();
        if (startKind == TokenKind.Name && expr is Identifier label && Eat(TokenKind.Colon))
            return ParseLabeledStatement(start, maybeName!, label, context);
        Semicolon();
        return Finish(new ExpressionStatement { Expression = expr }, start);
    }

    /// <summary>Whether `let` here starts a lexical declaration rather than naming a variable.</summary>
    bool IsLet(StatementContext context)
    {
        if (!IsContextual("let")) return false;
        var next = PeekToken();
        if (next.Kind == TokenKind.LBracket) return true;
        if (context != StatementContext.None) return false;
        if (next.Kind == TokenKind.LBrace) return true;
        if (next.Kind == TokenKind.Name) return true;
        return Lexer.IsKeyword(next.Kind) && next.Kind != TokenKind.In && next.Kind != TokenKind.Instanceof;
    }

    /// <summary>`async function` with no line break between the two words.</summary>
    bool IsAsyncFunction()
    {
        if (!IsContextual("async")) return false;
        var next = PeekToken();
        return next.Kind == TokenKind.Function && !next.NewlineBefore && !next.ContainsEscape;
    }

    Statement ParseBreakContinueStatement(int start, bool isBreak)
    {
        Next();
        Identifier? label = null;
        if (!Eat(TokenKind.Semicolon) && !CanInsertSemicolon())
        {
            if (Tok != TokenKind.Name) throw Unexpected();
            label = ParseIdent();
            Semicolon();
        }
        // https://tc39.es/ecma262/#sec-break-statement-static-semantics-early-errors
        int i = 0;
        for (; i < _labels.Count; i++)
        {
            var lab = _labels[i];
            if (label == null || lab.Name == label.Name)
            {
                if (lab.Kind != LabelKind.None && (isBreak || lab.Kind == LabelKind.Loop)) break;
                if (label != null && isBreak) break;
            }
        }
        if (i == _labels.Count) throw Raise(start, "Unsyntactic " + (isBreak ? "break" : "continue"));
        return isBreak
            ? Finish(new BreakStatement { Label = label }, start)
            : Finish(new ContinueStatement { Label = label }, start);
    }

    Statement ParseDoStatement(int start)
    {
        Next();
        _labels.Add(LoopLabel);
        var body = ParseStatement(StatementContext.Other);
        _labels.RemoveAt(_labels.Count - 1);
        Expect(TokenKind.While);
        var test = ParseParenExpression();
        Eat(TokenKind.Semicolon);
        return Finish(new DoWhileStatement { Body = body, Test = test }, start);
    }

    // Disambiguating for (init; test; update), for (x in o) and for (x of o) needs the
    // head parsed first: a declaration with one declarator, or an expression converted
    // to a pattern once `in`/`of` shows up.
    Statement ParseForStatement(int start)
    {
        Next();
        int awaitAt = CanAwait && IsContextual("await") ? lx.Start : -1;
        if (awaitAt >= 0) Next();
        _labels.Add(LoopLabel);
        EnterScope(ScopeFlags.None);
        Expect(TokenKind.LParen);
        if (Tok == TokenKind.Semicolon)
        {
            if (awaitAt >= 0) throw Unexpected(awaitAt);
            return ParseFor(start, null);
        }
        bool isLet = IsLet(StatementContext.None);
        if (Tok == TokenKind.Var || Tok == TokenKind.Const || isLet)
        {
            int initStart = lx.Start;
            string kind = isLet ? "let" : Tok == TokenKind.Var ? "var" : "const";
            Next();
            var decl = new VariableDeclaration { Kind = kind };
            ParseVar(decl, isFor: true, kind);
            Finish(decl, initStart);
            if ((Tok == TokenKind.In || IsContextual("of")) && decl.Declarations.Count == 1)
            {
                if (Tok == TokenKind.In && awaitAt >= 0) throw Unexpected(awaitAt);
                return ParseForIn(start, decl, awaitAt >= 0);
            }
            if (awaitAt >= 0) throw Unexpected(awaitAt);
            return ParseFor(start, decl);
        }
        bool startsWithLet = IsContextual("let");
        bool containsEscape = lx.ContainsEscape;
        var refErrors = new DestructuringErrors();
        int initPos = lx.Start;
        var init = awaitAt >= 0 ? ParseExprSubscripts(refErrors, ForInit.Await) : ParseExpression(ForInit.Yes, refErrors);
        bool isForOf = IsContextual("of");
        if (Tok == TokenKind.In || isForOf)
        {
            if (awaitAt >= 0 && Tok == TokenKind.In) throw Unexpected(awaitAt);
            if (isForOf && awaitAt < 0 && init.Start == initPos && !containsEscape && init is Identifier { Name: "async" })
                throw Unexpected();
            if (startsWithLet && isForOf) throw Raise(init.Start, "The left-hand side of a for-of loop may not start with let.");
            init = ToAssignable(init, isBinding: false, refErrors);
            CheckLValPattern(init);
            return ParseForIn(start, init, awaitAt >= 0);
        }
        CheckExpressionErrors(refErrors, andThrow: true);
        if (awaitAt >= 0) throw Unexpected(awaitAt);
        return ParseFor(start, init);
    }

    Statement ParseFor(int start, Node? init)
    {
        Expect(TokenKind.Semicolon);
        var test = Tok == TokenKind.Semicolon ? null : ParseExpression();
        Expect(TokenKind.Semicolon);
        var update = Tok == TokenKind.RParen ? null : ParseExpression();
        Expect(TokenKind.RParen);
        var body = ParseStatement(StatementContext.Other);
        ExitScope();
        _labels.RemoveAt(_labels.Count - 1);
        return Finish(new ForStatement { Init = init, Test = test, Update = update, Body = body }, start);
    }

    Statement ParseForIn(int start, Node left, bool isAwait)
    {
        bool isForIn = Tok == TokenKind.In;
        Next();
        if (left is VariableDeclaration decl && decl.Declarations[0].Init != null &&
            (!isForIn || Strict || decl.Kind != "var" || decl.Declarations[0].Id is not Identifier))
            throw Raise(left.Start, (isForIn ? "for-in" : "for-of") + " loop variable declaration may not have an initializer");
        var right = isForIn ? ParseExpression() : ParseMaybeAssign();
        Expect(TokenKind.RParen);
        var body = ParseStatement(StatementContext.Other);
        ExitScope();
        _labels.RemoveAt(_labels.Count - 1);
        return Finish(new ForInOfStatement { IsOf = !isForIn, Await = isAwait, Left = left, Right = right, Body = body }, start);
    }

    void ParseVar(VariableDeclaration node, bool isFor, string kind)
    {
        for (; ; )
        {
            int start = lx.Start;
            var decl = new VariableDeclarator { Id = ParseBindingAtom() };
            CheckLValPattern(decl.Id, kind == "var" ? BindingKind.Var : BindingKind.Lexical);
            if (Eat(TokenKind.Assign))
                decl.Init = ParseMaybeAssign(isFor ? ForInit.Yes : ForInit.No);
            else if (kind == "const" && !(Tok == TokenKind.In || IsContextual("of")))
                throw Unexpected();
            else if (decl.Id is not Identifier && !(isFor && (Tok == TokenKind.In || IsContextual("of"))))
                throw Raise(lx.LastEnd, "Complex binding patterns require an initialization value");
            node.Declarations.Add(Finish(decl, start));
            if (!Eat(TokenKind.Comma)) break;
        }
    }

    Statement ParseVarStatement(int start, string kind)
    {
        Next();
        var node = new VariableDeclaration { Kind = kind };
        ParseVar(node, isFor: false, kind);
        Semicolon();
        return Finish(node, start);
    }

    Statement ParseIfStatement(int start)
    {
        Next();
        var node = new IfStatement { Test = ParseParenExpression() };
        node.Consequent = ParseStatement(StatementContext.If);
        node.Alternate = Eat(TokenKind.Else) ? ParseStatement(StatementContext.If) : null;
        return Finish(node, start);
    }

    Statement ParseReturnStatement(int start)
    {
        if (!InFunction && !_allowReturnOutsideFunction) throw Raise(lx.Start, "'return' outside of function");
        Next();
        var node = new ReturnStatement();
        if (!Eat(TokenKind.Semicolon) && !CanInsertSemicolon())
        {
            node.Argument = ParseExpression();
            Semicolon();
        }
        return Finish(node, start);
    }

    Statement ParseSwitchStatement(int start)
    {
        Next();
        var node = new SwitchStatement { Discriminant = ParseParenExpression() };
        Expect(TokenKind.LBrace);
        _labels.Add(SwitchLabel);
        EnterScope(ScopeFlags.None);
        SwitchCase? current = null;
        bool sawDefault = false;
        while (Tok != TokenKind.RBrace)
        {
            if (Tok == TokenKind.Case || Tok == TokenKind.Default)
            {
                bool isCase = Tok == TokenKind.Case;
                if (current != null) Finish(current, current.Start);
                current = new SwitchCase { Start = lx.Start };
                node.Cases.Add(current);
                Next();
                if (isCase) current.Test = ParseExpression();
                else
                {
                    if (sawDefault) throw Raise(lx.LastStart, "Multiple default clauses");
                    sawDefault = true;
                }
                Expect(TokenKind.Colon);
            }
            else
            {
                if (current == null) throw Unexpected();
                current.Consequent.Add(ParseStatement(StatementContext.None));
            }
        }
        ExitScope();
        if (current != null) Finish(current, current.Start);
        Next();
        _labels.RemoveAt(_labels.Count - 1);
        return Finish(node, start);
    }

    Statement ParseThrowStatement(int start)
    {
        Next();
        if (lx.NewlineBefore) throw Raise(lx.LastEnd, "Illegal newline after throw");
        var node = new ThrowStatement { Argument = ParseExpression() };
        Semicolon();
        return Finish(node, start);
    }

    Statement ParseTryStatement(int start)
    {
        Next();
        var node = new TryStatement { Block = ParseBlock() };
        if (Tok == TokenKind.Catch)
        {
            int clauseStart = lx.Start;
            var clause = new CatchClause();
            Next();
            if (Eat(TokenKind.LParen))
            {
                var param = ParseBindingAtom();
                bool simple = param is Identifier;
                EnterScope(simple ? ScopeFlags.SimpleCatch : ScopeFlags.None);
                CheckLValPattern(param, simple ? BindingKind.SimpleCatch : BindingKind.Lexical);
                Expect(TokenKind.RParen);
                clause.Param = param;
            }
            else EnterScope(ScopeFlags.None);
            clause.Body = ParseBlock(createNewLexicalScope: false);
            ExitScope();
            node.Handler = Finish(clause, clauseStart);
        }
        node.Finalizer = Eat(TokenKind.Finally) ? ParseBlock() : null;
        if (node.Handler == null && node.Finalizer == null) throw Raise(start, "Missing catch or finally clause");
        return Finish(node, start);
    }

    Statement ParseWhileStatement(int start)
    {
        Next();
        var node = new WhileStatement { Test = ParseParenExpression() };
        _labels.Add(LoopLabel);
        node.Body = ParseStatement(StatementContext.Other);
        _labels.RemoveAt(_labels.Count - 1);
        return Finish(node, start);
    }

    Statement ParseWithStatement(int start)
    {
        if (Strict) throw Raise(lx.Start, "'with' in strict mode");
        Next();
        var node = new WithStatement { Object = ParseParenExpression() };
        node.Body = ParseStatement(StatementContext.Other);
        return Finish(node, start);
    }

    Statement ParseLabeledStatement(int start, string name, Identifier label, StatementContext context)
    {
        foreach (var l in _labels)
            if (l.Name == name) throw Raise(label.Start, $"Label '{name}' is already declared");
        var kind = Tok is TokenKind.Do or TokenKind.For or TokenKind.While ? LabelKind.Loop
            : Tok == TokenKind.Switch ? LabelKind.Switch : LabelKind.None;
        // Labels stacked on one statement (`a: b: while (...)`) all take its kind.
        for (int i = _labels.Count - 1; i >= 0; i--)
        {
            var l = _labels[i];
            if (l.StatementStart != start) break;
            l.StatementStart = lx.Start;
            l.Kind = kind;
        }
        _labels.Add(new Label { Name = name, Kind = kind, StatementStart = lx.Start });
        var body = ParseStatement(context | StatementContext.Label);
        _labels.RemoveAt(_labels.Count - 1);
        return Finish(new LabeledStatement { Label = label, Body = body }, start);
    }

    BlockStatement ParseBlock(bool createNewLexicalScope = true, bool exitStrict = false)
    {
        int start = lx.Start;
        Expect(TokenKind.LBrace);
        if (createNewLexicalScope) EnterScope(ScopeFlags.None);
        var node = new BlockStatement();
        while (Tok != TokenKind.RBrace)
            node.Body.Add(ParseStatement(StatementContext.None));
        if (exitStrict) Strict = false;
        Next();
        if (createNewLexicalScope) ExitScope();
        return Finish(node, start);
    }

    Expression ParseParenExpression()
    {
        Expect(TokenKind.LParen);
        var expr = ParseExpression();
        Expect(TokenKind.RParen);
        return expr;
    }
}
