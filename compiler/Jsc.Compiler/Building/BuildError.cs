using Jsc.Compiler.Syntax;

namespace Jsc.Compiler.Building;

/// <summary>
/// One error of a build: where (file, 1-based line and column; 0 when unknown), a stable code
/// (`JSC1001` syntax error, `JSC1002` unreadable file; the CLI says `JSC1000` for a build that
/// cannot start), the message, and the report a terminal
/// shows (<see cref="ToString"/>: `file:line:col: SyntaxError: message` and its code frame).
/// <see cref="Canonical"/> is the one-line form MSBuild, IDEs and CI logs parse.
/// </summary>
public sealed record BuildError(string File, int Line, int Column, string Code, string Message, string Report)
{
    public const string SyntaxCode = "JSC1001";
    public const string ReadCode = "JSC1002";

    public static BuildError FromSyntax(SyntaxError e) =>
        new(e.SourceFile.FileName, e.Line, e.Column + 1, SyntaxCode, "SyntaxError: " + e.Description, e.Format());

    public static BuildError Unreadable(string file, string reason) =>
        new(file, 0, 0, ReadCode, "cannot read file: " + reason, $"{file}: cannot read file: {reason}");

    /// <summary>`file.js(line,col): error JSC1001: message` (MSBuild's canonical error format).</summary>
    public string Canonical => Line > 0 ? $"{File}({Line},{Column}): error {Code}: {Message}" : $"{File}: error {Code}: {Message}";

    public override string ToString() => Report;
}
