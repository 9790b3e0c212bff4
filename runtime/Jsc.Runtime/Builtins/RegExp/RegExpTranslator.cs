using System.Runtime.CompilerServices;
using System.Text;

namespace Jsc.Runtime.Builtins;

/// <summary>A pattern that does not parse; the message is V8's reason ("Unterminated group").</summary>
internal sealed class RegExpSyntaxException(string reason) : Exception(reason);

/// <summary>
/// Translates an ECMAScript pattern (https://tc39.es/ecma262/#sec-patterns, with the Annex B
/// grammar without u) into a .NET pattern with the same matches, in one recursive-descent
/// pass that writes .NET text as it reads. Nothing is passed through: every character is
/// written as an escape or a class, `.`, `^`, `$`, `\b`, `\d`, `\w`, `\s` become explicit
/// classes and lookarounds with JavaScript's definitions, case-insensitivity widens each
/// character to its JavaScript case class (<see cref="RegExpCaseFolding"/>), and every
/// capture group gets an explicit number (.NET would number named groups last).
///
/// Two rules of https://tc39.es/ecma262/#sec-runtime-semantics-repeatmatcher-abstract-operation
/// need more than a .NET quantifier. Each iteration starts with the captures inside the atom
/// reset: every iteration first pops them with balancing groups, (?(1)(?&lt;-1&gt;)), which
/// leaves each group at most one capture, undone on backtracking like any other step. And
/// an iteration past the minimum may not match the empty string: where an atom could, the
/// iteration checks that it advanced (see <see cref="AppendProgressCheckedQuantifier"/>).
/// </summary>
internal sealed partial class RegExpTranslator
{
    const int MaxDepth = 500;

    readonly string _src;
    readonly bool _u, _v, _i, _m, _s;
    int _pos;
    readonly StringBuilder _out = new();

    /// <summary>Capture groups in the whole pattern and their names (index 1..n), from a first scan.</summary>
    int _groupCount;
    string?[] _names = [];
    bool _hasNamedGroups;
    int _nextGroup = 1;
    int _depth;
    int _lookbehindDepth;
    /// <summary>Alternations and lazy quantifiers read so far: places where a match has a later choice.</summary>
    int _choices;

    /// <summary>Hidden groups (numbered after the pattern's own) used by progress checks.</summary>
    int _hiddenGroups;

    RegExpTranslator(string source, string flags)
    {
        _src = source;
        _v = flags.Contains('v');
        _u = flags.Contains('u') || _v;
        _i = flags.Contains('i');
        _m = flags.Contains('m');
        _s = flags.Contains('s');
    }

    /// <summary>Translates /source/flags (flags already validated); throws <see cref="RegExpSyntaxException"/>.</summary>
    public static RegExpProgram Translate(string source, string flags)
    {
        var t = new RegExpTranslator(source, flags);
        t.ScanGroups();
        if (flags.Contains('y')) t._out.Append(@"\G");
        // With u a match never starts between the halves of a surrogate pair.
        if (t._u) t._out.Append(@"(?<![\uD800-\uDBFF](?=[\uDC00-\uDFFF]))");
        t._out.Append("(?:");
        t.Disjunction();
        if (t._pos < t._src.Length)
            throw new RegExpSyntaxException(t._src[t._pos] == ')' ? "Unmatched ')'" : "Unexpected character");
        t._out.Append(')');
        return new RegExpProgram(t._out.ToString(), t._groupCount, t._names, t._hasNamedGroups);
    }

    int Cur => _pos < _src.Length ? _src[_pos] : -1;
    int Peek(int offset) => _pos + offset < _src.Length ? _src[_pos + offset] : -1;

    bool Eat(char c)
    {
        if (_pos < _src.Length && _src[_pos] == c)
        {
            _pos++;
            return true;
        }
        return false;
    }

    static RegExpSyntaxException Error(string reason) => new(reason);

    /// <summary>Returns the fewest characters it can match.</summary>
    // https://tc39.es/ecma262/#prod-Disjunction
    long Disjunction()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error("Regular expression too large");
        long min = Alternative();
        while (Eat('|'))
        {
            _choices++;
            _out.Append('|');
            min = Math.Min(min, Alternative());
        }
        _depth--;
        return min;
    }

    // https://tc39.es/ecma262/#prod-Alternative
    long Alternative()
    {
        long min = 0;
        while (_pos < _src.Length && _src[_pos] is not ('|' or ')'))
            min = Math.Min(min + Term(), 1L << 40);
        return min;
    }

    enum TermKind { Assertion, Lookahead, Lookbehind, Atom, Group }

    // https://tc39.es/ecma262/#prod-Term (and Annex B's QuantifiableAssertion); returns its minimum length.
    long Term()
    {
        int start = _out.Length;
        int firstGroup = _nextGroup;
        int choicesBefore = _choices;
        var (kind, atomMin) = AssertionOrAtom();
        if (!TryQuantifier(out long min, out long max, out bool lazy)) return atomMin;
        if (lazy) _choices++;
        if (kind == TermKind.Assertion) throw Error("Nothing to repeat");
        if (kind == TermKind.Lookbehind || kind == TermKind.Lookahead && _u) throw Error("Invalid quantifier");
        bool hasCaptures = _nextGroup > firstGroup;
        if (hasCaptures)
        {
            // Pop the atom's captures as each iteration starts; read right to left in a lookbehind.
            var reset = new StringBuilder();
            for (int g = firstGroup; g < _nextGroup; g++) reset.Append("(?(").Append(g).Append(")(?<-").Append(g).Append(">))");
            if (_lookbehindDepth > 0) _out.Append(reset).Insert(start, "(?:").Append(')');
            else _out.Insert(start, "(?:" + reset).Append(')');
        }
        else if (kind != TermKind.Atom && kind != TermKind.Group)
        {
            _out.Insert(start, "(?:");
            _out.Append(')');
        }
        // An iteration that matches nothing is rejected in JavaScript, but ends the loop in
        // .NET: that differs when captures would change or a later choice could advance.
        if (atomMin == 0 && (hasCaptures || _choices > choicesBefore) && _lookbehindDepth == 0 && max != min)
            AppendProgressCheckedQuantifier(start, min, max, lazy);
        else AppendQuantifier(min, max, lazy);
        return Math.Min(atomMin * min, 1L << 40);
    }

    /// <summary>
    /// X{min,max} as X{min}(?:X'){0,max-min}, where X' = (?=(?&lt;P&gt;[\s\S]*))X(?!\k&lt;P&gt;\z) fails when X
    /// matched nothing (the rest of the input is still P); the back reference fails at once on
    /// the length check whenever X did advance.
    /// </summary>
    void AppendProgressCheckedQuantifier(int start, long min, long max, bool lazy)
    {
        string atom = _out.ToString(start, _out.Length - start);
        _out.Length = start;
        int rest = _groupCount + ++_hiddenGroups;
        if (min > 0)
        {
            _out.Append("(?:").Append(atom).Append(')');
            AppendQuantifier(min, min, false);
        }
        _out.Append("(?:(?=(?<").Append(rest).Append(@">[\s\S]*))").Append(atom).Append(@"(?!\k<").Append(rest).Append(@">\z))");
        AppendQuantifier(0, max == -1 ? -1 : max - min, lazy);
    }

    void AppendQuantifier(long min, long max, bool lazy)
    {
        const long Limit = int.MaxValue;
        min = Math.Min(min, Limit);
        if (max > Limit) max = -1;
        if (min == 0 && max == -1) _out.Append('*');
        else if (min == 1 && max == -1) _out.Append('+');
        else if (min == 0 && max == 1) _out.Append('?');
        else if (max == -1) _out.Append('{').Append(min).Append(",}");
        else if (min == max) _out.Append('{').Append(min).Append('}');
        else _out.Append('{').Append(min).Append(',').Append(max).Append('}');
        if (lazy) _out.Append('?');
    }

    // https://tc39.es/ecma262/#prod-Quantifier; max is -1 for no upper bound.
    bool TryQuantifier(out long min, out long max, out bool lazy)
    {
        min = 0;
        max = -1;
        lazy = false;
        switch (Cur)
        {
            case '*': _pos++; break;
            case '+': _pos++; min = 1; break;
            case '?': _pos++; max = 1; break;
            case '{':
                if (!TryBracedQuantifier(out min, out max))
                {
                    if (_u) throw Error("Incomplete quantifier");
                    return false;
                }
                break;
            default: return false;
        }
        lazy = Eat('?');
        return true;
    }

    /// <summary>{n}, {n,} or {n,m}; on failure nothing is consumed (Annex B reads the brace as a character).</summary>
    bool TryBracedQuantifier(out long min, out long max)
    {
        int start = _pos;
        min = 0;
        max = -1;
        _pos++;
        if (!ReadDecimal(out min))
        {
            _pos = start;
            return false;
        }
        if (Eat(','))
        {
            if (ReadDecimal(out long m)) max = m;
        }
        else max = min;
        if (!Eat('}'))
        {
            _pos = start;
            return false;
        }
        if (max != -1 && min > max) throw Error("numbers out of order in {} quantifier");
        return true;
    }

    /// <summary>Decimal digits, saturating far above any useful count.</summary>
    bool ReadDecimal(out long value)
    {
        value = 0;
        int start = _pos;
        while (Cur is >= '0' and <= '9')
        {
            value = Math.Min(value * 10 + (_src[_pos] - '0'), 1L << 40);
            _pos++;
        }
        return _pos > start;
    }

    (TermKind, long) AssertionOrAtom()
    {
        int c = Cur;
        switch (c)
        {
            case '^':
                _pos++;
                _out.Append(_m ? @"(?<![^\n\r\u2028\u2029])" : @"\A");
                return (TermKind.Assertion, 0);
            case '$':
                _pos++;
                _out.Append(_m ? @"(?![^\n\r\u2028\u2029])" : @"\z");
                return (TermKind.Assertion, 0);
            case '\\' when Peek(1) is 'b' or 'B':
                _pos += 2;
                string w = WordClass().ToPattern(_u);
                _out.Append(Peek(-1) == 'b'
                    ? $"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
                    : $"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))");
                return (TermKind.Assertion, 0);
            case '(':
                return Group();
            case '.':
                _pos++;
                _out.Append(DotPattern());
                return (TermKind.Atom, 1);
            case '[':
                _out.Append(ClassToPattern(CharacterClass()));
                return (TermKind.Atom, 1);
            case '\\':
                _pos++;
                // A back reference may match the empty string.
                return (TermKind.Atom, AtomEscape() ? 0 : 1);
            case '*' or '+' or '?':
                throw Error("Nothing to repeat");
            case '{':
                if (TryBracedQuantifier(out _, out _)) throw Error("Nothing to repeat");
                if (_u) throw Error("Lone quantifier brackets");
                _pos++;
                EmitChar('{');
                return (TermKind.Atom, 1);
            case ']' or '}':
                if (_u) throw Error("Lone quantifier brackets");
                _pos++;
                EmitChar(c);
                return (TermKind.Atom, 1);
            default:
                EmitChar(ReadSourceCodePoint());
                return (TermKind.Atom, 1);
        }
    }

    /// <summary>The next pattern character: a whole surrogate pair with u, one code unit without.</summary>
    int ReadSourceCodePoint()
    {
        char c = _src[_pos++];
        if (_u && char.IsHighSurrogate(c) && _pos < _src.Length && char.IsLowSurrogate(_src[_pos]))
            return char.ConvertToUtf32(c, _src[_pos++]);
        return c;
    }

    // https://tc39.es/ecma262/#prod-Atom: ( GroupSpecifier Disjunction ), (?: ), and the lookarounds.
    (TermKind, long) Group()
    {
        _pos++;
        TermKind kind;
        if (Eat('?'))
        {
            int c = Cur;
            if (c == ':')
            {
                _pos++;
                _out.Append("(?:");
                kind = TermKind.Atom;
            }
            else if (c is '=' or '!')
            {
                _pos++;
                _out.Append(c == '=' ? "(?=" : "(?!");
                kind = TermKind.Lookahead;
            }
            else if (c == '<' && Peek(1) is '=' or '!')
            {
                _out.Append(Peek(1) == '=' ? "(?<=" : "(?<!");
                _pos += 2;
                _lookbehindDepth++;
                Disjunction();
                _lookbehindDepth--;
                if (!Eat(')')) throw Error("Unterminated group");
                _out.Append(')');
                return (TermKind.Lookbehind, 0);
            }
            else if (c == '<')
            {
                _pos++;
                ReadGroupName();
                _out.Append("(?<").Append(NewGroup()).Append('>');
                kind = TermKind.Group;
            }
            else throw Error("Invalid group");
        }
        else
        {
            _out.Append("(?<").Append(NewGroup()).Append('>');
            kind = TermKind.Group;
        }
        long min = Disjunction();
        if (!Eat(')')) throw Error("Unterminated group");
        _out.Append(')');
        return (kind, kind == TermKind.Lookahead ? 0 : min);
    }

    int NewGroup() => _nextGroup++;

    string DotPattern()
    {
        if (_s) return _u ? AnyCodePoint : @"[\s\S]";
        return _u ? NonTerminatorCodePoint : @"[^\n\r\u2028\u2029]";
    }

    static readonly string AnyCodePoint = CodePointSet.Of((0, 0x10FFFF)).ToPattern(true);
    static readonly string NonTerminatorCodePoint = CodePointSet.Of((0, 9), (11, 12), (14, 0x2027), (0x202A, 0x10FFFF)).ToPattern(true);

    /// <summary>Writes one pattern character, widened to its case class under i.</summary>
    void EmitChar(int c)
    {
        if (_i)
        {
            var equivalents = RegExpCaseFolding.EquivalentsOf(c, _u);
            if (equivalents.Length > 1)
            {
                var set = new CodePointSet();
                foreach (int e in equivalents) set.Add(e);
                _out.Append(set.ToPattern(_u));
                return;
            }
        }
        if (c > 0xFFFF || _u && c is >= 0xD800 and <= 0xDFFF)
        {
            _out.Append(CodePointSet.Of((c, c)).ToPattern(_u));
            return;
        }
        if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')) _out.Append((char)c);
        else CodePointSet.AppendClassChar(_out, c);
    }

    /// <summary>A class as a .NET atom (its case closure and complement already applied).</summary>
    string ClassToPattern(CodePointSet set) => set.ToPattern(_u);

    /// <summary>A back reference: a group that has not captured matches the empty string, as in JavaScript.</summary>
    void EmitBackReference(int group)
    {
        _out.Append("(?(").Append(group).Append(')');
        _out.Append(_i ? "(?i:\\k<" : "\\k<").Append(group).Append(_i ? ">)" : ">");
        _out.Append("|)");
    }
}
