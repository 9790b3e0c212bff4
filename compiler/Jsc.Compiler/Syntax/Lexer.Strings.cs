using System.Text;

namespace Jsc.Compiler.Syntax;

public sealed partial class Lexer
{
    // https://tc39.es/ecma262/#sec-literals-string-literals and #sec-template-literal-lexical-components

    void ReadString(char quote)
    {
        var src = _src;
        int start = _pos;
        LegacyOctalAt = -1;
        _pos++;
        int chunk = _pos;
        StringBuilder? sb = null;
        for (; ; )
        {
            if (_pos >= src.Length) throw Error(start, "Unterminated string constant");
            char c = src[_pos];
            if (c == quote) break;
            if (c == '\\')
            {
                sb ??= new StringBuilder();
                sb.Append(src, chunk, _pos - chunk);
                ReadEscape(sb, inTemplate: false);
                chunk = _pos;
            }
            else if (c == '\n' || c == '\r') throw Error(start, "Unterminated string constant");
            else _pos++;
        }
        Value = sb == null ? src.Substring(chunk, _pos - chunk) : sb.Append(src, chunk, _pos - chunk).ToString();
        _pos++;
        Kind = TokenKind.String;
    }

    /// <summary>
    /// Reads one escape sequence after its backslash into sb. Returns false for an escape
    /// that is invalid in a template (the template's cooked value is then undefined); in a
    /// string literal the same escapes throw.
    /// </summary>
    bool ReadEscape(StringBuilder sb, bool inTemplate)
    {
        var src = _src;
        int escStart = _pos;
        _pos++;
        if (_pos >= src.Length) throw Error(escStart, "Unterminated string constant");
        char c = src[_pos++];
        switch (c)
        {
            case 'n': sb.Append('\n'); return true;
            case 'r': sb.Append('\r'); return true;
            case 't': sb.Append('\t'); return true;
            case 'b': sb.Append('\b'); return true;
            case 'v': sb.Append('\v'); return true;
            case 'f': sb.Append('\f'); return true;
            case '\r':
                if (_pos < src.Length && src[_pos] == '\n') _pos++;
                return true;
            case '\n': case '\u2028': case '\u2029':
                return true;
            case 'x':
            {
                int v = ReadHex(2);
                if (v < 0) return InvalidEscape(escStart, inTemplate, "Bad character escape sequence");
                sb.Append((char)v);
                return true;
            }
            case 'u':
            {
                int save = _pos;
                try
                {
                    int cp = ReadCodePointEscape(escStart);
                    if (cp > 0xffff) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
                    return true;
                }
                catch (SyntaxError e) when (inTemplate)
                {
                    _pos = save;
                    return InvalidEscape(escStart, true, e.Description);
                }
            }
            case >= '0' and <= '7':
            {
                int next = _pos < src.Length ? src[_pos] : -1;
                if (c == '0' && !(next >= '0' && next <= '9')) { sb.Append('\0'); return true; }
                if (inTemplate) return InvalidEscape(escStart, true, "Octal literal in template string");
                // Annex B LegacyOctalEscapeSequence: up to three digits, at most \377.
                int value = c - '0';
                if (next >= '0' && next <= '7')
                {
                    value = value * 8 + (next - '0');
                    _pos++;
                    int third = _pos < src.Length ? src[_pos] : -1;
                    if (c <= '3' && third >= '0' && third <= '7') { value = value * 8 + (third - '0'); _pos++; }
                }
                NoteLegacyOctal(escStart, "Octal literal in strict mode");
                sb.Append((char)value);
                return true;
            }
            case '8': case '9':
                if (inTemplate) return InvalidEscape(escStart, true, "Invalid escape sequence in template string");
                NoteLegacyOctal(escStart, "Invalid escape sequence");
                sb.Append(c);
                return true;
            default:
                sb.Append(c);
                if (char.IsHighSurrogate(c) && _pos < src.Length && char.IsLowSurrogate(src[_pos])) sb.Append(src[_pos++]);
                return true;
        }
    }

    void NoteLegacyOctal(int at, string strictMessage)
    {
        if (Strict) throw Error(at, strictMessage);
        if (LegacyOctalAt < 0) LegacyOctalAt = at;
    }

    bool InvalidEscape(int at, bool inTemplate, string message)
    {
        if (!inTemplate) throw Error(at, message);
        if (TemplateInvalidEscapeAt < 0)
        {
            TemplateInvalidEscapeAt = at;
            TemplateInvalidEscapeMessage = message;
        }
        return false;
    }

    /// <summary>Offset where the text of the current template chunk ends (before "`" or "${").</summary>
    public int TemplateChunkEnd;

    /// <summary>
    /// Reads one template chunk starting right after a "`" or a "}" (the current token).
    /// Sets Kind = Template, Value = cooked text (null if an escape is invalid), TemplateRaw,
    /// TemplateTail, Start/TemplateChunkEnd around the text and End past its "`" or "${".
    /// </summary>
    public void ReadTemplateChunk()
    {
        var src = _src;
        _pos = End;
        int start = _pos;
        TemplateInvalidEscapeAt = -1;
        var cooked = new StringBuilder();
        bool valid = true, hasCR = false;
        int chunk = _pos;
        for (; ; )
        {
            if (_pos >= src.Length) throw Error(start - 1, "Unterminated template");
            char c = src[_pos];
            if (c == '`' || c == '$' && _pos + 1 < src.Length && src[_pos + 1] == '{') break;
            if (c == '\\')
            {
                cooked.Append(src, chunk, _pos - chunk);
                if (src[Math.Min(_pos + 1, src.Length - 1)] == '\r') hasCR = true;
                valid &= ReadEscape(cooked, inTemplate: true);
                chunk = _pos;
            }
            else if (c == '\r')
            {
                // TV and TRV both normalise CRLF and CR to LF.
                cooked.Append(src, chunk, _pos - chunk).Append('\n');
                hasCR = true;
                _pos++;
                if (_pos < src.Length && src[_pos] == '\n') _pos++;
                chunk = _pos;
            }
            else _pos++;
        }
        cooked.Append(src, chunk, _pos - chunk);
        string raw = src.Substring(start, _pos - start);
        if (hasCR) raw = raw.Replace("\r\n", "\n").Replace('\r', '\n');
        TemplateRaw = raw;
        Value = valid ? cooked.ToString() : null;
        TemplateChunkEnd = _pos;
        TemplateTail = src[_pos] == '`';
        _pos += TemplateTail ? 1 : 2;
        Kind = TokenKind.Template;
        Start = start;
        End = _pos;
    }
}
