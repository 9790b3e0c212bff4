using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

public sealed partial class Parser
{
    // Template literals: the lexer reads each chunk when the parser asks, after "`" or "}".
    // https://tc39.es/ecma262/#sec-template-literals

    TemplateLiteral ParseTemplate(bool isTagged)
    {
        int start = lx.Start;
        var node = new TemplateLiteral();
        lx.ReadTemplateChunk();
        var element = ParseTemplateElement(isTagged);
        node.Quasis.Add(element);
        while (!element.Tail)
        {
            lx.Next();
            if (Tok == TokenKind.EOF) throw Raise(lx.Start, "Unterminated template literal");
            node.Expressions.Add(ParseExpression());
            if (Tok != TokenKind.RBrace) throw Unexpected();
            lx.ReadTemplateChunk();
            element = ParseTemplateElement(isTagged);
            node.Quasis.Add(element);
        }
        lx.Next();
        return Finish(node, start);
    }

    TemplateElement ParseTemplateElement(bool isTagged)
    {
        if (lx.Value == null && !isTagged)
            throw Raise(lx.TemplateInvalidEscapeAt, "Bad escape sequence in untagged template literal");
        return new TemplateElement
        {
            Start = lx.Start,
            End = lx.TemplateChunkEnd,
            Raw = lx.TemplateRaw,
            Cooked = lx.Value,
            Tail = lx.TemplateTail,
        };
    }
}
