using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// JSON.stringify: https://tc39.es/ecma262/#sec-json.stringify. Output is written into one
/// StringBuilder; a property whose value serializes to undefined is cut back off it. The
/// stack of open objects also feeds V8's multi-line "Converting circular structure" message.
/// </summary>
public sealed class JsonStringifier
{
    readonly StringBuilder _out = new();
    readonly JsFunction? _replacer;
    readonly List<PropertyKey>? _propertyList;
    readonly string _gap;
    string _indent = "";
    /// <summary>Open objects and the key each was reached by (an int for array elements).</summary>
    readonly List<(object Key, JsObject Value)> _stack = new();

    JsonStringifier(JsFunction? replacer, List<PropertyKey>? propertyList, string gap)
    {
        _replacer = replacer;
        _propertyList = propertyList;
        _gap = gap;
    }

    public static JsValue Stringify(JsValue value, JsValue replacer, JsValue space)
    {
        JsFunction? replacerFunction = null;
        List<PropertyKey>? propertyList = null;
        if (replacer.AsObject is JsFunction f) replacerFunction = f;
        else if (replacer.AsObject is JsArray array) propertyList = PropertyListFrom(array);
        var stringifier = new JsonStringifier(replacerFunction, propertyList, Gap(space));
        var wrapper = new JsObject(Realm.Current.ObjectPrototype);
        wrapper.CreateDataProperty("", value);
        if (!stringifier.SerializeProperty(wrapper, "", value)) return JsValue.Undefined;
        return stringifier._out.ToString();
    }

    /// <summary>Step 4.b of JSON.stringify: the replacer array's strings and numbers, without duplicates.</summary>
    static List<PropertyKey> PropertyListFrom(JsArray array)
    {
        var list = new List<PropertyKey>();
        var seen = new HashSet<string>();
        for (uint i = 0; i < array.Length; i++)
        {
            var v = array.GetIndex(i);
            string? item = null;
            if (v.IsString) item = v.String;
            else if (v.IsNumber) item = TypeConversion.ToString(v);
            else if (v.AsObject is JsPrimitiveWrapper { PrimitiveValue: var p } && (p.IsString || p.IsNumber)) item = TypeConversion.ToString(v);
            if (item != null && seen.Add(item)) list.Add(item);
        }
        return list;
    }

    /// <summary>Steps 5-8 of JSON.stringify.</summary>
    static string Gap(JsValue space)
    {
        if (space.AsObject is JsPrimitiveWrapper { PrimitiveValue: var p })
        {
            if (p.IsNumber) space = TypeConversion.ToNumber(space);
            else if (p.IsString) space = TypeConversion.ToString(space);
        }
        if (space.IsNumber)
        {
            double n = Math.Min(10, TypeConversion.ToIntegerOrInfinity(space));
            return n >= 1 ? new string(' ', (int)n) : "";
        }
        if (space.IsString) return space.String.Length <= 10 ? space.String : space.String[..10];
        return "";
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-serializejsonproperty — returns false for undefined
    /// (nothing written). The key is a string, or an int for an array element, which is
    /// turned into a string only if toJSON or the replacer needs it.
    /// </summary>
    bool SerializeProperty(JsObject holder, object key, JsValue value)
    {
        if (value.IsObject || value.Ref is BigInteger)
        {
            var toJson = ObjectOperations.GetIndex(value, "toJSON");
            if (toJson.AsObject is JsFunction f) value = f.Call(value, [KeyString(key)]);
        }
        if (_replacer != null) value = _replacer.Call(holder, [KeyString(key), value]);
        if (value.AsObject is JsPrimitiveWrapper { PrimitiveValue: var primitive })
        {
            if (primitive.IsNumber) value = TypeConversion.ToNumber(value);
            else if (primitive.IsString) value = TypeConversion.ToString(value);
            else if (primitive.IsBoolean || primitive.Ref is BigInteger) value = primitive;
        }
        switch (value.Ref)
        {
            case null: return false;
            case string or JsRope: Quote(_out, value.String); return true;
            case JsFunction: return false;
            case JsSymbol: return false;
            case BigInteger: Throw.TypeError("Do not know how to serialize a BigInt"); return false;
            case JsObject obj:
                if (ArrayAlgorithms.IsArray(value)) SerializeArray(obj, key);
                else SerializeObject(obj, key);
                return true;
        }
        if (value.IsNumber)
        {
            double d = value.Number;
            _out.Append(double.IsFinite(d) ? TypeConversion.NumberToString(d) : "null");
        }
        else if (value.IsNull) _out.Append("null");
        else _out.Append(value.IsTrue ? "true" : "false");
        return true;
    }

    static string KeyString(object key) => key as string ?? PropertyKey.FromIndex((uint)(int)key).Name;

    void Enter(JsObject value, object key)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) Throw.StackOverflow();
        for (int i = 0; i < _stack.Count; i++)
            if (ReferenceEquals(_stack[i].Value, value)) Throw.TypeError(CircularMessage(i, key));
        _stack.Add((key, value));
    }

    /// <summary>https://tc39.es/ecma262/#sec-serializejsonobject</summary>
    void SerializeObject(JsObject obj, object stackKey)
    {
        Enter(obj, stackKey);
        string stepback = _indent;
        _indent += _gap;
        IEnumerable<PropertyKey> keys = _propertyList ?? ObjectAlgorithms.EnumerableOwnKeys(obj);
        _out.Append('{');
        bool any = false;
        foreach (var key in keys)
        {
            int mark = _out.Length;
            if (any) _out.Append(',');
            NewLine();
            Quote(_out, key.Name);
            _out.Append(':');
            if (_gap.Length > 0) _out.Append(' ');
            if (SerializeProperty(obj, key.Name, obj.Get(key))) any = true;
            else _out.Length = mark;
        }
        _indent = stepback;
        if (any) NewLine();
        _out.Append('}');
        _stack.RemoveAt(_stack.Count - 1);
    }

    /// <summary>https://tc39.es/ecma262/#sec-serializejsonarray</summary>
    void SerializeArray(JsObject array, object stackKey)
    {
        Enter(array, stackKey);
        string stepback = _indent;
        _indent += _gap;
        _out.Append('[');
        // A proxy of an array is serialized through its traps (https://tc39.es/ecma262/#sec-serializejsonarray).
        var dense = array as JsArray;
        uint length = dense != null ? dense.Length : (uint)TypeConversion.ToLength(array.Get("length"));
        for (uint i = 0; i < length; i++)
        {
            if (i > 0) _out.Append(',');
            NewLine();
            var element = dense != null ? dense.GetIndex(i) : array.Get(PropertyKey.FromIndex(i));
            if (!SerializeProperty(array, (int)i, element)) _out.Append("null");
        }
        _indent = stepback;
        if (length > 0) NewLine();
        _out.Append(']');
        _stack.RemoveAt(_stack.Count - 1);
    }

    void NewLine()
    {
        if (_gap.Length > 0) _out.Append('\n').Append(_indent);
    }

    /// <summary>Characters QuoteJSONString may have to escape: quote, backslash, controls and surrogates.</summary>
    static readonly SearchValues<char> Special = SearchValues.Create(
        "\"\\" + new string(Enumerable.Range(0, 0x20).Select(c => (char)c).ToArray()) +
        new string(Enumerable.Range(0xD800, 0x800).Select(c => (char)c).ToArray()));

    /// <summary>https://tc39.es/ecma262/#sec-quotejsonstring — lone surrogates become \udXXX escapes.</summary>
    public static void Quote(StringBuilder sb, string s)
    {
        sb.Append('"');
        int run = 0;
        while (true)
        {
            int found = s.AsSpan(run).IndexOfAny(Special);
            if (found < 0) break;
            int i = run + found;
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s, run, i + 2 - run);
                run = i + 2;
                continue;
            }
            sb.Append(s, run, i - run);
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("x4")); break;
            }
            run = i + 1;
        }
        sb.Append(s, run, s.Length - run).Append('"');
    }

    /// <summary>
    /// V8's message: the object that closes the circle, the first two links and the last one
    /// (with "..." between when more are skipped), and the key that closes it.
    /// </summary>
    string CircularMessage(int start, object closingKey)
    {
        var sb = new StringBuilder("Converting circular structure to JSON");
        sb.Append("\n    --> starting at object with constructor ").Append(ConstructorName(_stack[start].Value));
        int index = start + 1;
        int prefixEnd = Math.Min(_stack.Count, index + 2);
        for (; index < prefixEnd; index++) AppendLink(sb, _stack[index]);
        if (_stack.Count > index + 1) sb.Append("\n    |     ...");
        for (index = Math.Max(index, _stack.Count - 1); index < _stack.Count; index++) AppendLink(sb, _stack[index]);
        sb.Append("\n    --- ").Append(KeyText(closingKey)).Append(" closes the circle");
        return sb.ToString();
    }

    static void AppendLink(StringBuilder sb, (object Key, JsObject Value) link) =>
        sb.Append("\n    |     ").Append(KeyText(link.Key)).Append(" -> object with constructor ").Append(ConstructorName(link.Value));

    static string KeyText(object key) => key switch
    {
        int index => "index " + index,
        "" => "<anonymous>",
        _ => $"property '{key}'",
    };

    static string ConstructorName(JsObject o) => "'" + Inspect.ConstructorName(o) + "'";
}
