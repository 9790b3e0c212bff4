namespace Jsc.Compiler.Syntax;

/// <summary>
/// A JavaScript early or syntax error at an offset of a source file. <see cref="Exception.Message"/>
/// is acorn-style ("Unexpected token (3:4)"); <see cref="Format"/> gives the
/// <c>file:line:col: SyntaxError: msg</c> report with a code frame.
/// </summary>
public sealed class SyntaxError : Exception
{
    public SourceText SourceFile { get; }
    public int Offset { get; }
    public int Line { get; }
    public int Column { get; }
    public string Description { get; }

    public SyntaxError(SourceText source, int offset, string description)
        : base(Describe(source, offset, description, out int line, out int column))
    {
        SourceFile = source;
        Offset = offset;
        Description = description;
        Line = line;
        Column = column;
    }

    static string Describe(SourceText source, int offset, string description, out int line, out int column)
    {
        (line, column) = source.GetLineColumn(offset);
        return $"{description} ({line}:{column})";
    }

    /// <summary>The report a user sees: location, message, the line and a caret under the column.</summary>
    public string Format()
    {
        var text = SourceFile.GetLine(Line);
        int column = Math.Min(Column, text.Length);
        // Long minified lines are cut to a window around the column.
        int from = 0;
        if (text.Length > 160)
        {
            from = Math.Max(0, column - 80);
            text = text.Substring(from, Math.Min(160, text.Length - from));
        }
        var caretPad = new System.Text.StringBuilder();
        for (int i = 0; i < column - from; i++) caretPad.Append(text[i] == '\t' ? '\t' : ' ');
        return $"{SourceFile.FileName}:{Line}:{Column + 1}: SyntaxError: {Description}\n{text}\n{caretPad}^";
    }
}
