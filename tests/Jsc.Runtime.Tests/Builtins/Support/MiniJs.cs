using System.Globalization;
using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Tests.Builtins.Support;

/// <summary>
/// Evaluates the small subset of JavaScript that built-in test cases are written in, by
/// calling the runtime directly until the compiler can run them: literals (numbers, strings,
/// arrays with holes, objects with computed keys, true/false/null/undefined/NaN/Infinity), global names, member access,
/// calls (with the member's base as `this`), `new`, unary minus and `===`. Every case is also
/// valid JavaScript, so node can check the expected outputs (<see cref="NodeOracle"/>).
/// </summary>
public sealed class MiniJs
{
    readonly string _src;
    int _pos;

    MiniJs(string src) => _src = src;

    /// <summary>Evaluates the expression and shows the result, or "throws Name: message".</summary>
    public static string Run(string expression)
    {
        try
        {
            return Show.Value(Evaluate(expression));
        }
        catch (JsException e)
        {
            return Show.Thrown(e.Value);
        }
    }

    public static JsValue Evaluate(string expression)
    {
        var parser = new MiniJs(expression);
        var value = parser.ParseExpression();
        parser.SkipSpace();
        if (parser._pos != expression.Length) throw new FormatException($"Unexpected '{expression[parser._pos..]}' in {expression}");
        return value;
    }

    void SkipSpace()
    {
        while (_pos < _src.Length && char.IsWhiteSpace(_src[_pos])) _pos++;
    }

    bool Eat(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(_src, _pos, token, 0, token.Length) != 0) return false;
        if (char.IsLetter(token[^1]) && _pos + token.Length < _src.Length && IsIdentifierPart(_src[_pos + token.Length])) return false;
        _pos += token.Length;
        return true;
    }

    void Expect(string token)
    {
        if (!Eat(token)) throw new FormatException($"Expected '{token}' at {_pos} in {_src}");
    }

    static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    JsValue ParseExpression()
    {
        var left = ParseUnary();
        if (Eat("===")) return Comparison.StrictEquals(left, ParseUnary());
        return left;
    }

    JsValue ParseUnary()
    {
        if (Eat("-")) return Operators.Negate(ParseUnary());
        if (Eat("new"))
        {
            SkipSpace();
            int start = _pos;
            var callee = ParseMemberChain(ParsePrimary(), calls: false, out _);
            string calleeText = _src[start.._pos].Trim();
            var args = Eat("(") ? ParseList(")") : [];
            return ParseMemberChain(ObjectOperations.Construct(callee, args, calleeText), calls: true, out _);
        }
        return ParseMemberChain(ParsePrimary(), calls: true, out _);
    }

    JsValue ParseMemberChain(JsValue value, bool calls, out JsValue baseValue)
    {
        baseValue = JsValue.Undefined;
        while (true)
        {
            SkipSpace();
            if (Eat("."))
            {
                baseValue = value;
                value = ObjectOperations.GetIndex(value, ParseIdentifier());
            }
            else if (Eat("["))
            {
                baseValue = value;
                var key = ParseExpression();
                Expect("]");
                value = ObjectOperations.GetIndex(value, key);
            }
            else if (calls && Eat("("))
            {
                var args = ParseList(")");
                value = ObjectOperations.CallFunction(value, baseValue, args);
                baseValue = JsValue.Undefined;
            }
            else return value;
        }
    }

    JsValue[] ParseList(string close)
    {
        var items = new List<JsValue>();
        if (Eat(close)) return [];
        do items.Add(ParseExpression());
        while (Eat(","));
        Expect(close);
        return items.ToArray();
    }

    /// <summary>Array literal elements after '[', with holes for elisions.</summary>
    JsValue[] ParseArrayElements()
    {
        var items = new List<JsValue>();
        while (!Eat("]"))
        {
            if (Eat(",")) { items.Add(JsValue.Hole); continue; }
            items.Add(ParseExpression());
            if (!Eat(",")) { Expect("]"); break; }
        }
        return items.ToArray();
    }

    JsValue ParsePrimary()
    {
        SkipSpace();
        var realm = Realm.Current;
        if (Eat("(")) { var inner = ParseExpression(); Expect(")"); return inner; }
        if (Eat("[")) return new JsArray(realm.ArrayPrototype, ParseArrayElements());
        if (Eat("{"))
        {
            var obj = new JsObject(realm.ObjectPrototype);
            if (!Eat("}"))
            {
                do
                {
                    SkipSpace();
                    PropertyKey key;
                    if (Eat("[")) { key = TypeConversion.ToPropertyKey(ParseExpression()); Expect("]"); }
                    else key = _src[_pos] is '"' or '\'' ? ParseString() : ParseIdentifier();
                    Expect(":");
                    obj.CreateDataProperty(key, ParseExpression());
                }
                while (Eat(","));
                Expect("}");
            }
            return obj;
        }
        char c = _src[_pos];
        if (c is '"' or '\'') return ParseString();
        if (char.IsDigit(c) || c == '.') return ParseNumber();
        string name = ParseIdentifier();
        return name switch
        {
            "undefined" => JsValue.Undefined,
            "null" => JsValue.Null,
            "true" => JsValue.True,
            "false" => JsValue.False,
            _ => realm.GlobalObject.HasProperty(name)
                ? realm.GlobalObject.Get(name)
                : throw new FormatException($"No global '{name}' for {_src}"),
        };
    }

    string ParseIdentifier()
    {
        SkipSpace();
        int start = _pos;
        while (_pos < _src.Length && IsIdentifierPart(_src[_pos])) _pos++;
        if (start == _pos) throw new FormatException($"Expected a name at {_pos} in {_src}");
        return _src[start.._pos];
    }

    JsValue ParseNumber()
    {
        int start = _pos;
        if (_src[_pos] == '0' && _pos + 1 < _src.Length && (_src[_pos + 1] | 0x20) is 'x' or 'b' or 'o')
        {
            _pos += 2;
            while (_pos < _src.Length && char.IsAsciiHexDigit(_src[_pos])) _pos++;
            return TypeConversion.StringToNumber(_src[start.._pos]);
        }
        while (_pos < _src.Length && (char.IsDigit(_src[_pos]) || _src[_pos] == '.' || (_src[_pos] | 0x20) == 'e' ||
               (_src[_pos] is '+' or '-') && (_src[_pos - 1] | 0x20) == 'e')) _pos++;
        return double.Parse(_src.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    string ParseString()
    {
        char quote = _src[_pos++];
        var sb = new StringBuilder();
        while (_src[_pos] != quote)
        {
            char c = _src[_pos++];
            if (c != '\\') { sb.Append(c); continue; }
            char e = _src[_pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'v': sb.Append('\v'); break;
                case '0': sb.Append('\0'); break;
                case 'x': sb.Append((char)int.Parse(_src.AsSpan(_pos, 2), NumberStyles.HexNumber)); _pos += 2; break;
                case 'u': sb.Append((char)int.Parse(_src.AsSpan(_pos, 4), NumberStyles.HexNumber)); _pos += 4; break;
                default: sb.Append(e); break;
            }
        }
        _pos++;
        return sb.ToString();
    }
}
