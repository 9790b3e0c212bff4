namespace Jsc.Compiler.Syntax;

/// <summary>
/// A source file's text and name, with the table that turns UTF-16 offsets into
/// 1-based lines and 0-based columns. Line terminators are those of ECMAScript:
/// LF, CR, CRLF, U+2028 and U+2029.
/// </summary>
public sealed class SourceText
{
    public string Text { get; }
    public string FileName { get; }
    int[]? _lineStarts;

    public SourceText(string text, string fileName = "<input>")
    {
        Text = text;
        FileName = fileName;
    }

    int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029') starts.Add(i + 1);
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }

    /// <summary>1-based line and 0-based column (in UTF-16 units) of an offset.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        var starts = LineStarts;
        int index = Array.BinarySearch(starts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - starts[index]);
    }

    /// <summary>The text of a 1-based line, without its terminator.</summary>
    public string GetLine(int line)
    {
        var starts = LineStarts;
        int start = starts[line - 1];
        int end = line < starts.Length ? starts[line] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r' or '\u2028' or '\u2029') end--;
        return Text.Substring(start, end - start);
    }
}
