using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

/// <summary>Whether an expression is the head of a `for`: then `in` is not an operator.</summary>
enum ForInit : byte { No, Yes, Await }

/// <summary>
/// Errors found while reading an expression that might turn out to be a pattern (cover
/// grammars): `({a = 1})` is only valid if it becomes a destructuring target, `([a]) = 1`
/// only if it doesn't. Offsets are -1 when unset.
/// </summary>
sealed class DestructuringErrors
{
    public int ShorthandAssign = -1, TrailingComma = -1, ParenthesizedAssign = -1, ParenthesizedBind = -1, DoubleProto = -1;
}

public sealed partial class Parser
{
    // Expressions are read by recursive descent with one function per precedence tier
    // down to unary operators; binary operators use precedence climbing (ParseExprOp).
    // Parenthesised lists and object/array literals are read as expressions first and
    // reinterpreted as arrow parameters or patterns when `=>` or `=` follows.
    // https://tc39.es/ecma262/#sec-ecmascript-language-expressions

    int _potentialArrowAt = -1;
    bool _potentialArrowInForAwait;
    int _yieldPos, _awaitPos, _awaitIdentPos;

    Expression ParseExpression(ForInit forInit = ForInit.No, DestructuringErrors? refErrors = null)
    {
        int start = lx.Start;
        var expr = ParseMaybeAssign(forInit, refErrors);
        if (Tok != TokenKind.Comma) return expr;
        var node = new SequenceExpression();
        node.Expressions.Add(expr);
        while (Eat(TokenKind.Comma)) node.Expressions.Add(ParseMaybeAssign(forInit, refErrors));
        return Finish(node, start);
    }

    Expression ParseMaybeAssign(ForInit forInit = ForInit.No, DestructuringErrors? refErrors = null)
    {
        EnsureStack();
        if (IsContextual("yield") && InGenerator) return ParseYield(forInit);

        bool ownErrors = false;
        int oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
        if (refErrors != null)
        {
            oldParenAssign = refErrors.ParenthesizedAssign;
            oldTrailingComma = refErrors.TrailingComma;
            oldDoubleProto = refErrors.DoubleProto;
            refErrors.ParenthesizedAssign = refErrors.TrailingComma = -1;
        }
        else
        {
            refErrors = new DestructuringErrors();
            ownErrors = true;
        }

        int start = lx.Start;
        if (Tok == TokenKind.LParen || Tok == TokenKind.Name)
        {
            _potentialArrowAt = start;
            _potentialArrowInForAwait = forInit == ForInit.Await;
        }
        var left = ParseMaybeConditional(forInit, refErrors);
        if (Tok == TokenKind.Assign || Tok == TokenKind.AssignOp)
        {
            bool plain = Tok == TokenKind.Assign;
            string op = plain ? "=" : lx.Value!;
            if (plain) left = ToAssignable(left, isBinding: false, refErrors);
            if (!ownErrors) refErrors.ParenthesizedAssign = refErrors.TrailingComma = refErrors.DoubleProto = -1;
            // A `{a = 1}` shorthand inside `left` was legal after all.
            if (refErrors.ShorthandAssign >= left.Start) refErrors.ShorthandAssign = -1;
            if (plain) CheckLValPattern(left);
            else CheckLValSimple(left);
            Next();
            var right = ParseMaybeAssign(forInit);
            if (oldDoubleProto > -1) refErrors.DoubleProto = oldDoubleProto;
            return Finish(new AssignmentExpression { Operator = op, Left = left, Right = right }, start);
        }
        if (ownErrors) CheckExpressionErrors(refErrors, andThrow: true);
        if (oldParenAssign > -1) refErrors.ParenthesizedAssign = oldParenAssign;
        if (oldTrailingComma > -1) refErrors.TrailingComma = oldTrailingComma;
        return left;
    }

    Expression ParseMaybeConditional(ForInit forInit, DestructuringErrors? refErrors)
    {
        int start = lx.Start;
        var expr = ParseExprOps(forInit, refErrors);
        if (CheckExpressionErrors(refErrors)) return expr;
        if (!Eat(TokenKind.Question)) return expr;
        var node = new ConditionalExpression { Test = expr, Consequent = ParseMaybeAssign() };
        Expect(TokenKind.Colon);
        node.Alternate = ParseMaybeAssign(forInit);
        return Finish(node, start);
    }

    Expression ParseExprOps(ForInit forInit, DestructuringErrors? refErrors)
    {
        int start = lx.Start;
        var expr = ParseMaybeUnary(refErrors, sawUnary: false, incDec: false, forInit);
        if (CheckExpressionErrors(refErrors)) return expr;
        return expr.Start == start && expr is ArrowFunctionExpression ? expr : ParseExprOp(expr, start, -1, forInit);
    }

    /// <summary>Binary operator precedence, or -1. `**` is handled in ParseMaybeUnary.</summary>
    static int BinaryPrecedence(TokenKind kind) => kind switch
    {
        TokenKind.QuestionQuestion or TokenKind.PipePipe => 1,
        TokenKind.AmpAmp => 2,
        TokenKind.Pipe => 3,
        TokenKind.Caret => 4,
        TokenKind.Amp => 5,
        TokenKind.EqEq or TokenKind.NotEq or TokenKind.EqEqEq or TokenKind.NotEqEq => 6,
        TokenKind.Lt or TokenKind.Gt or TokenKind.LtEq or TokenKind.GtEq or TokenKind.In or TokenKind.Instanceof => 7,
        TokenKind.LtLt or TokenKind.GtGt or TokenKind.GtGtGt => 8,
        TokenKind.Plus or TokenKind.Minus => 9,
        TokenKind.Star or TokenKind.Slash or TokenKind.Percent => 10,
        _ => -1,
    };

    static string OperatorText(TokenKind kind) => kind switch
    {
        TokenKind.QuestionQuestion => "??", TokenKind.PipePipe => "||", TokenKind.AmpAmp => "&&",
        TokenKind.Pipe => "|", TokenKind.Caret => "^", TokenKind.Amp => "&",
        TokenKind.EqEq => "==", TokenKind.NotEq => "!=", TokenKind.EqEqEq => "===", TokenKind.NotEqEq => "!==",
        TokenKind.Lt => "<", TokenKind.Gt => ">", TokenKind.LtEq => "<=", TokenKind.GtEq => ">=",
        TokenKind.In => "in", TokenKind.Instanceof => "instanceof",
        TokenKind.LtLt => "<<", TokenKind.GtGt => ">>", TokenKind.GtGtGt => ">>>",
        TokenKind.Plus => "+", TokenKind.Minus => "-", TokenKind.Star => "*", TokenKind.Slash => "/", TokenKind.Percent => "%",
        TokenKind.StarStar => "**",
        TokenKind.Bang => "!", TokenKind.Tilde => "~", TokenKind.Typeof => "typeof", TokenKind.Void => "void",
        TokenKind.Delete => "delete", TokenKind.PlusPlus => "++", TokenKind.MinusMinus => "--",
        _ => throw new InvalidOperationException("not an operator: " + kind),
    };

    Expression ParseExprOp(Expression left, int leftStart, int minPrec, ForInit forInit)
    {
        for (; ; )
        {
            int prec = BinaryPrecedence(Tok);
            if (prec < 0 || forInit != ForInit.No && Tok == TokenKind.In || prec <= minPrec) return left;
            bool logical = Tok == TokenKind.PipePipe || Tok == TokenKind.AmpAmp;
            bool coalesce = Tok == TokenKind.QuestionQuestion;
            // `??` binds like `||`, but its right side must not hold `||`/`&&`, so climb from `&&`'s level.
            if (coalesce) prec = 2;
            string op = OperatorText(Tok);
            Next();
            int start = lx.Start;
            var right = ParseExprOp(ParseMaybeUnary(null, false, false, forInit), start, prec, forInit);
            left = Finish(new BinaryExpression { IsLogical = logical || coalesce, Operator = op, Left = left, Right = right }, leftStart);
            if (logical && Tok == TokenKind.QuestionQuestion || coalesce && (Tok == TokenKind.PipePipe || Tok == TokenKind.AmpAmp))
                throw Raise(lx.Start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
        }
    }

    Expression ParseMaybeUnary(DestructuringErrors? refErrors, bool sawUnary, bool incDec, ForInit forInit)
    {
        EnsureStack();
        int start = lx.Start;
        Expression expr;
        if (IsContextual("await") && CanAwait)
        {
            expr = ParseAwait(forInit);
            sawUnary = true;
        }
        else if (Tok is TokenKind.Bang or TokenKind.Tilde or TokenKind.Plus or TokenKind.Minus or
                 TokenKind.Typeof or TokenKind.Void or TokenKind.Delete or TokenKind.PlusPlus or TokenKind.MinusMinus)
        {
            bool update = Tok == TokenKind.PlusPlus || Tok == TokenKind.MinusMinus;
            string op = OperatorText(Tok);
            Next();
            var argument = ParseMaybeUnary(null, true, update, forInit);
            CheckExpressionErrors(refErrors, andThrow: true);
            if (update)
            {
                CheckLValSimple(argument);
                expr = Finish(new UpdateExpression { Operator = op, Prefix = true, Argument = argument }, start);
            }
            else
            {
                if (op == "delete")
                {
                    if (Strict && argument is Identifier) throw Raise(start, "Deleting local variable in strict mode");
                    if (IsPrivateFieldAccess(argument)) throw Raise(start, "Private fields can not be deleted");
                }
                sawUnary = true;
                expr = Finish(new UnaryExpression { Operator = op, Argument = argument }, start);
            }
        }
        else if (!sawUnary && Tok == TokenKind.PrivateName)
        {
            // `#x in obj` (ES2022): a private name may only stand left of `in`.
            if (forInit != ForInit.No || _privateNames.Count == 0) throw Unexpected();
            expr = ParsePrivateIdent();
            if (Tok != TokenKind.In) throw Unexpected();
        }
        else
        {
            expr = ParseExprSubscripts(refErrors, forInit);
            if (CheckExpressionErrors(refErrors)) return expr;
            while ((Tok == TokenKind.PlusPlus || Tok == TokenKind.MinusMinus) && !CanInsertSemicolon())
            {
                CheckLValSimple(expr);
                string op = OperatorText(Tok);
                Next();
                expr = Finish(new UpdateExpression { Operator = op, Prefix = false, Argument = expr }, start);
            }
        }
        if (!incDec && Tok == TokenKind.StarStar)
        {
            // `-a ** b` is a syntax error: the operand of ** cannot be a unary expression.
            if (sawUnary) throw Unexpected(lx.Start);
            Next();
            var right = ParseMaybeUnary(null, false, false, forInit);
            return Finish(new BinaryExpression { Operator = "**", Left = expr, Right = right }, start);
        }
        return expr;
    }

    static bool IsPrivateFieldAccess(Expression node) =>
        node is MemberExpression { Property: PrivateIdentifier } ||
        node is ChainExpression chain && IsPrivateFieldAccess(chain.Expression);

    Expression ParseExprSubscripts(DestructuringErrors? refErrors, ForInit forInit)
    {
        int start = lx.Start;
        var expr = ParseExprAtom(refErrors, forInit, forNew: false);
        // An arrow function with a block or bare body cannot be called: `() => {}()`.
        if (expr is ArrowFunctionExpression && lx.Text[lx.LastEnd - 1] != ')') return expr;
        var result = ParseSubscripts(expr, start, noCalls: false, forInit);
        if (refErrors != null && result is MemberExpression)
        {
            if (refErrors.ParenthesizedAssign >= result.Start) refErrors.ParenthesizedAssign = -1;
            if (refErrors.ParenthesizedBind >= result.Start) refErrors.ParenthesizedBind = -1;
            if (refErrors.TrailingComma >= result.Start) refErrors.TrailingComma = -1;
        }
        return result;
    }

    Expression ParseSubscripts(Expression baseExpr, int start, bool noCalls, ForInit forInit)
    {
        bool maybeAsyncArrow = baseExpr is Identifier { Name: "async" } && lx.LastEnd == baseExpr.End &&
            !CanInsertSemicolon() && baseExpr.End - baseExpr.Start == 5 && _potentialArrowAt == baseExpr.Start;
        bool optionalChained = false;
        for (; ; )
        {
            var element = ParseSubscript(baseExpr, start, noCalls, maybeAsyncArrow, optionalChained, forInit);
            if (element is MemberExpression { Optional: true } or CallExpression { Optional: true }) optionalChained = true;
            if (element == baseExpr || element is ArrowFunctionExpression)
            {
                if (optionalChained) element = Finish(new ChainExpression { Expression = element }, start);
                return element;
            }
            baseExpr = element;
        }
    }

    Expression ParseSubscript(Expression baseExpr, int start, bool noCalls, bool maybeAsyncArrow, bool optionalChained, ForInit forInit)
    {
        bool optional = Eat(TokenKind.QuestionDot);
        if (noCalls && optional) throw Raise(lx.LastStart, "Optional chaining cannot appear in the callee of new expressions");
        bool computed = Eat(TokenKind.LBracket);
        if (computed || optional && Tok != TokenKind.LParen && Tok != TokenKind.BackQuote || Eat(TokenKind.Dot))
        {
            var node = new MemberExpression { Object = baseExpr, Computed = computed, Optional = optional };
            if (computed)
            {
                node.Property = ParseExpression();
                Expect(TokenKind.RBracket);
            }
            else if (Tok == TokenKind.PrivateName && baseExpr is not Super)
                node.Property = ParsePrivateIdent();
            else
                node.Property = ParseIdent(liberal: true);
            return Finish(node, start);
        }
        if (!noCalls && Tok == TokenKind.LParen)
        {
            Next();
            var refErrors = new DestructuringErrors();
            int oldYieldPos = _yieldPos, oldAwaitPos = _awaitPos, oldAwaitIdentPos = _awaitIdentPos;
            _yieldPos = _awaitPos = _awaitIdentPos = 0;
            var args = ParseExprList(TokenKind.RParen, allowTrailingComma: true, allowEmpty: false, refErrors);
            if (maybeAsyncArrow && !optional && !CanInsertSemicolon() && Eat(TokenKind.Arrow))
            {
                CheckPatternErrors(refErrors, isAssign: false);
                CheckYieldAwaitInDefaultParams();
                if (_awaitIdentPos > 0) throw Raise(_awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
                _yieldPos = oldYieldPos;
                _awaitPos = oldAwaitPos;
                _awaitIdentPos = oldAwaitIdentPos;
                return ParseArrowExpression(start, args!, isAsync: true, forInit);
            }
            CheckExpressionErrors(refErrors, andThrow: true);
            _yieldPos = oldYieldPos != 0 ? oldYieldPos : _yieldPos;
            _awaitPos = oldAwaitPos != 0 ? oldAwaitPos : _awaitPos;
            _awaitIdentPos = oldAwaitIdentPos != 0 ? oldAwaitIdentPos : _awaitIdentPos;
            var call = new CallExpression { Callee = baseExpr, Optional = optional };
            foreach (var arg in args) call.Arguments.Add(arg!);
            return Finish(call, start);
        }
        if (Tok == TokenKind.BackQuote)
        {
            if (optional || optionalChained) throw Raise(lx.Start, "Optional chaining cannot appear in the tag of tagged template expressions");
            var quasi = ParseTemplate(isTagged: true);
            return Finish(new TaggedTemplateExpression { Tag = baseExpr, Quasi = quasi }, start);
        }
        return baseExpr;
    }

    Expression ParseExprAtom(DestructuringErrors? refErrors, ForInit forInit, bool forNew)
    {
        EnsureStack();
        int start = lx.Start;
        switch (Tok)
        {
            case TokenKind.Super:
            {
                Next();
                if (Tok == TokenKind.LParen && !AllowDirectSuper) throw Raise(start, "super() call outside constructor of a subclass");
                if (!AllowSuper) throw Raise(start, "'super' keyword outside a method");
                if (Tok != TokenKind.Dot && Tok != TokenKind.LBracket && Tok != TokenKind.LParen) throw Unexpected();
                return Finish(new Super(), start);
            }
            case TokenKind.This:
                Next();
                return Finish(new ThisExpression(), start);
            case TokenKind.Name:
            {
                bool canBeArrow = _potentialArrowAt == start;
                bool containsEscape = lx.ContainsEscape;
                var id = ParseIdent();
                if (id.Name == "async" && !containsEscape && !CanInsertSemicolon() && Tok == TokenKind.Function)
                {
                    Next();
                    return ParseFunctionExpression(start, isAsync: true, forInit);
                }
                if (canBeArrow && !CanInsertSemicolon())
                {
                    if (Eat(TokenKind.Arrow)) return ParseArrowExpression(start, new List<Expression?> { id }, isAsync: false, forInit);
                    if (id.Name == "async" && !containsEscape && Tok == TokenKind.Name &&
                        (!_potentialArrowInForAwait || lx.Value != "of" || lx.ContainsEscape))
                    {
                        var param = ParseIdent();
                        if (CanInsertSemicolon() || !Eat(TokenKind.Arrow)) throw Unexpected();
                        return ParseArrowExpression(start, new List<Expression?> { param }, isAsync: true, forInit);
                    }
                }
                return id;
            }
            case TokenKind.Slash:
                lx.RescanRegExp();
                return ParseRegExpLiteral(start);
            case TokenKind.AssignOp when lx.Value == "/=":
                lx.RescanRegExp();
                return ParseRegExpLiteral(start);
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.BigInt:
                return ParseLiteral();
            case TokenKind.Null:
            case TokenKind.True:
            case TokenKind.False:
            {
                var kind = Tok;
                Next();
                return Finish(new Literal
                {
                    Kind = kind == TokenKind.Null ? LiteralKind.Null : LiteralKind.Boolean,
                    Boolean = kind == TokenKind.True,
                    Raw = kind == TokenKind.Null ? "null" : kind == TokenKind.True ? "true" : "false",
                }, start);
            }
            case TokenKind.LParen:
            {
                bool canBeArrow = _potentialArrowAt == start;
                var expr = ParseParenAndDistinguishExpression(canBeArrow, forInit);
                if (refErrors != null)
                {
                    if (refErrors.ParenthesizedAssign < 0 && !IsSimpleAssignTarget(expr)) refErrors.ParenthesizedAssign = start;
                    if (refErrors.ParenthesizedBind < 0) refErrors.ParenthesizedBind = start;
                }
                return expr;
            }
            case TokenKind.LBracket:
            {
                Next();
                var node = new ArrayExpression { Elements = ParseExprList(TokenKind.RBracket, true, true, refErrors) };
                return Finish(node, start);
            }
            case TokenKind.LBrace:
                return ParseObject(isPattern: false, refErrors);
            case TokenKind.Function:
                Next();
                return ParseFunctionExpression(start, isAsync: false, forInit);
            case TokenKind.Class:
                return (Expression)ParseClass(start, isStatement: false, nullableId: false);
            case TokenKind.New:
                return ParseNew();
            case TokenKind.BackQuote:
                return ParseTemplate(isTagged: false);
            case TokenKind.Import:
                return ParseExprImport(forNew);
        }
        throw Unexpected();
    }

    static bool IsSimpleAssignTarget(Expression expr) => expr is Identifier or MemberExpression;

    Literal ParseLiteral()
    {
        int start = lx.Start;
        var node = new Literal();
        switch (Tok)
        {
            case TokenKind.Number: node.Kind = LiteralKind.Number; node.Number = lx.Number; break;
            case TokenKind.BigInt: node.Kind = LiteralKind.BigInt; node.BigInt = lx.Value; break;
            default: node.Kind = LiteralKind.String; node.String = lx.Value; break;
        }
        node.Raw = lx.Text.Substring(lx.Start, lx.End - lx.Start);
        Next();
        return Finish(node, start);
    }

    Literal ParseRegExpLiteral(int start)
    {
        var node = new Literal { Kind = LiteralKind.RegExp, Pattern = lx.Value, Flags = lx.RegexFlags };
        node.Raw = lx.Text.Substring(lx.Start, lx.End - lx.Start);
        Next();
        return Finish(node, start);
    }

    Expression ParseParenAndDistinguishExpression(bool canBeArrow, ForInit forInit)
    {
        int start = lx.Start;
        Next();
        int innerStart = lx.Start;
        var exprList = new List<Expression?>();
        bool first = true, lastIsComma = false;
        var refErrors = new DestructuringErrors();
        int oldYieldPos = _yieldPos, oldAwaitPos = _awaitPos;
        int spreadStart = -1;
        // Not saving awaitIdentPos: `await` nested in parameters must still be caught.
        _yieldPos = _awaitPos = 0;
        while (Tok != TokenKind.RParen)
        {
            if (first) first = false; else Expect(TokenKind.Comma);
            if (AfterTrailingComma(TokenKind.RParen, notNext: true)) { lastIsComma = true; break; }
            if (Tok == TokenKind.Ellipsis)
            {
                spreadStart = lx.Start;
                exprList.Add(ParseRestBinding());
                if (Tok == TokenKind.Comma) throw Raise(lx.Start, "Comma is not permitted after the rest element");
                break;
            }
            exprList.Add(ParseMaybeAssign(ForInit.No, refErrors));
        }
        int innerEnd = lx.LastEnd;
        Expect(TokenKind.RParen);
        if (canBeArrow && !CanInsertSemicolon() && Eat(TokenKind.Arrow))
        {
            CheckPatternErrors(refErrors, isAssign: false);
            CheckYieldAwaitInDefaultParams();
            _yieldPos = oldYieldPos;
            _awaitPos = oldAwaitPos;
            return ParseArrowExpression(start, exprList, isAsync: false, forInit);
        }
        if (exprList.Count == 0 || lastIsComma) throw Unexpected(lx.LastStart);
        if (spreadStart >= 0) throw Unexpected(spreadStart);
        CheckExpressionErrors(refErrors, andThrow: true);
        _yieldPos = oldYieldPos != 0 ? oldYieldPos : _yieldPos;
        _awaitPos = oldAwaitPos != 0 ? oldAwaitPos : _awaitPos;
        if (exprList.Count == 1) return exprList[0]!;
        var seq = new SequenceExpression { Start = innerStart, End = innerEnd };
        foreach (var e in exprList) seq.Expressions.Add(e!);
        return seq;
    }

    List<Expression?> ParseExprList(TokenKind close, bool allowTrailingComma, bool allowEmpty, DestructuringErrors? refErrors)
    {
        var elements = new List<Expression?>();
        bool first = true;
        while (!Eat(close))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (allowTrailingComma && AfterTrailingComma(close)) break;
            }
            else first = false;

            if (allowEmpty && Tok == TokenKind.Comma) elements.Add(null);
            else if (Tok == TokenKind.Ellipsis)
            {
                elements.Add(ParseSpread(refErrors));
                if (refErrors != null && Tok == TokenKind.Comma && refErrors.TrailingComma < 0) refErrors.TrailingComma = lx.Start;
            }
            else elements.Add(ParseMaybeAssign(ForInit.No, refErrors));
        }
        return elements;
    }

    SpreadElement ParseSpread(DestructuringErrors? refErrors)
    {
        int start = lx.Start;
        Next();
        return Finish(new SpreadElement { Argument = ParseMaybeAssign(ForInit.No, refErrors) }, start);
    }

    Expression ParseNew()
    {
        int start = lx.Start;
        var meta = ParseIdent(liberal: true);
        if (Eat(TokenKind.Dot))
        {
            bool containsEscape = lx.ContainsEscape;
            var property = ParseIdent(liberal: true);
            if (property.Name != "target") throw Raise(property.Start, "The only valid meta property for new is 'new.target'");
            if (containsEscape) throw Raise(start, "'new.target' must not contain escaped characters");
            if (!AllowNewDotTarget) throw Raise(start, "'new.target' can only be used in functions and class static block");
            return Finish(new MetaProperty { Meta = meta, Property = property }, start);
        }
        int innerStart = lx.Start;
        var callee = ParseSubscripts(ParseExprAtom(null, ForInit.No, forNew: true), innerStart, noCalls: true, ForInit.No);
        if (callee is Super) throw Raise(callee.Start, "Invalid use of 'super'");
        var node = new NewExpression { Callee = callee };
        if (Eat(TokenKind.LParen))
            foreach (var arg in ParseExprList(TokenKind.RParen, true, false, null)) node.Arguments.Add(arg!);
        return Finish(node, start);
    }

    Expression ParseExprImport(bool forNew)
    {
        int start = lx.Start;
        if (lx.ContainsEscape) throw Raise(lx.Start, "Escape sequence in keyword import");
        var meta = ParseIdent(liberal: true);
        if (Tok == TokenKind.LParen && !forNew)
        {
            Next();
            var source = ParseMaybeAssign();
            if (!Eat(TokenKind.RParen))
            {
                int errorPos = lx.Start;
                if (Eat(TokenKind.Comma) && Eat(TokenKind.RParen)) throw Raise(errorPos, "Trailing comma is not allowed in import()");
                throw Unexpected(errorPos);
            }
            return Finish(new ImportExpression { Source = source }, start);
        }
        if (Tok == TokenKind.Dot)
        {
            Next();
            bool containsEscape = lx.ContainsEscape;
            var property = ParseIdent(liberal: true);
            if (property.Name != "meta") throw Raise(property.Start, "The only valid meta property for import is 'import.meta'");
            if (containsEscape) throw Raise(start, "'import.meta' must not contain escaped characters");
            if (!inModule) throw Raise(start, "Cannot use 'import.meta' outside a module");
            return Finish(new MetaProperty { Meta = meta, Property = property }, start);
        }
        throw Unexpected();
    }

    Expression ParseYield(ForInit forInit)
    {
        if (_yieldPos == 0) _yieldPos = lx.Start;
        int start = lx.Start;
        Next();
        var node = new YieldExpression();
        if (Tok == TokenKind.Semicolon || CanInsertSemicolon() || Tok != TokenKind.Star && !StartsExpression(Tok))
            return Finish(node, start);
        node.Delegate = Eat(TokenKind.Star);
        node.Argument = ParseMaybeAssign(forInit);
        return Finish(node, start);
    }

    bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Name or TokenKind.PrivateName or TokenKind.Number or TokenKind.BigInt or TokenKind.String or
        TokenKind.BackQuote or TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace or
        TokenKind.Plus or TokenKind.Minus or TokenKind.Bang or TokenKind.Tilde or TokenKind.PlusPlus or TokenKind.MinusMinus or
        TokenKind.Slash or TokenKind.Function or TokenKind.Class or TokenKind.New or TokenKind.This or TokenKind.Super or
        TokenKind.Null or TokenKind.True or TokenKind.False or TokenKind.Typeof or TokenKind.Void or TokenKind.Delete or
        TokenKind.Import => true,
        TokenKind.AssignOp => lx.Value == "/=",
        _ => false,
    };

    Expression ParseAwait(ForInit forInit)
    {
        if (_awaitPos == 0) _awaitPos = lx.Start;
        int start = lx.Start;
        Next();
        var argument = ParseMaybeUnary(null, true, false, forInit);
        return Finish(new AwaitExpression { Argument = argument }, start);
    }
}
