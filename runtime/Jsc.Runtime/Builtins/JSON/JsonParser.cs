using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// JSON.parse's grammar (https://tc39.es/ecma262/#sec-json.parse, ECMA-404) as a
/// recursive-descent parser whose SyntaxErrors say what V8's json-parser says, at the
/// same positions: each failure names the token class found at the cursor (end of input,
/// a number, a string, or a character shown with some context), or a specific message
/// where the grammar expected something particular.
/// </summary>
public sealed class JsonParser
{
    enum Token { Eos, String, Number, True, False, Null, Whitespace, Colon, Comma, LBrack, RBrack, LBrace, RBrace, Illegal }

    readonly string _text;
    readonly Realm _realm;
    int _pos;
    /// <summary>Element values of the arrays being parsed, as one stack, so nested arrays share one buffer.</summary>
    readonly List<JsValue> _elements = new();
    /// <summary>Property names seen so far: documents repeat their keys, and shared strings make shape lookups cheap.</summary>
    readonly Dictionary<string, string> _keys = new();
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;

    JsonParser(string text, Realm realm)
    {
        _text = text;
        _realm = realm;
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static JsValue Parse(string text)
    {
        var parser = new JsonParser(text, Realm.Current);
        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser._pos < text.Length) parser.Fail(parser.Peek(), "Unexpected non-whitespace character after JSON");
        return value;
    }

    static Token Classify(char c) => c switch
    {
        '"' => Token.String,
        '-' or (>= '0' and <= '9') => Token.Number,
        't' => Token.True,
        'f' => Token.False,
        'n' => Token.Null,
        ' ' or '\t' or '\r' or '\n' => Token.Whitespace,
        ':' => Token.Colon,
        ',' => Token.Comma,
        '[' => Token.LBrack,
        ']' => Token.RBrack,
        '{' => Token.LBrace,
        '}' => Token.RBrace,
        _ => Token.Illegal,
    };

    Token Peek() => _pos < _text.Length ? Classify(_text[_pos]) : Token.Eos;

    void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n') _pos++;
    }

    /// <summary>Skips whitespace and consumes the token if it is the one given.</summary>
    bool Check(Token token)
    {
        SkipWhitespace();
        if (Peek() != token) return false;
        _pos++;
        return true;
    }

    void Expect(Token token, string? message)
    {
        SkipWhitespace();
        if (Peek() != token) Fail(Peek(), message);
        _pos++;
    }

    /// <summary>Skips whitespace and requires the token to be next, without consuming it.</summary>
    void ExpectAhead(Token token, string message)
    {
        SkipWhitespace();
        if (Peek() != token) Fail(Peek(), message);
    }

    JsValue ParseValue()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) Throw.StackOverflow();
        SkipWhitespace();
        var token = Peek();
        switch (token)
        {
            case Token.String: return ScanString();
            case Token.Number: return ParseNumber();
            case Token.LBrace: return ParseObject();
            case Token.LBrack: return ParseArray();
            case Token.True: ScanLiteral("true"); return JsValue.True;
            case Token.False: ScanLiteral("false"); return JsValue.False;
            case Token.Null: ScanLiteral("null"); return JsValue.Null;
            default: Fail(token); return default;
        }
    }

    JsValue ParseObject()
    {
        _pos++;
        var obj = new JsObject(_realm.ObjectPrototype);
        if (Check(Token.RBrace)) return obj;
        ExpectAhead(Token.String, "Expected property name or '}' in JSON");
        // V8 names the missing colon only after the first key; later ones get the generic message.
        for (bool first = true; ; first = false)
        {
            string key = ScanString(isKey: true);
            Expect(Token.Colon, first ? "Expected ':' after property name in JSON" : null);
            obj.CreateDataProperty(key, ParseValue());
            if (!Check(Token.Comma)) break;
            ExpectAhead(Token.String, "Expected double-quoted property name in JSON");
        }
        Expect(Token.RBrace, "Expected ',' or '}' after property value in JSON");
        return obj;
    }

    JsValue ParseArray()
    {
        _pos++;
        if (Check(Token.RBrack)) return new JsArray(_realm.ArrayPrototype);
        int start = _elements.Count;
        do _elements.Add(ParseValue());
        while (Check(Token.Comma));
        Expect(Token.RBrack, "Expected ',' or ']' after array element in JSON");
        var items = new JsValue[_elements.Count - start];
        _elements.CopyTo(start, items, 0, items.Length);
        _elements.RemoveRange(start, items.Length);
        return new JsArray(_realm.ArrayPrototype, items);
    }

    void ScanLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) == 0)
        {
            _pos += literal.Length;
            return;
        }
        _pos++;
        for (int i = 1; i < literal.Length && _pos < _text.Length; i++, _pos++)
            if (_text[_pos] != literal[i]) Fail(Classify(_text[_pos]));
        Fail(Token.Eos);
    }

    /// <summary>Scans a string starting at the opening quote; property names without escapes are shared.</summary>
    string ScanString(bool isKey = false)
    {
        int start = ++_pos;
        StringBuilder? sb = null;
        while (true)
        {
            int run = _pos;
            while (_pos < _text.Length && _text[_pos] is not ('"' or '\\') && _text[_pos] >= 0x20) _pos++;
            if (_pos >= _text.Length) Fail(Token.Illegal, "Unterminated string in JSON");
            char c = _text[_pos];
            if (c == '"')
            {
                string result = sb != null ? sb.Append(_text, run, _pos - run).ToString()
                    : isKey ? InternKey(_text.AsSpan(start, _pos - start))
                    : _text.Substring(start, _pos - start);
                _pos++;
                return result;
            }
            if (c < 0x20) Fail(Token.Illegal, "Bad control character in string literal in JSON");
            sb ??= new StringBuilder();
            sb.Append(_text, run, _pos - run);
            _pos++;
            if (_pos >= _text.Length) Fail(Token.Eos);
            char escape = _text[_pos];
            switch (escape)
            {
                case '"' or '\\' or '/': sb.Append(escape); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    int value = 0;
                    for (int i = 0; i < 4; i++)
                    {
                        _pos++;
                        int digit = _pos < _text.Length ? HexValue(_text[_pos]) : -1;
                        if (digit < 0) Fail(Token.Illegal, "Bad Unicode escape in JSON");
                        value = value * 16 + digit;
                    }
                    sb.Append((char)value);
                    break;
                default:
                    if (escape > 0xFF) Fail(Token.Illegal);
                    Fail(Token.Illegal, "Bad escaped character in JSON");
                    break;
            }
            _pos++;
        }
    }

    string InternKey(ReadOnlySpan<char> span)
    {
        if (_keyLookup.TryGetValue(span, out var key)) return key;
        key = span.ToString();
        if (_keys.Count < 4096) _keys[key] = key;
        return key;
    }

    static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

    JsValue ParseNumber()
    {
        int start = _pos;
        if (_text[_pos] == '-') _pos++;
        if (At('0'))
        {
            _pos++;
            if (AtDigit()) Fail(Token.Number);
        }
        else
        {
            if (!AtDigit()) Fail(Token.Illegal, "No number after minus sign in JSON");
            SkipDigits();
        }
        if (At('.'))
        {
            _pos++;
            if (!AtDigit()) Fail(Token.Illegal, "Unterminated fractional number in JSON");
            SkipDigits();
        }
        if (At('e') || At('E'))
        {
            _pos++;
            if (At('-') || At('+')) _pos++;
            if (!AtDigit()) Fail(Token.Illegal, "Exponent part is missing a number in JSON");
            SkipDigits();
        }
        var literal = _text.AsSpan(start, _pos - start);
        // Most numbers in documents are small integers: no need for the general parser.
        if (literal.Length <= 15 && !literal.ContainsAny('.', 'e', 'E') && literal is not "-0")
        {
            long value = 0;
            foreach (char c in literal) if (c != '-') value = value * 10 + (c - '0');
            return literal[0] == '-' ? -value : value;
        }
        return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    bool At(char c) => _pos < _text.Length && _text[_pos] == c;
    bool AtDigit() => _pos < _text.Length && (uint)(_text[_pos] - '0') <= 9;

    void SkipDigits()
    {
        while (AtDigit()) _pos++;
    }

    // V8 shows this much source on each side of an unexpected character.
    const int ContextCharacters = 10;

    /// <summary>Throws the SyntaxError for the token at the cursor, with a specific message or V8's generic one.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    void Fail(Token token, string? message = null)
    {
        int pos = _pos;
        string text;
        if (message != null) text = $"{message} at position {pos}";
        else if (token == Token.Eos) text = "Unexpected end of JSON input";
        else if (token == Token.Number) text = $"Unexpected number in JSON at position {pos}";
        else if (token == Token.String) text = $"Unexpected string in JSON at position {pos}";
        else if (_text is "[object Object]" or "undefined" or "Infinity" or "NaN") text = $"\"{_text}\" is not valid JSON";
        else
        {
            char c = _text[pos];
            int length = _text.Length;
            if (length <= ContextCharacters * 2) text = $"Unexpected token '{c}', \"{_text}\" is not valid JSON";
            else if (pos < ContextCharacters)
                text = $"Unexpected token '{c}', \"{_text[..(pos + ContextCharacters)]}\"... is not valid JSON";
            else if (pos < length - ContextCharacters)
                text = $"Unexpected token '{c}', ...\"{_text.Substring(pos - ContextCharacters, 2 * ContextCharacters)}\"... is not valid JSON";
            else text = $"Unexpected token '{c}', ...\"{_text[(pos - ContextCharacters)..]}\" is not valid JSON";
        }
        Throw.SyntaxError(text);
    }
}
