using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

public sealed partial class Parser
{
    // https://tc39.es/ecma262/#sec-ecmascript-language-functions-and-classes

    Statement ParseFunctionStatement(int start, bool isAsync, bool declarationPosition, bool nullableId = false)
    {
        Next();
        var node = new FunctionDeclaration { IsAsync = isAsync };
        node.IsGenerator = Eat(TokenKind.Star);
        // `if (x) function* g() {}` is never allowed, even under Annex B.
        if (node.IsGenerator && !declarationPosition) throw Unexpected(lx.LastStart);
        if (!(nullableId && Tok != TokenKind.Name))
        {
            node.Id = ParseIdent();
            if (declarationPosition)
            {
                var kind = Strict || node.IsGenerator || node.IsAsync
                    ? (TreatFunctionsAsVar ? BindingKind.Var : BindingKind.Lexical)
                    : BindingKind.Function;
                CheckLValSimple(node.Id, kind);
            }
        }
        ParseFunctionRest(node, node.Params, ForInit.No, isArrow: false, isMethod: false, body => node.Body = body);
        return Finish(node, start);
    }

    FunctionExpression ParseFunctionExpression(int start, bool isAsync, ForInit forInit)
    {
        var node = new FunctionExpression { IsAsync = isAsync };
        node.IsGenerator = Eat(TokenKind.Star);
        int oldYieldPos = _yieldPos, oldAwaitPos = _awaitPos, oldAwaitIdentPos = _awaitIdentPos;
        _yieldPos = _awaitPos = _awaitIdentPos = 0;
        // The name of a function expression is bound inside it, so it follows the function's own yield/await rules.
        EnterScope(FunctionFlags(node.IsAsync, node.IsGenerator));
        if (Tok == TokenKind.Name) node.Id = ParseIdent();
        ParseFunctionParamsAndBody(node, node.Params, forInit, isArrow: false, isMethod: false, body => node.Body = (BlockStatement)body);
        ExitScope();
        _yieldPos = oldYieldPos;
        _awaitPos = oldAwaitPos;
        _awaitIdentPos = oldAwaitIdentPos;
        return Finish(node, start);
    }

    /// <summary>Scope, parameters and body of a function declaration, whose name was bound outside.</summary>
    void ParseFunctionRest(IFunction node, List<Expression> parameters, ForInit forInit, bool isArrow, bool isMethod, Action<BlockStatement> setBody)
    {
        int oldYieldPos = _yieldPos, oldAwaitPos = _awaitPos, oldAwaitIdentPos = _awaitIdentPos;
        _yieldPos = _awaitPos = _awaitIdentPos = 0;
        EnterScope(FunctionFlags(node.IsAsync, node.IsGenerator));
        ParseFunctionParamsAndBody(node, parameters, forInit, isArrow, isMethod, body => setBody((BlockStatement)body));
        ExitScope();
        _yieldPos = oldYieldPos;
        _awaitPos = oldAwaitPos;
        _awaitIdentPos = oldAwaitIdentPos;
    }

    void ParseFunctionParamsAndBody(IFunction node, List<Expression> parameters, ForInit forInit, bool isArrow, bool isMethod, Action<Node> setBody)
    {
        Expect(TokenKind.LParen);
        foreach (var p in ParseBindingList(TokenKind.RParen, allowEmpty: false, allowTrailingComma: true)) parameters.Add(p!);
        CheckYieldAwaitInDefaultParams();
        ParseFunctionBody(node, parameters, isArrow, isMethod, forInit, setBody);
    }

    /// <summary>Object-literal and class methods: the FunctionExpression that is the method's value.</summary>
    FunctionExpression ParseMethod(bool isGenerator, bool isAsync, bool allowDirectSuper)
    {
        int start = lx.Start;
        var node = new FunctionExpression { IsGenerator = isGenerator, IsAsync = isAsync };
        int oldYieldPos = _yieldPos, oldAwaitPos = _awaitPos, oldAwaitIdentPos = _awaitIdentPos;
        _yieldPos = _awaitPos = _awaitIdentPos = 0;
        EnterScope(FunctionFlags(isAsync, isGenerator) | ScopeFlags.Super | (allowDirectSuper ? ScopeFlags.DirectSuper : 0));
        ParseFunctionParamsAndBody(node, node.Params, ForInit.No, isArrow: false, isMethod: true, body => node.Body = (BlockStatement)body);
        ExitScope();
        _yieldPos = oldYieldPos;
        _awaitPos = oldAwaitPos;
        _awaitIdentPos = oldAwaitIdentPos;
        return Finish(node, start);
    }

    Expression ParseArrowExpression(int start, List<Expression?> parameters, bool isAsync, ForInit forInit)
    {
        int oldYieldPos = _yieldPos, oldAwaitPos = _awaitPos, oldAwaitIdentPos = _awaitIdentPos;
        EnterScope(FunctionFlags(isAsync, false) | ScopeFlags.Arrow);
        var node = new ArrowFunctionExpression { IsAsync = isAsync };
        _yieldPos = _awaitPos = _awaitIdentPos = 0;
        foreach (var p in ToAssignableList(parameters, isBinding: true)) node.Params.Add(p!);
        ParseFunctionBody(node, node.Params, isArrow: true, isMethod: false, forInit, body => node.Body = body);
        ExitScope();
        _yieldPos = oldYieldPos;
        _awaitPos = oldAwaitPos;
        _awaitIdentPos = oldAwaitIdentPos;
        return Finish(node, start);
    }

    // https://tc39.es/ecma262/#sec-function-definitions-static-semantics-early-errors
    void ParseFunctionBody(IFunction node, List<Expression> parameters, bool isArrow, bool isMethod, ForInit forInit, Action<Node> setBody)
    {
        if (isArrow && Tok != TokenKind.LBrace)
        {
            ((ArrowFunctionExpression)node).IsExpressionBody = true;
            setBody(ParseMaybeAssign(forInit));
            CheckParams(parameters, allowDuplicates: false);
            return;
        }
        bool oldStrict = Strict;
        bool simple = IsSimpleParamList(parameters);
        bool useStrict = false;
        if (!oldStrict || !simple)
        {
            useStrict = StrictDirectiveAhead();
            if (useStrict && !simple)
                throw Raise(((Node)node).Start, "Illegal 'use strict' directive in function with non-simple parameter list");
        }
        var oldLabels = _labels;
        _labels = new List<Label>();
        if (useStrict) Strict = true;
        // Parameters are declared in the body's var scope, so `let x` in the body clashes with a parameter x.
        CheckParams(parameters, allowDuplicates: !oldStrict && !useStrict && !isArrow && !isMethod && simple);
        // In strict code a function may not be named eval or arguments, even when the "use strict" is its own.
        if (Strict && node.Id != null) CheckLValSimple(node.Id, BindingKind.Outside);
        var body = ParseBlock(createNewLexicalScope: false, exitStrict: useStrict && !oldStrict);
        AdaptDirectivePrologue(body.Body);
        setBody(body);
        _labels = oldLabels;
    }

    static bool IsSimpleParamList(List<Expression> parameters)
    {
        foreach (var p in parameters)
            if (p is not Identifier) return false;
        return true;
    }

    void CheckParams(List<Expression> parameters, bool allowDuplicates)
    {
        HashSet<string>? names = allowDuplicates ? null : new HashSet<string>();
        foreach (var p in parameters) CheckLValInnerPattern(p, BindingKind.Var, names);
    }
}
