using System.Globalization;
using System.Numerics;
using Jsc.Runtime.Values;

namespace Jsc.Compiler.Syntax;

public sealed partial class Lexer
{
    // https://tc39.es/ecma262/#sec-literals-numeric-literals
    // plus Annex B legacy octal (010) and non-octal decimal (08) literals, which strict mode forbids.

    void ReadNumber(bool startsWithDot)
    {
        var src = _src;
        int start = _pos;
        LegacyOctalAt = -1;
        if (!startsWithDot && src[_pos] == '0' && _pos + 1 < src.Length)
        {
            int radix = (src[_pos + 1] | 0x20) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0) { ReadRadixNumber(start, radix); return; }
        }

        bool legacy = false;
        if (startsWithDot) _pos++;
        else
        {
            bool leadingZero = src[_pos] == '0' && _pos + 1 < src.Length && (uint)(src[_pos + 1] - '0') <= 9;
            // Legacy octal-like literals take no separators.
            ReadDigits(10, allowSeparators: !leadingZero);
            legacy = _pos - start >= 2 && src[start] == '0';
            if (legacy)
            {
                if (Strict) throw Error(start, "Invalid number");
                LegacyOctalAt = start;
            }
        }
        bool octal = legacy && src.AsSpan(start, _pos - start).IndexOfAny('8', '9') < 0;
        int next = Peek(0);
        if (!legacy && !startsWithDot && next == 'n')
        {
            string digits = StripSeparators(start, _pos);
            _pos++;
            FinishBigInt(digits);
            return;
        }
        if (startsWithDot || next == '.' && !octal)
        {
            if (!startsWithDot) _pos++;
            // `1._5` is an error, `1.` is fine.
            if (Peek(0) == '_') throw Error(_pos, "Numeric separator is not allowed here");
            ReadDigits(10, allowSeparators: true);
            next = Peek(0);
        }
        if ((next == 'e' || next == 'E') && !octal)
        {
            _pos++;
            if (Peek(0) == '+' || Peek(0) == '-') _pos++;
            if (!ReadDigits(10, allowSeparators: true)) throw Error(start, "Invalid number");
        }
        CheckNothingAfterNumber();
        Kind = TokenKind.Number;
        if (octal) Number = NumberConversions.IntegerFromDigits(src.AsSpan(start + 1, _pos - start - 1), 8);
        else
        {
            var text = src.AsSpan(start, _pos - start);
            Number = text.IndexOf('_') < 0
                ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : double.Parse(StripSeparators(start, _pos), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    void ReadRadixNumber(int start, int radix)
    {
        _pos += 2;
        int digitsStart = _pos;
        if (Peek(0) == '_') throw Error(_pos, "Numeric separator is not allowed here");
        if (!ReadDigits(radix, allowSeparators: true)) throw Error(digitsStart, "Expected number in radix " + radix);
        string digits = StripSeparators(digitsStart, _pos);
        if (Peek(0) == 'n')
        {
            _pos++;
            FinishBigInt(NumberConversions.ParseDigits(digits, radix).ToString(CultureInfo.InvariantCulture));
            return;
        }
        CheckNothingAfterNumber();
        Kind = TokenKind.Number;
        Number = NumberConversions.IntegerFromDigits(digits, radix);
    }

    void FinishBigInt(string decimalDigits)
    {
        CheckNothingAfterNumber();
        Kind = TokenKind.BigInt;
        Value = decimalDigits;
    }

    void CheckNothingAfterNumber()
    {
        if (_pos < _src.Length && (IsAsciiIdentifierPart(_src[_pos]) || _src[_pos] == '\\' || _src[_pos] > 0x7f && IsIdentifierStartAt(_pos)))
            throw Error(_pos, "Identifier directly after number");
    }

    /// <summary>Reads digits of a radix with `_` separators between digits; returns whether any digit was read.</summary>
    bool ReadDigits(int radix, bool allowSeparators)
    {
        var src = _src;
        int start = _pos;
        bool lastWasSeparator = false;
        while (_pos < src.Length)
        {
            char c = src[_pos];
            if (c == '_' && allowSeparators)
            {
                if (lastWasSeparator) throw Error(_pos, "Only one underscore is allowed as numeric separator");
                if (_pos == start) throw Error(_pos, "Numeric separator is not allowed at the first of digits");
                lastWasSeparator = true;
                _pos++;
                continue;
            }
            int d = HexValue(c);
            if (d < 0 || d >= radix) break;
            lastWasSeparator = false;
            _pos++;
        }
        if (lastWasSeparator) throw Error(_pos - 1, "Numeric separators are not allowed at the end of numeric literals");
        return _pos > start;
    }

    string StripSeparators(int start, int end)
    {
        var span = _src.AsSpan(start, end - start);
        return span.IndexOf('_') < 0 ? span.ToString() : span.ToString().Replace("_", "");
    }
}
