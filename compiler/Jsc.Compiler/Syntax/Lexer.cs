using System.Runtime.CompilerServices;

namespace Jsc.Compiler.Syntax;

/// <summary>
/// On-demand tokenizer with one token of state, like acorn's and esbuild's: the parser
/// calls <see cref="Next"/> and reads the current token from public fields. Snapshots
/// (<see cref="Save"/>/<see cref="Restore"/>) give cheap lookahead. Offsets are UTF-16
/// indexes into the source string.
/// </summary>
public sealed partial class Lexer
{
    readonly string _src;
    readonly SourceText _source;
    int _pos;

    /// <summary>Set by the parser: strict mode forbids legacy octal literals and escapes.</summary>
    public bool Strict;
    /// <summary>Modules have no HTML-like comments.</summary>
    public bool InModule;

    // The current token.
    public TokenKind Kind;
    public int Start, End;
    /// <summary>Start and end of the previous token: nodes end at LastEnd.</summary>
    public int LastStart, LastEnd;
    /// <summary>A line terminator separates this token from the previous one.</summary>
    public bool NewlineBefore;
    /// <summary>Identifier or keyword text (escapes decoded), string value, or template cooked value (null if invalid).</summary>
    public string? Value;
    public double Number;
    /// <summary>An identifier or keyword spelled with \u escapes.</summary>
    public bool ContainsEscape;
    /// <summary>Offset of a legacy octal escape (or \8, \9) in a string, or of a legacy octal number; -1 if none.</summary>
    public int LegacyOctalAt;
    /// <summary>For templates: whether this chunk ends with a backquote; the raw text; the offset of an invalid escape (-1 if none).</summary>
    public bool TemplateTail;
    public string TemplateRaw = "";
    public int TemplateInvalidEscapeAt;
    public string TemplateInvalidEscapeMessage = "";
    /// <summary>RegExp flags of a RegExp token (<see cref="Value"/> holds the body).</summary>
    public string RegexFlags = "";

    public Lexer(SourceText source)
    {
        _source = source;
        _src = source.Text;
        _pos = 0;
        // A hashbang line is a comment when it opens the file, as in node (ES2023).
        if (_src.Length >= 2 && _src[0] == '#' && _src[1] == '!') SkipLineComment(2);
    }

    public SourceText Source => _source;
    public string Text => _src;

    public SyntaxError Error(int offset, string message) => new(_source, offset, message);

    public struct State
    {
        internal int Pos, Start, End, LastStart, LastEnd, LegacyOctalAt;
        internal TokenKind Kind;
        internal bool NewlineBefore, ContainsEscape;
        internal string? Value;
        internal double Number;
    }

    public State Save() => new()
    {
        Pos = _pos, Start = Start, End = End, LastStart = LastStart, LastEnd = LastEnd, LegacyOctalAt = LegacyOctalAt, Kind = Kind,
        NewlineBefore = NewlineBefore, ContainsEscape = ContainsEscape, Value = Value, Number = Number,
    };

    public void Restore(in State s)
    {
        _pos = s.Pos; Start = s.Start; End = s.End; LastStart = s.LastStart; LastEnd = s.LastEnd; LegacyOctalAt = s.LegacyOctalAt; Kind = s.Kind;
        NewlineBefore = s.NewlineBefore; ContainsEscape = s.ContainsEscape; Value = s.Value; Number = s.Number;
    }

    /// <summary>Advances to the next token.</summary>
    public void Next()
    {
        LastStart = Start;
        LastEnd = End;
        NewlineBefore = false;
        SkipSpace();
        Start = _pos;
        ContainsEscape = false;
        if (_pos >= _src.Length) { Kind = TokenKind.EOF; End = _pos; return; }
        ReadToken(_src[_pos]);
        End = _pos;
    }

    static bool IsNewline(int c) => c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;

    void SkipSpace()
    {
        var src = _src;
        while (_pos < src.Length)
        {
            char c = src[_pos];
            switch (c)
            {
                case ' ': case '\t': case '\v': case '\f': case '\u00a0': case '\ufeff':
                    _pos++;
                    break;
                case '\n': case '\r': case '\u2028': case '\u2029':
                    _pos++;
                    NewlineBefore = true;
                    break;
                case '/':
                    if (_pos + 1 >= src.Length) return;
                    char n = src[_pos + 1];
                    if (n == '/') SkipLineComment(2);
                    else if (n == '*') SkipBlockComment();
                    else return;
                    break;
                case '<':
                    // Annex B: `<!--` opens a single-line comment in scripts.
                    if (!InModule && _pos + 3 < src.Length && src[_pos + 1] == '!' && src[_pos + 2] == '-' && src[_pos + 3] == '-')
                    { SkipLineComment(4); break; }
                    return;
                case '-':
                    // Annex B: `-->` at the start of a line (after only whitespace and comments) is a comment.
                    if (!InModule && (NewlineBefore || LastEnd == 0) && _pos + 2 < src.Length && src[_pos + 1] == '-' && src[_pos + 2] == '>')
                    { SkipLineComment(3); break; }
                    return;
                default:
                    if (c > 0x7f && IsOtherWhitespace(c)) { _pos++; break; }
                    return;
            }
        }
    }

    static bool IsOtherWhitespace(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;

    void SkipLineComment(int skip)
    {
        var src = _src;
        _pos += skip;
        while (_pos < src.Length && !IsNewline(src[_pos])) _pos++;
    }

    void SkipBlockComment()
    {
        int start = _pos;
        int end = _src.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
        if (end < 0) throw Error(start, "Unterminated comment");
        for (int i = _pos + 2; i < end; i++)
            if (IsNewline(_src[i])) { NewlineBefore = true; break; }
        _pos = end + 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Peek(int offset = 1) => _pos + offset < _src.Length ? _src[_pos + offset] : -1;

    void Punct(TokenKind kind, int length)
    {
        Kind = kind;
        _pos += length;
    }

    void ReadToken(char c)
    {
        if (IsAsciiIdentifierStart(c) || c == '\\' || c > 0x7f && IsIdentifierStartChar(c))
        {
            ReadWord();
            return;
        }
        int n = Peek();
        switch (c)
        {
            case '(': Punct(TokenKind.LParen, 1); return;
            case ')': Punct(TokenKind.RParen, 1); return;
            case '[': Punct(TokenKind.LBracket, 1); return;
            case ']': Punct(TokenKind.RBracket, 1); return;
            case '{': Punct(TokenKind.LBrace, 1); return;
            case '}': Punct(TokenKind.RBrace, 1); return;
            case ';': Punct(TokenKind.Semicolon, 1); return;
            case ',': Punct(TokenKind.Comma, 1); return;
            case ':': Punct(TokenKind.Colon, 1); return;
            case '~': Punct(TokenKind.Tilde, 1); return;
            case '`': Punct(TokenKind.BackQuote, 1); return;
            case '.':
                if (n >= '0' && n <= '9') { ReadNumber(startsWithDot: true); return; }
                if (n == '.' && Peek(2) == '.') { Punct(TokenKind.Ellipsis, 3); return; }
                Punct(TokenKind.Dot, 1); return;
            case '?':
                if (n == '?') { if (Peek(2) == '=') { Value = "??="; Punct(TokenKind.AssignOp, 3); } else Punct(TokenKind.QuestionQuestion, 2); return; }
                // `a?.5:b` is a conditional, not optional chaining.
                if (n == '.' && !(Peek(2) >= '0' && Peek(2) <= '9')) { Punct(TokenKind.QuestionDot, 2); return; }
                Punct(TokenKind.Question, 1); return;
            case '=':
                if (n == '>') { Punct(TokenKind.Arrow, 2); return; }
                if (n == '=') { Punct(Peek(2) == '=' ? TokenKind.EqEqEq : TokenKind.EqEq, Peek(2) == '=' ? 3 : 2); return; }
                Punct(TokenKind.Assign, 1); return;
            case '!':
                if (n == '=') { Punct(Peek(2) == '=' ? TokenKind.NotEqEq : TokenKind.NotEq, Peek(2) == '=' ? 3 : 2); return; }
                Punct(TokenKind.Bang, 1); return;
            case '+': case '-':
                if (n == c) { Punct(c == '+' ? TokenKind.PlusPlus : TokenKind.MinusMinus, 2); return; }
                if (n == '=') { Value = c == '+' ? "+=" : "-="; Punct(TokenKind.AssignOp, 2); return; }
                Punct(c == '+' ? TokenKind.Plus : TokenKind.Minus, 1); return;
            case '*':
                if (n == '*') { if (Peek(2) == '=') { Value = "**="; Punct(TokenKind.AssignOp, 3); } else Punct(TokenKind.StarStar, 2); return; }
                if (n == '=') { Value = "*="; Punct(TokenKind.AssignOp, 2); return; }
                Punct(TokenKind.Star, 1); return;
            case '/':
                if (n == '=') { Value = "/="; Punct(TokenKind.AssignOp, 2); return; }
                Punct(TokenKind.Slash, 1); return;
            case '%':
                if (n == '=') { Value = "%="; Punct(TokenKind.AssignOp, 2); return; }
                Punct(TokenKind.Percent, 1); return;
            case '^':
                if (n == '=') { Value = "^="; Punct(TokenKind.AssignOp, 2); return; }
                Punct(TokenKind.Caret, 1); return;
            case '&': case '|':
                if (n == c)
                {
                    if (Peek(2) == '=') { Value = c == '&' ? "&&=" : "||="; Punct(TokenKind.AssignOp, 3); }
                    else Punct(c == '&' ? TokenKind.AmpAmp : TokenKind.PipePipe, 2);
                    return;
                }
                if (n == '=') { Value = c == '&' ? "&=" : "|="; Punct(TokenKind.AssignOp, 2); return; }
                Punct(c == '&' ? TokenKind.Amp : TokenKind.Pipe, 1); return;
            case '<':
                if (n == '<') { if (Peek(2) == '=') { Value = "<<="; Punct(TokenKind.AssignOp, 3); } else Punct(TokenKind.LtLt, 2); return; }
                if (n == '=') { Punct(TokenKind.LtEq, 2); return; }
                Punct(TokenKind.Lt, 1); return;
            case '>':
                if (n == '>')
                {
                    if (Peek(2) == '>') { if (Peek(3) == '=') { Value = ">>>="; Punct(TokenKind.AssignOp, 4); } else Punct(TokenKind.GtGtGt, 3); }
                    else if (Peek(2) == '=') { Value = ">>="; Punct(TokenKind.AssignOp, 3); }
                    else Punct(TokenKind.GtGt, 2);
                    return;
                }
                if (n == '=') { Punct(TokenKind.GtEq, 2); return; }
                Punct(TokenKind.Gt, 1); return;
            case '"': case '\'':
                ReadString(c); return;
            case '#':
                ReadPrivateName(); return;
            default:
                if (c >= '0' && c <= '9') { ReadNumber(startsWithDot: false); return; }
                break;
        }
        throw Error(_pos, $"Unexpected character '{char.ConvertFromUtf32(CodePointAt(_pos))}'");
    }

    int CodePointAt(int pos)
    {
        char c = _src[pos];
        if (char.IsHighSurrogate(c) && pos + 1 < _src.Length && char.IsLowSurrogate(_src[pos + 1]))
            return char.ConvertToUtf32(c, _src[pos + 1]);
        return c;
    }

    /// <summary>Rescans a `/` or `/=` token as a regular expression literal.</summary>
    public void RescanRegExp()
    {
        var src = _src;
        int start = Start;
        _pos = start + 1;
        bool inClass = false, escaped = false;
        for (; ; _pos++)
        {
            if (_pos >= src.Length || IsNewline(src[_pos])) throw Error(start, "Unterminated regular expression");
            char c = src[_pos];
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '[') inClass = true;
            else if (c == ']' && inClass) inClass = false;
            else if (c == '/' && !inClass) break;
        }
        string body = src.Substring(start + 1, _pos - start - 1);
        _pos++;
        int flagsStart = _pos;
        while (_pos < src.Length && IsIdentifierPartAt(_pos, out int len))
        {
            if (src[_pos] == '\\') throw Error(_pos, "Invalid regular expression flag");
            _pos += len;
        }
        RegexFlags = src.Substring(flagsStart, _pos - flagsStart);
        string? error = RegExpValidator.Validate(body, RegexFlags);
        if (error != null) throw Error(start, error);
        Kind = TokenKind.RegExp;
        Value = body;
        End = _pos;
    }

    void ReadPrivateName()
    {
        int start = _pos;
        _pos++;
        if (_pos >= _src.Length || !(IsAsciiIdentifierStart(_src[_pos]) || _src[_pos] == '\\' || _src[_pos] > 0x7f && IsIdentifierStartAt(_pos)))
            throw Error(start, "Unexpected character '#'");
        Value = ReadIdentifierName(out bool escaped);
        ContainsEscape = escaped;
        Kind = TokenKind.PrivateName;
    }
}
