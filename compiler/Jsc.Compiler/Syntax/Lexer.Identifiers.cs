using System.Runtime.CompilerServices;
using System.Text;

namespace Jsc.Compiler.Syntax;

public sealed partial class Lexer
{
    // https://tc39.es/ecma262/#sec-names-and-keywords

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsAsciiIdentifierStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '$' || c == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsAsciiIdentifierPart(int c) => IsAsciiIdentifierStart(c) || (uint)(c - '0') <= 9;

    // The Unicode tables are shared with the RegExp validator's group names.
    public static bool IsIdentifierStart(int cp) => cp < 0x80 ? IsAsciiIdentifierStart(cp) : UnicodePropertyNames.IsIdentifierStart(cp);

    public static bool IsIdentifierPart(int cp) => cp < 0x80 ? IsAsciiIdentifierPart(cp) : UnicodePropertyNames.IsIdentifierPart(cp);

    bool IsIdentifierStartChar(char c) => IsIdentifierStartAt(_pos);

    bool IsIdentifierStartAt(int pos) => IsIdentifierStart(CodePointAt(pos));

    /// <summary>Whether an identifier part (or a backslash) starts at pos; len is its UTF-16 length.</summary>
    bool IsIdentifierPartAt(int pos, out int len)
    {
        char c = _src[pos];
        len = 1;
        if (c < 0x80) return IsAsciiIdentifierPart(c) || c == '\\';
        int cp = CodePointAt(pos);
        if (cp > 0xffff) len = 2;
        return IsIdentifierPart(cp);
    }

    void ReadWord()
    {
        int start = _pos;
        string word = ReadIdentifierName(out bool escaped);
        ContainsEscape = escaped;
        Value = word;
        Kind = KeywordKind(word);
    }

    /// <summary>Reads an IdentifierName at the cursor, decoding \u escapes; the common unescaped ASCII case is a plain substring.</summary>
    string ReadIdentifierName(out bool escaped)
    {
        var src = _src;
        int start = _pos;
        escaped = false;
        // Fast path: ASCII identifier chars only.
        while (_pos < src.Length && IsAsciiIdentifierPart(src[_pos])) _pos++;
        if (_pos >= src.Length || src[_pos] < 0x80 && src[_pos] != '\\')
            return Intern(src, start, _pos - start);

        var sb = new StringBuilder();
        sb.Append(src, start, _pos - start);
        bool first = _pos == start;
        while (_pos < src.Length)
        {
            char c = src[_pos];
            if (c == '\\')
            {
                escaped = true;
                int escStart = _pos;
                if (Peek() != 'u') throw Error(_pos, "Expecting Unicode escape sequence \\uXXXX");
                _pos += 2;
                int cp = ReadCodePointEscape(escStart);
                if (!(first ? IsIdentifierStart(cp) : IsIdentifierPart(cp)))
                    throw Error(escStart, "Invalid Unicode escape");
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                int cp = CodePointAt(_pos);
                if (!(first ? IsIdentifierStart(cp) : IsIdentifierPart(cp))) break;
                int len = cp > 0xffff ? 2 : 1;
                sb.Append(src, _pos, len);
                _pos += len;
            }
            first = false;
        }
        return sb.ToString();
    }

    /// <summary>After `\u`: reads XXXX or {X...} and returns the code point.</summary>
    int ReadCodePointEscape(int escStart)
    {
        if (Peek(0) == '{')
        {
            _pos++;
            int close = _src.IndexOf('}', _pos);
            if (close < 0 || close == _pos) throw Error(escStart, "Bad character escape sequence");
            int value = 0;
            for (int i = _pos; i < close; i++)
            {
                int d = HexValue(_src[i]);
                if (d < 0) throw Error(escStart, "Bad character escape sequence");
                value = value * 16 + d;
                if (value > 0x10FFFF) throw Error(escStart, "Code point out of bounds");
            }
            _pos = close + 1;
            return value;
        }
        int v = ReadHex(4);
        if (v < 0) throw Error(escStart, "Bad character escape sequence");
        return v;
    }

    /// <summary>Reads exactly n hex digits, or returns -1 leaving the cursor unspecified.</summary>
    int ReadHex(int n)
    {
        int value = 0;
        for (int i = 0; i < n; i++)
        {
            int d = _pos < _src.Length ? HexValue(_src[_pos]) : -1;
            if (d < 0) return -1;
            value = value * 16 + d;
            _pos++;
        }
        return value;
    }

    static int HexValue(int c) =>
        c >= '0' && c <= '9' ? c - '0' :
        c >= 'a' && c <= 'f' ? c - 'a' + 10 :
        c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    // Identifier strings repeat heavily in real code; sharing one instance per name saves
    // allocation and makes later symbol tables cheaper.
    readonly Dictionary<int, string[]> _names = new();

    string Intern(string src, int start, int length)
    {
        int hash = string.GetHashCode(src.AsSpan(start, length));
        if (_names.TryGetValue(hash, out var bucket))
        {
            foreach (var s in bucket)
                if (src.AsSpan(start, length).SequenceEqual(s)) return s;
            var str = src.Substring(start, length);
            var grown = new string[bucket.Length + 1];
            bucket.CopyTo(grown, 0);
            grown[^1] = str;
            _names[hash] = grown;
            return str;
        }
        var name = src.Substring(start, length);
        _names[hash] = new[] { name };
        return name;
    }

    internal static TokenKind KeywordKind(string word)
    {
        if (word.Length < 2 || word.Length > 10 || word[0] < 'b' || word[0] > 'w') return TokenKind.Name;
        return word switch
        {
            "break" => TokenKind.Break, "case" => TokenKind.Case, "catch" => TokenKind.Catch,
            "class" => TokenKind.Class, "const" => TokenKind.Const, "continue" => TokenKind.Continue,
            "debugger" => TokenKind.Debugger, "default" => TokenKind.Default, "delete" => TokenKind.Delete,
            "do" => TokenKind.Do, "else" => TokenKind.Else, "export" => TokenKind.Export,
            "extends" => TokenKind.Extends, "finally" => TokenKind.Finally, "for" => TokenKind.For,
            "function" => TokenKind.Function, "if" => TokenKind.If, "import" => TokenKind.Import,
            "in" => TokenKind.In, "instanceof" => TokenKind.Instanceof, "new" => TokenKind.New,
            "return" => TokenKind.Return, "super" => TokenKind.Super, "switch" => TokenKind.Switch,
            "this" => TokenKind.This, "throw" => TokenKind.Throw, "try" => TokenKind.Try,
            "typeof" => TokenKind.Typeof, "var" => TokenKind.Var, "void" => TokenKind.Void,
            "while" => TokenKind.While, "with" => TokenKind.With, "null" => TokenKind.Null,
            "true" => TokenKind.True, "false" => TokenKind.False,
            _ => TokenKind.Name,
        };
    }

    /// <summary>The source spelling of a keyword token kind, for messages and liberal identifier use.</summary>
    public static string KeywordText(TokenKind kind) => kind.ToString().ToLowerInvariant();

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.Break;
}
