using System.Text.RegularExpressions;
using Jsc.Compiler.Syntax;

namespace Jsc.Compiler.Hosting;

/// <summary>
/// The messages of the SyntaxErrors that eval, new Function and vm throw, in V8's wording: the
/// parser words its errors as acorn does ("Unexpected token", "'return' outside of function");
/// code that prints or matches e.message expects node's ("Unexpected token '}'", "Illegal return statement").
/// </summary>
static partial class V8SyntaxMessages
{
    static readonly Dictionary<string, string> Renamed = new()
    {
        ["Unterminated string constant"] = "Invalid or unexpected token",
        ["Unterminated comment"] = "Invalid or unexpected token",
        ["Identifier directly after number"] = "Invalid or unexpected token",
        ["Unterminated regular expression"] = "Invalid regular expression: missing /",
        ["Unterminated template"] = "Unexpected end of input",
        ["Unterminated template literal"] = "Unexpected end of input",
        ["'return' outside of function"] = "Illegal return statement",
        ["'with' in strict mode"] = "Strict mode code may not include a with statement",
        ["Argument name clash"] = "Duplicate parameter name not allowed in this context",
        ["Deleting local variable in strict mode"] = "Delete of an unqualified identifier in strict mode.",
        ["Assigning to rvalue"] = "Invalid left-hand side in assignment",
        ["Optional chaining cannot appear in left-hand side"] = "Invalid left-hand side in assignment",
        ["super() call outside constructor of a subclass"] = "'super' keyword unexpected here",
        ["'super' keyword outside a method"] = "'super' keyword unexpected here",
        ["getter should have no params"] = "Getter must not have any formal parameters.",
        ["setter should have exactly one param"] = "Setter must have exactly one formal parameter.",
        ["Missing catch or finally clause"] = "Missing catch or finally after try",
        ["Multiple default clauses"] = "More than one default clause in switch statement",
        ["Cannot use keyword 'await' outside an async function"] = "await is only valid in async functions and the top level bodies of modules",
    };

    static readonly HashSet<string> Keywords = new()
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends",
        "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
        "throw", "true", "try", "typeof", "var", "void", "while", "with",
    };

    // Longest first, so that `>>>=` wins over `>>`.
    static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "**",
    ];

    public static string Translate(SyntaxError error)
    {
        var d = error.Description;
        if (Renamed.TryGetValue(d, out var v8)) return v8;
        string text = error.SourceFile.Text;
        if (d is "Unexpected token" or "Unexpected end of input") return UnexpectedToken(text, error.Offset);
        if (d.StartsWith("Unsyntactic ", StringComparison.Ordinal))
        {
            var label = LabelAfter(text, error.Offset);
            if (label != null) return $"Undefined label '{label}'";
            return d.EndsWith("break", StringComparison.Ordinal) ? "Illegal break statement" : "Illegal continue statement: no surrounding iteration statement";
        }
        if (d.StartsWith("'import' and 'export' may", StringComparison.Ordinal))
            return string.CompareOrdinal(text, error.Offset, "export", 0, 6) == 0 ? "Unexpected token 'export'" : "Cannot use import statement outside a module";
        if (d == "Invalid number" && error.Offset + 1 < text.Length && text[error.Offset] == '0' && char.IsAsciiDigit(text[error.Offset + 1]))
            return text[(error.Offset + 1)..].TakeWhile(char.IsAsciiDigit).Any(digit => digit >= '8')
                ? "Decimals with leading zeros are not allowed in strict mode."
                : "Octal literals are not allowed in strict mode.";
        if (LabelDeclared().Match(d) is { Success: true } m) return $"Label '{m.Groups[1].Value}' has already been declared";
        return d;
    }

    /// <summary>V8's "Unexpected ..." for the token at <paramref name="offset"/>.</summary>
    static string UnexpectedToken(string text, int offset)
    {
        if (offset >= text.Length) return "Unexpected end of input";
        char c = text[offset];
        if (c is '\'' or '"') return "Unexpected string";
        if (c == '`') return "Unexpected template string";
        if (char.IsAsciiDigit(c) || c == '.' && offset + 1 < text.Length && char.IsAsciiDigit(text[offset + 1])) return "Unexpected number";
        if (char.IsLetter(c) || c is '_' or '$')
        {
            int end = offset;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '$')) end++;
            var word = text[offset..end];
            return Keywords.Contains(word) ? $"Unexpected token '{word}'" : $"Unexpected identifier '{word}'";
        }
        foreach (var p in Punctuators)
            if (string.CompareOrdinal(text, offset, p, 0, p.Length) == 0) return $"Unexpected token '{p}'";
        return $"Unexpected token '{c}'";
    }

    /// <summary>The label of `break label` / `continue label` starting at <paramref name="offset"/>, if any.</summary>
    static string? LabelAfter(string text, int offset)
    {
        var m = BreakLabel().Match(text, offset);
        return m.Success && m.Index == offset ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"(?:break|continue)[ \t]+([A-Za-z_$][\w$]*)")]
    private static partial Regex BreakLabel();

    [GeneratedRegex(@"^Label '(.+)' is already declared$")]
    private static partial Regex LabelDeclared();
}
