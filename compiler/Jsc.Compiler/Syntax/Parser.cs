using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Syntax;

/// <summary>
/// Recursive-descent parser for ECMAScript 2022 scripts and modules, producing the
/// ESTree AST that acorn produces. The class is split by grammar area into
/// Parser.*.cs files, as acorn splits its parser.
/// </summary>
public sealed partial class Parser
{
    public static Ast.Program ParseScript(SourceText source) => new Parser(source, module: false).ParseTopLevel();
    public static Ast.Program ParseModule(SourceText source) => new Parser(source, module: true).ParseTopLevel();
    public static Ast.Program ParseScript(string text) => ParseScript(new SourceText(text));
    public static Ast.Program ParseModule(string text) => ParseModule(new SourceText(text));
}
