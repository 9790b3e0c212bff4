using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Jsc.Compiler.Syntax;

/// <summary>
/// Early-error validation of regular expression literals against the ES2022 pattern grammar
/// (strict grammar with the <c>u</c> flag, Annex B web-compatibility grammar without it).
/// Error messages use acorn's wording.
/// </summary>
public static partial class RegExpValidator
{
    /// Returns null when /pattern/flags is a valid ES2022 regular expression literal, else an error message.
    public static string? Validate(string pattern, string flags)
    {
        pattern ??= "";
        flags ??= "";
        bool unicode = false;
        for (int i = 0; i < flags.Length; i++)
        {
            char f = flags[i];
            if (f is not ('d' or 'g' or 'i' or 'm' or 's' or 'u' or 'y'))
                return "Invalid regular expression flag";
            if (flags.IndexOf(f, i + 1) >= 0)
                return "Duplicate regular expression flag";
            if (f == 'u')
                unicode = true;
        }
        string? reason = new PatternValidator(pattern, unicode).Run();
        return reason is null ? null : "Invalid regular expression: /" + pattern + "/" + flags + ": " + reason;
    }

    /// <summary>
    /// One recursive-descent pass over a pattern. The first error wins: <see cref="Fail"/> records
    /// it and empties the visible input, so every production stops matching and the descent
    /// unwinds without exceptions or error checks after each call.
    /// </summary>
    sealed partial class PatternValidator
    {
        const int MaxGroupDepth = 1000;

        readonly string _src;
        readonly bool _u;
        // [+N] of the grammar: \k is a named back reference rather than an identity escape.
        bool _n;
        int _end;
        int _pos;
        string? _error;
        int _depth;
        int _groupCount;
        int _maxBackReference;
        bool _sawK;
        HashSet<string>? _groupNames;
        List<string>? _backReferenceNames;
        StringBuilder? _nameBuilder;

        public PatternValidator(string source, bool unicode)
        {
            _src = source;
            _u = unicode;
            _n = unicode;
        }

        public string? Run()
        {
            Pattern();
            // https://tc39.es/ecma262/2022/#sec-parsepattern: a ~U pattern containing a GroupName is
            // reparsed with +N. Only \k parses differently, so skip the reparse when there is none.
            if (_error is null && !_n && _sawK && _groupNames is { Count: > 0 })
            {
                _n = true;
                Pattern();
            }
            return _error;
        }

        bool Fail(string reason)
        {
            _error ??= reason;
            _end = 0;
            return false;
        }

        int Cur => _pos < _end ? _src[_pos] : -1;

        int At(int i) => i < _end ? _src[i] : -1;

        bool Eat(char c)
        {
            if (_pos < _end && _src[_pos] == c)
            {
                _pos++;
                return true;
            }
            return false;
        }

        /// Code point at <paramref name="i"/>: a surrogate pair counts as one in u-mode (or when
        /// <paramref name="forceU"/>), otherwise each UTF-16 code unit is a character.
        int CodePointAt(int i, bool forceU, out int width)
        {
            if (i >= _end)
            {
                width = 0;
                return -1;
            }
            char c = _src[i];
            if ((_u || forceU) && char.IsHighSurrogate(c) && i + 1 < _end && char.IsLowSurrogate(_src[i + 1]))
            {
                width = 2;
                return char.ConvertToUtf32(c, _src[i + 1]);
            }
            width = 1;
            return c;
        }

        // https://tc39.es/ecma262/#prod-SyntaxCharacter: ^ $ \ . * + ? ( ) [ ] { } |
        static bool IsSyntaxCharacter(int c) => c switch
        {
            '^' or '$' or '\\' or '.' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' => true,
            _ => false,
        };

        static bool IsDecimalDigit(int c) => (uint)(c - '0') <= 9;

        // https://tc39.es/ecma262/#prod-Pattern
        void Pattern()
        {
            _end = _src.Length;
            _pos = 0;
            _depth = 0;
            _groupCount = 0;
            _maxBackReference = 0;
            _groupNames?.Clear();
            _backReferenceNames?.Clear();

            Disjunction();
            if (_error is not null)
                return;
            if (_pos < _end)
            {
                // Disjunction stops only before ')' or a lone bracket; name them as V8 does.
                char c = _src[_pos];
                Fail(c == ')' ? "Unmatched ')'" : c is ']' or '}' ? "Lone quantifier brackets" : "Unexpected character");
                return;
            }
            if (_maxBackReference > _groupCount)
            {
                Fail("Invalid escape");
                return;
            }
            if (_backReferenceNames is not null)
            {
                foreach (string name in _backReferenceNames)
                {
                    if (_groupNames is null || !_groupNames.Contains(name))
                    {
                        Fail("Invalid named capture referenced");
                        return;
                    }
                }
            }
        }

        // https://tc39.es/ecma262/#prod-Disjunction
        void Disjunction()
        {
            Alternative();
            while (Eat('|'))
                Alternative();
            // An Alternative stops at a quantifier only when there is nothing it could repeat.
            if (Quantifier(noError: true))
                Fail("Nothing to repeat");
            else if (Eat('{'))
                Fail("Lone quantifier brackets");
        }

        // https://tc39.es/ecma262/#prod-Alternative
        void Alternative()
        {
            while (_pos < _end && Term())
            {
            }
        }

        // https://tc39.es/ecma262/#prod-annexB-Term
        bool Term()
        {
            if (Assertion(out bool quantifiable))
            {
                // Annex B QuantifiableAssertion: lookaheads take a quantifier, but only without u.
                if (quantifiable && Quantifier(noError: false) && _u)
                    Fail("Invalid quantifier");
                return true;
            }
            if (_u ? Atom() : ExtendedAtom())
            {
                Quantifier(noError: false);
                return true;
            }
            return false;
        }

        // https://tc39.es/ecma262/#prod-Assertion
        bool Assertion(out bool quantifiable)
        {
            quantifiable = false;
            int c = Cur;
            if (c == '^' || c == '$')
            {
                _pos++;
                return true;
            }
            if (c == '\\')
            {
                if (At(_pos + 1) is 'b' or 'B')
                {
                    _pos += 2;
                    return true;
                }
                return false;
            }
            if (c == '(' && At(_pos + 1) == '?')
            {
                int k = _pos + 2;
                bool lookbehind = At(k) == '<';
                if (lookbehind)
                    k++;
                if (At(k) is '=' or '!')
                {
                    _pos = k + 1;
                    GroupBody();
                    quantifiable = !lookbehind;
                    return true;
                }
            }
            return false;
        }

        // https://tc39.es/ecma262/#prod-Quantifier
        bool Quantifier(bool noError)
        {
            int c = Cur;
            if (c is '*' or '+' or '?')
                _pos++;
            else if (c != '{' || !BracedQuantifier(noError))
                return false;
            Eat('?');
            return true;
        }

        // https://tc39.es/ecma262/#prod-QuantifierPrefix ({ DecimalDigits [, [DecimalDigits]] })
        bool BracedQuantifier(bool noError)
        {
            int start = _pos;
            _pos++;
            int minStart = _pos;
            SkipDecimalDigits();
            if (_pos > minStart)
            {
                int minEnd = _pos;
                int maxStart = -1;
                if (Eat(','))
                {
                    maxStart = _pos;
                    SkipDecimalDigits();
                    if (_pos == maxStart)
                        maxStart = -1;
                }
                int maxEnd = _pos;
                if (Eat('}'))
                {
                    if (maxStart >= 0 && !noError && CompareDecimal(minStart, minEnd, maxStart, maxEnd) > 0)
                        Fail("numbers out of order in {} quantifier");
                    return true;
                }
            }
            if (_u && !noError)
                return Fail("Incomplete quantifier");
            // Annex B: an invalid braced quantifier is plain text.
            _pos = start;
            return false;
        }

        void SkipDecimalDigits()
        {
            while (_pos < _end && IsDecimalDigit(_src[_pos]))
                _pos++;
        }

        /// Compares two digit runs of the pattern as exact integers, whatever their length.
        int CompareDecimal(int aStart, int aEnd, int bStart, int bEnd)
        {
            while (aStart < aEnd - 1 && _src[aStart] == '0')
                aStart++;
            while (bStart < bEnd - 1 && _src[bStart] == '0')
                bStart++;
            int byLength = (aEnd - aStart).CompareTo(bEnd - bStart);
            if (byLength != 0)
                return byLength;
            return _src.AsSpan(aStart, aEnd - aStart).SequenceCompareTo(_src.AsSpan(bStart, bEnd - bStart));
        }

        // https://tc39.es/ecma262/#prod-Atom
        bool Atom()
        {
            int c = Cur;
            switch (c)
            {
                case -1:
                    return false;
                case '.':
                    _pos++;
                    return true;
                case '\\':
                    _pos++;
                    return AtomEscape();
                case '[':
                    return CharacterClass();
                case '(':
                    return Group();
                default:
                    if (IsSyntaxCharacter(c))
                        return false;
                    // A run of PatternCharacters: a quantifier after it is valid either way.
                    do
                        _pos++;
                    while (_pos < _end && !IsSyntaxCharacter(_src[_pos]));
                    return true;
            }
        }

        // https://tc39.es/ecma262/#prod-annexB-ExtendedAtom
        bool ExtendedAtom()
        {
            int c = Cur;
            switch (c)
            {
                case -1:
                case '$' or '^' or '|' or ')' or '*' or '+' or '?':
                    return false;
                case '.':
                    _pos++;
                    return true;
                case '\\':
                    _pos++;
                    // ExtendedAtom :: \ [lookahead = c]: a \c without a control letter is a backslash.
                    return AtomEscape() || _error is null;
                case '[':
                    return CharacterClass();
                case '(':
                    return Group();
                case '{':
                    // InvalidBracedQuantifier, else ExtendedPatternCharacter.
                    if (BracedQuantifier(noError: true))
                        return Fail("Nothing to repeat");
                    _pos++;
                    return true;
                default:
                    // ExtendedPatternCharacter, which includes a lone ']' or '}'.
                    do
                        _pos++;
                    while (_pos < _end && !IsSyntaxCharacter(_src[_pos]));
                    return true;
            }
        }

        // https://tc39.es/ecma262/#prod-Atom: ( GroupSpecifier Disjunction ) and (?: Disjunction )
        bool Group()
        {
            if (At(_pos + 1) == '?' && At(_pos + 2) == ':')
            {
                _pos += 3;
                GroupBody();
                return true;
            }
            _pos++;
            GroupSpecifier();
            if (GroupBody())
                _groupCount++;
            return true;
        }

        /// The Disjunction and closing parenthesis of any group, with the nesting limit that keeps
        /// the recursion off the end of the stack.
        bool GroupBody()
        {
            if (++_depth > MaxGroupDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                return Fail("Too many nested groups");
            Disjunction();
            _depth--;
            return Eat(')') || Fail("Unterminated group");
        }

        // https://tc39.es/ecma262/#prod-GroupSpecifier
        void GroupSpecifier()
        {
            if (!Eat('?'))
                return;
            if (!GroupName(out string? name))
            {
                Fail("Invalid group");
                return;
            }
            _groupNames ??= new HashSet<string>(StringComparer.Ordinal);
            if (!_groupNames.Add(name))
                Fail("Duplicate capture group name");
        }

        // https://tc39.es/ecma262/#prod-GroupName
        bool GroupName([NotNullWhen(true)] out string? name)
        {
            name = null;
            if (!Eat('<'))
                return false;
            if (RegExpIdentifierName(out name) && Eat('>'))
                return true;
            name = null;
            return Fail("Invalid capture group name");
        }

        // https://tc39.es/ecma262/#prod-RegExpIdentifierName
        bool RegExpIdentifierName(out string name)
        {
            int start = _pos;
            // Only names spelled with escapes need decoding; others are a slice of the pattern.
            StringBuilder? decoded = null;
            bool first = true;
            while (true)
            {
                int before = _pos;
                int cp = RegExpIdentifierCharacter(first);
                if (cp < 0)
                    break;
                if (decoded is null && _src[before] == '\\')
                {
                    decoded = _nameBuilder ??= new StringBuilder();
                    decoded.Clear().Append(_src, start, before - start);
                }
                if (decoded is not null)
                {
                    if (cp >= 0x10000)
                        decoded.Append(char.ConvertFromUtf32(cp));
                    else
                        decoded.Append((char)cp);
                }
                first = false;
            }
            name = first ? "" : decoded?.ToString() ?? _src.Substring(start, _pos - start);
            return !first;
        }

        // https://tc39.es/ecma262/#prod-RegExpIdentifierStart and #prod-RegExpIdentifierPart
        /// Returns the code point of the name character consumed, or -1 (consuming nothing).
        /// Since ES2020 names read surrogate pairs and \u{…} escapes as in u-mode, whatever the flags.
        int RegExpIdentifierCharacter(bool start)
        {
            int before = _pos;
            int cp = CodePointAt(_pos, forceU: true, out int width);
            if (cp < 0)
                return -1;
            _pos += width;
            if (cp == '\\' && Cur == 'u')
            {
                if (!RegExpUnicodeEscapeSequence(forceU: true, out cp))
                    return -1;
            }
            if (start ? UnicodePropertyNames.IsIdentifierStart(cp) : UnicodePropertyNames.IsIdentifierPart(cp))
                return cp;
            _pos = before;
            return -1;
        }
    }
}
