using System.Globalization;
using System.Text;

namespace Jsc.Runtime.Builtins;

// Escapes, group names and the first scan that counts groups. Each escape method starts on
// the character after the backslash.
internal sealed partial class RegExpTranslator
{
    static readonly CodePointSet Digits = CodePointSet.Of(('0', '9'));
    static readonly CodePointSet WordChars = CodePointSet.Of(('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z'));
    // https://tc39.es/ecma262/#sec-wordcharacters: with u and i, the two non-ASCII characters that fold into \w.
    static readonly CodePointSet UnicodeIgnoreCaseWordChars = CodePointSet.Of(('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z'), (0x17F, 0x17F), (0x212A, 0x212A));
    // WhiteSpace and LineTerminator: https://tc39.es/ecma262/#sec-compiletocharset (CharacterClassEscape :: s)
    static readonly CodePointSet Spaces = CodePointSet.Of((9, 13), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
        (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF));

    int MaxChar => _u ? 0x10FFFF : 0xFFFF;

    CodePointSet WordClass() => _u && _i ? UnicodeIgnoreCaseWordChars : WordChars;

    /// <summary>
    /// Counts capture groups and reads their names before translating, since \N and \k&lt;name&gt;
    /// may refer forward and Annex B reads \N as octal when there are fewer than N groups.
    /// </summary>
    void ScanGroups()
    {
        var names = new List<string?> { null };
        int classDepth = 0;
        for (int i = 0; i < _src.Length; i++)
        {
            char c = _src[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') { if (classDepth == 0 || _v) classDepth++; continue; }
            if (c == ']') { if (classDepth > 0) classDepth--; continue; }
            if (classDepth > 0 || c != '(') continue;
            if (i + 1 < _src.Length && _src[i + 1] == '?')
            {
                if (i + 2 < _src.Length && _src[i + 2] == '<' && i + 3 < _src.Length && _src[i + 3] is not ('=' or '!'))
                {
                    int save = _pos;
                    _pos = i + 3;
                    string? name = TryReadGroupNameBody();
                    _pos = save;
                    names.Add(name);
                    _hasNamedGroups = true;
                }
                continue;
            }
            names.Add(null);
        }
        _groupCount = names.Count - 1;
        _names = names.ToArray();
    }

    /// <summary>Reads "name>" of (?&lt;name&gt;, checking it is new; the '&lt;' is consumed.</summary>
    void ReadGroupName()
    {
        string name = TryReadGroupNameBody() ?? throw Error("Invalid capture group name");
        for (int g = 1; g < _nextGroup; g++)
            if (_names[g] == name) throw Error("Duplicate capture group name");
    }

    // https://tc39.es/ecma262/#prod-RegExpIdentifierName followed by '>'; null when malformed.
    string? TryReadGroupNameBody()
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _src.Length) return null;
            int cp;
            if (_src[_pos] == '\\')
            {
                _pos++;
                if (!Eat('u') || !TryUnicodeEscapeBody(forceU: true, out cp)) return null;
            }
            else if (_src[_pos] == '>')
            {
                _pos++;
                return sb.Length == 0 ? null : sb.ToString();
            }
            else if (char.IsHighSurrogate(_src[_pos]) && _pos + 1 < _src.Length && char.IsLowSurrogate(_src[_pos + 1]))
            {
                cp = char.ConvertToUtf32(_src[_pos], _src[_pos + 1]);
                _pos += 2;
            }
            else cp = _src[_pos++];
            if (sb.Length == 0 ? !IsIdentifierStart(cp) : !IsIdentifierPart(cp)) return null;
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }

    static bool IsIdentifierStart(int cp) => cp < 0x80
        ? cp is '$' or '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')
        : CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    static bool IsIdentifierPart(int cp) => IsIdentifierStart(cp) || cp is 0x200C or 0x200D || (cp < 0x80
        ? cp is >= '0' and <= '9'
        : CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation);

    // https://tc39.es/ecma262/#prod-annexB-AtomEscape; returns whether it was a back reference.
    bool AtomEscape()
    {
        int c = Cur;
        if (c < 0) throw Error("\\ at end of pattern");
        if (c is >= '1' and <= '9')
        {
            int save = _pos;
            ReadDecimal(out long n);
            if (n <= _groupCount)
            {
                EmitBackReference((int)n);
                return true;
            }
            if (_u) throw Error("Invalid escape");
            _pos = save;
            // Annex B: \8 and \9 are the digits; other numbers past the group count are octal.
            if (c >= '8') { _pos++; EmitChar(c); return false; }
            EmitChar(LegacyOctal());
            return false;
        }
        if (c == 'k' && (_u || _hasNamedGroups))
        {
            _pos++;
            if (!Eat('<')) throw Error("Invalid named reference");
            string name = TryReadGroupNameBody() ?? throw Error("Invalid named reference");
            int group = Array.IndexOf(_names, name);
            if (group < 1) throw Error("Invalid named capture referenced");
            EmitBackReference(group);
            return true;
        }
        if (TryCharacterClassEscape(out var set, inClass: false))
        {
            _out.Append(ClassToPattern(_i ? RegExpCaseFolding.Close(set!, _u) : set!));
            return false;
        }
        if (c == 'c' && !(Peek(1) is >= 'a' and <= 'z' or >= 'A' and <= 'Z'))
        {
            if (_u) throw Error("Invalid Unicode escape");
            // Annex B: "\c" without a control letter is a backslash; the 'c' is read next.
            EmitChar('\\');
            return false;
        }
        if (c == '0' && Peek(1) is >= '0' and <= '9')
        {
            if (_u) throw Error("Invalid decimal escape");
            EmitChar(LegacyOctal());
            return false;
        }
        EmitChar(CharacterEscape(inClass: false));
        return false;
    }

    // https://tc39.es/ecma262/#prod-annexB-LegacyOctalEscapeSequence (at most \377)
    int LegacyOctal()
    {
        int first = _src[_pos++] - '0';
        int value = first;
        if (Cur is >= '0' and <= '7')
        {
            value = value * 8 + (_src[_pos++] - '0');
            if (first <= 3 && Cur is >= '0' and <= '7') value = value * 8 + (_src[_pos++] - '0');
        }
        return value;
    }

    // https://tc39.es/ecma262/#prod-CharacterClassEscape: \d \D \s \S \w \W, and \p{…} \P{…} with u.
    bool TryCharacterClassEscape(out CodePointSet? set, bool inClass)
    {
        set = null;
        int c = Cur;
        switch (c)
        {
            case 'd': set = Digits; break;
            case 's': set = Spaces; break;
            case 'w': set = WordClass(); break;
            case 'D': set = Complement(Digits); break;
            case 'S': set = Complement(Spaces); break;
            case 'W': set = Complement(WordClass()); break;
            case 'p' or 'P' when _u:
                _pos++;
                set = PropertyEscape(inClass);
                if (c == 'P') set = Complement(set);
                return true;
            default: return false;
        }
        _pos++;
        return true;
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-charactercomplement — with v and i the complement is of the
    /// case-folded set, so \P{Ll} excludes every cased letter; otherwise of the set itself
    /// (case closure comes after, when the escape is used).
    /// </summary>
    CodePointSet Complement(CodePointSet set) => (_v && _i ? RegExpCaseFolding.Close(set, true) : set).Complement(MaxChar);

    // https://tc39.es/ecma262/#prod-UnicodePropertyValueExpression, starting at the '{'
    CodePointSet PropertyEscape(bool inClass)
    {
        string reason = inClass ? "Invalid property name in character class" : "Invalid property name";
        if (!Eat('{')) throw Error(reason);
        int close = _src.IndexOf('}', _pos);
        if (close < 0) throw Error(reason);
        string body = _src.Substring(_pos, close - _pos);
        _pos = close + 1;
        int eq = body.IndexOf('=');
        var set = eq < 0
            ? RegExpUnicodeProperties.Lookup(null, body)
            : RegExpUnicodeProperties.Lookup(body[..eq], body[(eq + 1)..]);
        return set ?? throw Error(reason);
    }

    // https://tc39.es/ecma262/#prod-annexB-CharacterEscape, also used inside classes.
    int CharacterEscape(bool inClass)
    {
        int c = _src[_pos++];
        switch (c)
        {
            case 't': return '\t';
            case 'n': return '\n';
            case 'v': return '\v';
            case 'f': return '\f';
            case 'r': return '\r';
            case 'c':
                return _src[_pos++] % 32;
            case '0':
                return 0;
            case 'x':
                int hi = HexValue(Cur), lo = HexValue(Peek(1));
                if (hi >= 0 && lo >= 0)
                {
                    _pos += 2;
                    return hi * 16 + lo;
                }
                if (_u) throw Error("Invalid escape");
                return 'x';
            case 'u':
                int save = _pos;
                if (TryUnicodeEscapeBody(forceU: false, out int value)) return value;
                if (_u) throw Error("Invalid Unicode escape");
                _pos = save;
                return 'u';
        }
        _pos--;
        int cp = ReadSourceCodePoint();
        if (_u && !(cp is '^' or '$' or '\\' or '.' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '/'
                    || inClass && cp == '-'))
            throw Error(inClass ? "Invalid class escape" : "Invalid escape");
        if (!_u && c == 'k' && _hasNamedGroups) throw Error("Invalid escape");
        return cp;
    }

    /// <summary>After "\u": XXXX (a pair of them forming one code point with u) or {X…} with u.</summary>
    bool TryUnicodeEscapeBody(bool forceU, out int value)
    {
        bool unicode = _u || forceU;
        if (TryFixedHex(out value))
        {
            if (unicode && value is >= 0xD800 and <= 0xDBFF && Cur == '\\' && Peek(1) == 'u')
            {
                int save = _pos;
                _pos += 2;
                if (TryFixedHex(out int trail) && trail is >= 0xDC00 and <= 0xDFFF)
                    value = char.ConvertToUtf32((char)value, (char)trail);
                else _pos = save;
            }
            return true;
        }
        if (unicode && Cur == '{')
        {
            int save = _pos++;
            long v = 0;
            int digits = 0;
            while (HexValue(Cur) is var h && h >= 0)
            {
                v = Math.Min(v * 16 + h, 0x110000);
                _pos++;
                digits++;
            }
            if (digits > 0 && Eat('}') && v <= 0x10FFFF)
            {
                value = (int)v;
                return true;
            }
            _pos = save;
        }
        return false;
    }

    bool TryFixedHex(out int value)
    {
        value = 0;
        for (int i = 0; i < 4; i++)
        {
            int h = HexValue(Peek(i));
            if (h < 0) return false;
            value = value * 16 + h;
        }
        _pos += 4;
        return true;
    }

    static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
