namespace Jsc.Compiler.Syntax;

public static partial class RegExpValidator
{
    // Escapes and character classes. Each method starts on the character after the backslash
    // (or on the '['); a false return without an error has consumed nothing.
    sealed partial class PatternValidator
    {
        // https://tc39.es/ecma262/#prod-annexB-AtomEscape
        bool AtomEscape()
        {
            int c = Cur;
            if (c < 0)
                return Fail("\\ at end of pattern");
            if (c is >= '1' and <= '9')
                return DecimalEscape();
            if (c == 'k')
            {
                if (_n)
                    return KGroupName();
                _sawK = true;
            }
            if (CharacterClassEscape() || CharacterEscape(out _))
                return true;
            if (_error is not null || !_u)
                return false;
            return Fail(c == 'c' ? "Invalid unicode escape" : "Invalid escape");
        }

        // https://tc39.es/ecma262/#prod-DecimalEscape
        bool DecimalEscape()
        {
            if (!_u)
            {
                // Annex B reads \N as a back reference, a legacy octal escape or an identity
                // escape depending on the group count; all of them are valid, and any digits
                // left over are plain characters.
                _pos++;
                return true;
            }
            int n = 0;
            while (IsDecimalDigit(Cur))
            {
                if (n < 100_000_000)
                    n = n * 10 + (_src[_pos] - '0');
                _pos++;
            }
            // Checked against the total group count once the whole pattern is read.
            if (n > _maxBackReference)
                _maxBackReference = n;
            return true;
        }

        // https://tc39.es/ecma262/#prod-AtomEscape ([+N] k GroupName)
        bool KGroupName()
        {
            _pos++;
            if (GroupName(out string? name))
            {
                (_backReferenceNames ??= []).Add(name);
                return true;
            }
            return Fail("Invalid named reference");
        }

        // https://tc39.es/ecma262/#prod-CharacterClassEscape
        bool CharacterClassEscape()
        {
            int c = Cur;
            if (c is 'd' or 'D' or 's' or 'S' or 'w' or 'W')
            {
                _pos++;
                return true;
            }
            if (_u && c is 'p' or 'P')
            {
                _pos++;
                return UnicodePropertyValueExpression();
            }
            return false;
        }

        // https://tc39.es/ecma262/#prod-UnicodePropertyValueExpression (with its braces)
        bool UnicodePropertyValueExpression()
        {
            if (!Eat('{'))
                return Fail("Invalid property name");
            int nameStart = _pos;
            int i = nameStart;
            while (IsPropertyNameCharacter(At(i)))
                i++;
            if (i > nameStart && At(i) == '=')
            {
                int valueStart = i + 1;
                int j = valueStart;
                while (IsPropertyValueCharacter(At(j)))
                    j++;
                if (j > valueStart)
                {
                    ReadOnlySpan<char> name = _src.AsSpan(nameStart, i - nameStart);
                    _pos = j;
                    if (!UnicodePropertyNames.IsNonBinaryName(name))
                        return Fail("Invalid property name");
                    if (!UnicodePropertyNames.IsValueOf(name, _src.AsSpan(valueStart, j - valueStart)))
                        return Fail("Invalid property value");
                    return Eat('}') || Fail("Invalid property name");
                }
            }
            // LoneUnicodePropertyNameOrValue: a binary property or a General_Category value.
            i = nameStart;
            while (IsPropertyValueCharacter(At(i)))
                i++;
            if (i == nameStart || !UnicodePropertyNames.IsLoneNameOrValue(_src.AsSpan(nameStart, i - nameStart)))
                return Fail("Invalid property name");
            _pos = i;
            return Eat('}') || Fail("Invalid property name");
        }

        // https://tc39.es/ecma262/#prod-UnicodePropertyNameCharacter
        static bool IsPropertyNameCharacter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

        // https://tc39.es/ecma262/#prod-UnicodePropertyValueCharacter
        static bool IsPropertyValueCharacter(int c) => IsPropertyNameCharacter(c) || IsDecimalDigit(c);

        // https://tc39.es/ecma262/#prod-annexB-CharacterEscape
        /// <paramref name="value"/> is the code point denoted, which class ranges compare.
        bool CharacterEscape(out int value)
        {
            int c = Cur;
            switch (c)
            {
                case 't': value = '\t'; _pos++; return true;
                case 'n': value = '\n'; _pos++; return true;
                case 'v': value = '\v'; _pos++; return true;
                case 'f': value = '\f'; _pos++; return true;
                case 'r': value = '\r'; _pos++; return true;
                case 'c':
                    int letter = At(_pos + 1);
                    value = letter % 32;
                    if ((uint)((letter | 0x20) - 'a') <= 'z' - 'a')
                    {
                        _pos += 2;
                        return true;
                    }
                    // \c is never an identity escape.
                    return false;
                case '0':
                    if (!IsDecimalDigit(At(_pos + 1)))
                    {
                        value = 0;
                        _pos++;
                        return true;
                    }
                    if (!_u)
                        return LegacyOctalEscapeSequence(out value);
                    value = 0;
                    return false;
                case >= '1' and <= '7' when !_u:
                    return LegacyOctalEscapeSequence(out value);
                case 'x':
                    int hi = HexValue(At(_pos + 1)), lo = HexValue(At(_pos + 2));
                    if (hi >= 0 && lo >= 0)
                    {
                        value = hi * 16 + lo;
                        _pos += 3;
                        return true;
                    }
                    if (_u)
                    {
                        value = 0;
                        return Fail("Invalid escape");
                    }
                    break;
                case 'u':
                    if (RegExpUnicodeEscapeSequence(forceU: false, out value))
                        return true;
                    if (_error is not null)
                        return false;
                    break;
            }
            return IdentityEscape(out value);
        }

        // https://tc39.es/ecma262/#prod-annexB-IdentityEscape
        bool IdentityEscape(out int value)
        {
            int c = Cur;
            bool ok = _u
                ? IsSyntaxCharacter(c) || c == '/'
                : c >= 0 && c != 'c' && !(c == 'k' && _n);
            value = c;
            if (ok)
                _pos++;
            return ok;
        }

        // https://tc39.es/ecma262/#prod-annexB-LegacyOctalEscapeSequence (at most \377)
        bool LegacyOctalEscapeSequence(out int value)
        {
            int first = Cur - '0';
            _pos++;
            value = first;
            int d = Cur - '0';
            if ((uint)d <= 7)
            {
                _pos++;
                value = value * 8 + d;
                d = Cur - '0';
                if (first <= 3 && (uint)d <= 7)
                {
                    _pos++;
                    value = value * 8 + d;
                }
            }
            return true;
        }

        // https://tc39.es/ecma262/#prod-RegExpUnicodeEscapeSequence (at the 'u')
        bool RegExpUnicodeEscapeSequence(bool forceU, out int value)
        {
            int start = _pos;
            _pos++;
            bool unicode = _u || forceU;
            if (FixedHexDigits(4, out value))
            {
                // In u-mode an escaped surrogate pair \uD83D\uDE00 is one code point.
                if (unicode && value is >= 0xD800 and <= 0xDBFF && At(_pos) == '\\' && At(_pos + 1) == 'u')
                {
                    int afterLead = _pos;
                    _pos += 2;
                    if (FixedHexDigits(4, out int trail) && trail is >= 0xDC00 and <= 0xDFFF)
                    {
                        value = (value - 0xD800) * 0x400 + (trail - 0xDC00) + 0x10000;
                        return true;
                    }
                    _pos = afterLead;
                }
                return true;
            }
            if (unicode)
            {
                if (Eat('{') && HexDigits(out value) && Eat('}') && value <= 0x10FFFF)
                    return true;
                return Fail("Invalid unicode escape");
            }
            _pos = start;
            return false;
        }

        bool FixedHexDigits(int count, out int value)
        {
            value = 0;
            for (int i = 0; i < count; i++)
            {
                int h = HexValue(At(_pos + i));
                if (h < 0)
                    return false;
                value = value * 16 + h;
            }
            _pos += count;
            return true;
        }

        /// One or more hex digits; the value saturates just above 0x10FFFF.
        bool HexDigits(out int value)
        {
            value = 0;
            int start = _pos;
            int h;
            while ((h = HexValue(Cur)) >= 0)
            {
                if (value <= 0x10FFFF)
                    value = value * 16 + h;
                _pos++;
            }
            return _pos > start;
        }

        static int HexValue(int c)
        {
            if ((uint)(c - '0') <= 9)
                return c - '0';
            int lower = c | 0x20;
            return (uint)(lower - 'a') <= 5 ? lower - 'a' + 10 : -1;
        }

        // https://tc39.es/ecma262/#prod-CharacterClass
        bool CharacterClass()
        {
            _pos++;
            Eat('^');
            ClassRanges();
            return Eat(']') || Fail("Unterminated character class");
        }

        // https://tc39.es/ecma262/#prod-ClassRanges (NonemptyClassRanges and NonemptyClassRangesNoDash)
        void ClassRanges()
        {
            while (ClassAtom(out int from))
            {
                // A '-' before ']' is a literal dash, which the loop has then consumed.
                if (!Eat('-') || !ClassAtom(out int to))
                    continue;
                // A class escape has no single value (-1): an error in u-mode, a union without u.
                if (from < 0 || to < 0)
                {
                    if (_u)
                        Fail("Invalid character class");
                }
                else if (from > to)
                {
                    Fail("Range out of order in character class");
                }
            }
        }

        // https://tc39.es/ecma262/#prod-annexB-ClassAtom
        /// <paramref name="value"/> is the code point, or -1 for a class escape like \d.
        bool ClassAtom(out int value)
        {
            value = -1;
            int c = Cur;
            if (c < 0 || c == ']')
                return false;
            if (c != '\\')
            {
                value = CodePointAt(_pos, forceU: false, out int width);
                _pos += width;
                return true;
            }
            _pos++;
            if (Cur < 0)
                return Fail("\\ at end of pattern");
            if (ClassEscape(out value))
                return true;
            if (_error is not null)
                return false;
            int e = Cur;
            if (_u)
                return Fail(e == 'c' || (uint)(e - '0') <= 7 ? "Invalid class escape" : "Invalid escape");
            // ClassAtomNoDash :: \ [lookahead = c]: the backslash is itself the character.
            if (e == 'c')
            {
                value = '\\';
                return true;
            }
            // Only \k in a pattern with named groups gets here (acorn accepts it; V8 and the spec don't).
            return Fail("Invalid escape");
        }

        // https://tc39.es/ecma262/#prod-annexB-ClassEscape
        bool ClassEscape(out int value)
        {
            int c = Cur;
            if (c == 'b')
            {
                value = '\b';
                _pos++;
                return true;
            }
            if (_u)
            {
                if (c == '-')
                {
                    value = '-';
                    _pos++;
                    return true;
                }
            }
            else if (c == 'c')
            {
                // Annex B ClassControlLetter: digits and '_' too, inside classes only.
                int next = At(_pos + 1);
                if (IsDecimalDigit(next) || next == '_')
                {
                    value = next % 32;
                    _pos += 2;
                    return true;
                }
            }
            else if (c == 'k' && !_n)
            {
                _sawK = true;
            }
            value = -1;
            if (CharacterClassEscape())
                return true;
            if (_error is not null)
                return false;
            return CharacterEscape(out value);
        }
    }
}
