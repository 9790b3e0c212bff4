using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Lowering;

/// <summary>
/// Gives each field initializer and static block a function of its own, as the spec does
/// (https://tc39.es/ecma262/#sec-runtime-semantics-classfielddefinitionevaluation and
/// #sec-runtime-semantics-classstaticblockdefinitionevaluation): a method with no parameters
/// whose `this` is the instance (or the class) and whose home object serves `super`.
/// `x = expr` becomes `function () { return expr; }`; `static { body }` becomes `function () { body }`.
/// </summary>
static class ClassElementsLowering
{
    public static void Lower(IClass c)
    {
        foreach (var element in c.Body.Body)
        {
            switch (element)
            {
                case PropertyDefinition { Value: { } value, Initializer: null } p:
                    var body = new BlockStatement { Start = value.Start, End = value.End };
                    body.Body.Add(new ReturnStatement { Argument = value, Start = value.Start, End = value.End });
                    p.Initializer = new FunctionExpression { Body = body, Start = value.Start, End = value.End };
                    break;
                case StaticBlock { Function: null } block:
                    var blockBody = new BlockStatement { Start = block.Start, End = block.End };
                    blockBody.Body.AddRange(block.Body);
                    block.Function = new FunctionExpression { Body = blockBody, Start = block.Start, End = block.End };
                    break;
            }
        }
    }

    /// <summary>The distinct private names a class body declares (`#x` of fields, methods and accessors).</summary>
    public static IEnumerable<string> PrivateNames(IClass c) => c.Body.Body
        .Select(e => e switch
        {
            MethodDefinition { Key: PrivateIdentifier p } => p.Name,
            PropertyDefinition { Key: PrivateIdentifier p } => p.Name,
            _ => null,
        })
        .OfType<string>()
        .Distinct();
}
