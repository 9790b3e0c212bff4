namespace Jsc.Runtime.Builtins;

// Character classes, read into a CodePointSet: https://tc39.es/ecma262/#prod-CharacterClass
// (and, with v, https://tc39.es/ecma262/#prod-ClassSetExpression).
internal sealed partial class RegExpTranslator
{
    /// <summary>A class starting at '[', with case closure and negation applied.</summary>
    CodePointSet CharacterClass()
    {
        _pos++;
        bool negate = Eat('^');
        var set = _v ? ClassSetExpression() : ClassRanges();
        if (!Eat(']')) throw Error("Unterminated character class");
        if (_i) set = RegExpCaseFolding.Close(set, _u);
        return negate ? set.Complement(MaxChar) : set;
    }

    // https://tc39.es/ecma262/#prod-ClassRanges (Annex B allows \d-z without u)
    CodePointSet ClassRanges()
    {
        var set = new CodePointSet();
        while (true)
        {
            if (_pos >= _src.Length) throw Error("Unterminated character class");
            if (Cur == ']') return set;
            var (from, fromSet) = ClassAtom();
            if (Cur == '-' && Peek(1) is not (']' or -1))
            {
                _pos++;
                var (to, toSet) = ClassAtom();
                if (fromSet != null || toSet != null)
                {
                    if (_u) throw Error("Invalid character class");
                    AddAtom(set, from, fromSet);
                    set.Add('-');
                    AddAtom(set, to, toSet);
                }
                else if (from > to) throw Error("Range out of order in character class");
                else set.Add(from, to);
            }
            else AddAtom(set, from, fromSet);
        }
    }

    static void AddAtom(CodePointSet set, int c, CodePointSet? escape)
    {
        if (escape != null) set.AddSet(escape);
        else set.Add(c);
    }

    // https://tc39.es/ecma262/#prod-annexB-ClassAtom: a character, or a class escape's set.
    (int, CodePointSet?) ClassAtom()
    {
        if (Cur != '\\') return (ReadSourceCodePoint(), null);
        _pos++;
        int c = Cur;
        if (c < 0) throw Error("\\ at end of pattern");
        switch (c)
        {
            case 'b':
                _pos++;
                return ('\b', null);
            case '-' when _u:
                _pos++;
                return ('-', null);
            case 'c':
                int next = Peek(1);
                if (next is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || !_u && next is (>= '0' and <= '9') or '_')
                {
                    _pos += 2;
                    return (next % 32, null);
                }
                if (_u) throw Error("Invalid class escape");
                // Annex B: the backslash is itself the character; the 'c' is read next.
                return ('\\', null);
            case >= '0' and <= '9':
                if (_u)
                {
                    if (c == '0' && Peek(1) is not (>= '0' and <= '9'))
                    {
                        _pos++;
                        return (0, null);
                    }
                    throw Error("Invalid class escape");
                }
                if (c >= '8')
                {
                    _pos++;
                    return (c, null);
                }
                return (LegacyOctal(), null);
        }
        if (TryCharacterClassEscape(out var set, inClass: true)) return (-1, set);
        return (CharacterEscape(inClass: true), null);
    }

    // --- v mode: nested classes, union, intersection (&&) and subtraction (--) ---

    // https://tc39.es/ecma262/#prod-ClassSetExpression
    CodePointSet ClassSetExpression()
    {
        if (Cur == ']') return new CodePointSet();
        var first = ClassSetOperand(allowRange: true);
        if (IsOperator("&&") || IsOperator("--"))
        {
            string op = _src.Substring(_pos, 2);
            var acc = first;
            while (IsOperator(op))
            {
                _pos += 2;
                if (Cur == op[0]) throw Error("Invalid character in character class");
                var operand = ClassSetOperand(allowRange: false);
                acc = op == "&&" ? acc.Intersect(operand) : acc.Subtract(operand);
            }
            if (Cur != ']') throw Error("Invalid set operation in character class");
            return acc;
        }
        var union = first;
        while (Cur != ']')
        {
            if (_pos >= _src.Length) throw Error("Unterminated character class");
            if (IsOperator("&&") || IsOperator("--")) throw Error("Invalid set operation in character class");
            union.AddSet(ClassSetOperand(allowRange: true));
        }
        return union;
    }

    bool IsOperator(string op) => _pos + 1 < _src.Length && _src[_pos] == op[0] && _src[_pos + 1] == op[1];

    // https://tc39.es/ecma262/#prod-ClassSetOperand, or a ClassSetRange where ranges are allowed.
    CodePointSet ClassSetOperand(bool allowRange)
    {
        if (_pos >= _src.Length) throw Error("Unterminated character class");
        if (Cur == '[')
        {
            var nested = CharacterClass();
            // The case closure is applied once, to the outermost class.
            return nested;
        }
        if (Cur == '\\')
        {
            if (Peek(1) == 'q' && Peek(2) == '{') return ClassStringDisjunction();
            _pos++;
            if (TryCharacterClassEscape(out var set, inClass: true)) return set!.Clone();
            _pos--;
        }
        int from = ClassSetCharacter();
        if (allowRange && Cur == '-' && Peek(1) != '-')
        {
            _pos++;
            int to = ClassSetCharacter();
            if (from > to) throw Error("Range out of order in character class");
            return CodePointSet.Of((from, to));
        }
        return CodePointSet.Of((from, from));
    }

    // https://tc39.es/ecma262/#prod-ClassSetCharacter
    int ClassSetCharacter()
    {
        if (_pos >= _src.Length) throw Error("Unterminated character class");
        int c = Cur;
        if (c == '\\')
        {
            _pos++;
            if (Cur < 0) throw Error("\\ at end of pattern");
            if (Cur == 'b') { _pos++; return '\b'; }
            if (Cur is '&' or '-' or '!' or '#' or '%' or ',' or ':' or ';' or '<' or '=' or '>' or '@' or '`' or '~')
                return _src[_pos++];
            return CharacterEscape(inClass: true);
        }
        if (c is '(' or ')' or '[' or ']' or '{' or '}' or '/' or '-' or '|')
            throw Error("Invalid character in character class");
        if (_pos + 1 < _src.Length && _src[_pos + 1] == c && "&!#$%*+,.:;<=>?@^`~".Contains((char)c))
            throw Error("Invalid character in character class");
        return ReadSourceCodePoint();
    }

    /// <summary>\q{a|b}: only single characters are supported, as a set.</summary>
    CodePointSet ClassStringDisjunction()
    {
        _pos += 3;
        var set = new CodePointSet();
        while (Cur != '}')
        {
            if (_pos >= _src.Length) throw Error("Unterminated character class");
            if (Eat('|')) continue;
            int c = Cur == '\\' ? ClassSetCharacter() : ReadSourceCodePoint();
            if (Cur is not ('|' or '}')) throw Error("Invalid escape");
            set.Add(c);
        }
        _pos++;
        return set;
    }
}
