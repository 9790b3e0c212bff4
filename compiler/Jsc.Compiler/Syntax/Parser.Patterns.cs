using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

public sealed partial class Parser
{
    // Binding patterns, and the conversion of expressions read under a cover grammar into
    // assignment targets (acorn's lval.js).
    // https://tc39.es/ecma262/#sec-destructuring-assignment

    Expression ParseBindingAtom()
    {
        EnsureStack();
        int start = lx.Start;
        if (Tok == TokenKind.LBracket)
        {
            Next();
            return Finish(new ArrayPattern { Elements = ParseBindingList(TokenKind.RBracket, allowEmpty: true, allowTrailingComma: true) }, start);
        }
        if (Tok == TokenKind.LBrace) return ParseObject(isPattern: true, null);
        return ParseIdent();
    }

    List<Expression?> ParseBindingList(TokenKind close, bool allowEmpty, bool allowTrailingComma)
    {
        var elements = new List<Expression?>();
        bool first = true;
        while (!Eat(close))
        {
            if (first) first = false; else Expect(TokenKind.Comma);
            if (allowEmpty && Tok == TokenKind.Comma) elements.Add(null);
            else if (allowTrailingComma && AfterTrailingComma(close)) break;
            else if (Tok == TokenKind.Ellipsis)
            {
                elements.Add(ParseRestBinding());
                if (Tok == TokenKind.Comma) throw Raise(lx.Start, "Comma is not permitted after the rest element");
                Expect(close);
                break;
            }
            else elements.Add(ParseMaybeDefault(lx.Start, null));
        }
        return elements;
    }

    RestElement ParseRestBinding()
    {
        int start = lx.Start;
        Next();
        return Finish(new RestElement { Argument = ParseBindingAtom() }, start);
    }

    Expression ParseMaybeDefault(int start, Expression? left)
    {
        left ??= ParseBindingAtom();
        if (!Eat(TokenKind.Assign)) return left;
        return Finish(new AssignmentPattern { Left = left, Right = ParseMaybeAssign() }, start);
    }

    /// <summary>Converts an expression read under a cover grammar into a pattern.</summary>
    Expression ToAssignable(Expression node, bool isBinding, DestructuringErrors? refErrors = null)
    {
        switch (node)
        {
            case Identifier id:
                if (id.Name == "await" && InAsync) throw Raise(id.Start, "Cannot use 'await' as identifier inside an async function");
                break;
            case ObjectPattern or ArrayPattern or AssignmentPattern or RestElement:
                break;
            case ObjectExpression obj:
            {
                if (refErrors != null) CheckPatternErrors(refErrors, isAssign: true);
                var pattern = new ObjectPattern { Start = obj.Start, End = obj.End };
                foreach (var prop in obj.Properties)
                {
                    if (prop is SpreadElement spread)
                    {
                        var rest = (RestElement)ToAssignable(spread, isBinding);
                        if (rest.Argument is ArrayPattern or ObjectPattern) throw Raise(rest.Argument.Start, "Unexpected token");
                        pattern.Properties.Add(rest);
                    }
                    else
                    {
                        var p = (Property)prop;
                        if (p.Kind != "init") throw Raise(p.Key.Start, "Object pattern can't contain getter or setter");
                        p.Value = ToAssignable(p.Value, isBinding);
                        pattern.Properties.Add(p);
                    }
                }
                return pattern;
            }
            case ArrayExpression array:
            {
                if (refErrors != null) CheckPatternErrors(refErrors, isAssign: true);
                return new ArrayPattern { Start = array.Start, End = array.End, Elements = ToAssignableList(array.Elements, isBinding) };
            }
            case SpreadElement spread:
            {
                var argument = ToAssignable(spread.Argument, isBinding);
                if (argument is AssignmentPattern) throw Raise(argument.Start, "Rest elements cannot have a default value");
                return new RestElement { Start = spread.Start, End = spread.End, Argument = argument };
            }
            case AssignmentExpression assign:
                if (assign.Operator != "=") throw Raise(assign.Left.End, "Only '=' operator can be used for specifying default value.");
                return new AssignmentPattern { Start = assign.Start, End = assign.End, Left = ToAssignable(assign.Left, isBinding), Right = assign.Right };
            case ChainExpression:
                throw Raise(node.Start, "Optional chaining cannot appear in left-hand side");
            case MemberExpression when !isBinding:
                break;
            default:
                throw Raise(node.Start, "Assigning to rvalue");
        }
        if (refErrors != null) CheckPatternErrors(refErrors, isAssign: true);
        return node;
    }

    List<Expression?> ToAssignableList(List<Expression?> list, bool isBinding)
    {
        for (int i = 0; i < list.Count; i++)
            if (list[i] is { } element) list[i] = ToAssignable(element, isBinding);
        return list;
    }

    // https://tc39.es/ecma262/#sec-static-semantics-assignmenttargettype
    void CheckLValSimple(Expression expr, BindingKind binding = BindingKind.None, HashSet<string>? checkClashes = null)
    {
        bool isBind = binding != BindingKind.None;
        switch (expr)
        {
            case Identifier id:
                // Also catches names that a later "use strict" in the function's own body makes reserved.
                if (Strict && (id.Name == "eval" || id.Name == "arguments" || IsStrictReservedWord(id.Name)))
                    throw Raise(id.Start, (isBind ? "Binding " : "Assigning to ") + id.Name + " in strict mode");
                if (isBind)
                {
                    if (binding == BindingKind.Lexical && id.Name == "let") throw Raise(id.Start, "let is disallowed as a lexically bound name");
                    if (checkClashes != null && !checkClashes.Add(id.Name)) throw Raise(id.Start, "Argument name clash");
                    if (binding != BindingKind.Outside) DeclareName(id.Name, binding, id.Start);
                }
                break;
            case ChainExpression:
                throw Raise(expr.Start, "Optional chaining cannot appear in left-hand side");
            case MemberExpression:
                if (isBind) throw Raise(expr.Start, "Binding member expression");
                break;
            default:
                throw Raise(expr.Start, (isBind ? "Binding" : "Assigning to") + " rvalue");
        }
    }

    void CheckLValPattern(Expression expr, BindingKind binding = BindingKind.None, HashSet<string>? checkClashes = null)
    {
        switch (expr)
        {
            case ObjectPattern obj:
                foreach (var prop in obj.Properties) CheckLValInnerPattern(prop, binding, checkClashes);
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                    if (element != null) CheckLValInnerPattern(element, binding, checkClashes);
                break;
            default:
                CheckLValSimple(expr, binding, checkClashes);
                break;
        }
    }

    void CheckLValInnerPattern(Node node, BindingKind binding, HashSet<string>? checkClashes)
    {
        switch (node)
        {
            case Property prop: CheckLValInnerPattern(prop.Value, binding, checkClashes); break;
            case AssignmentPattern assign: CheckLValPattern(assign.Left, binding, checkClashes); break;
            case RestElement rest: CheckLValPattern(rest.Argument, binding, checkClashes); break;
            default: CheckLValPattern((Expression)node, binding, checkClashes); break;
        }
    }

    void CheckPatternErrors(DestructuringErrors? refErrors, bool isAssign)
    {
        if (refErrors == null) return;
        if (refErrors.TrailingComma > -1) throw Raise(refErrors.TrailingComma, "Comma is not permitted after the rest element");
        int parens = isAssign ? refErrors.ParenthesizedAssign : refErrors.ParenthesizedBind;
        if (parens > -1) throw Raise(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
    }

    /// <summary>Errors that only matter if the expression stays an expression; returns whether any is pending.</summary>
    bool CheckExpressionErrors(DestructuringErrors? refErrors, bool andThrow = false)
    {
        if (refErrors == null) return false;
        if (!andThrow) return refErrors.ShorthandAssign >= 0 || refErrors.DoubleProto >= 0;
        if (refErrors.ShorthandAssign >= 0) throw Raise(refErrors.ShorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
        if (refErrors.DoubleProto >= 0) throw Raise(refErrors.DoubleProto, "Redefinition of __proto__ property");
        return false;
    }

    void CheckYieldAwaitInDefaultParams()
    {
        if (_yieldPos != 0 && (_awaitPos == 0 || _yieldPos < _awaitPos)) throw Raise(_yieldPos, "Yield expression cannot be a default value");
        if (_awaitPos != 0) throw Raise(_awaitPos, "Await expression cannot be a default value");
    }
}
