using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Tests.Builtins.Support;

/// <summary>
/// A compact, unambiguous rendering of values for test expectations, computed the same way
/// here and by <see cref="NodeOracle.ShowFunction"/> in node: -0 is "-0", strings are
/// double-quoted with JSON escapes, arrays and plain objects are listed, functions are
/// "[Function: name]", wrappers "[Number: 1]", errors "[TypeError: message]".
/// </summary>
public static class Show
{
    public static string Value(JsValue value, int depth = 0)
    {
        switch (value.Ref)
        {
            case null: return "undefined";
            case string or JsRope: return Quote(value.String);
            case JsSymbol s: return s.ToString();
            case System.Numerics.BigInteger b: return b + "n";
            case JsFunction f: return $"[Function: {f.DisplayName}]";
            case JsError: return $"[{TypeConversion.ToString(value.Object.Get("name"))}: {TypeConversion.ToString(value.Object.Get("message"))}]";
            case JsPrimitiveWrapper w: return $"[{w.ClassName}: {Value(w.PrimitiveValue)}]";
            case JsArray a:
                if (depth > 3) return "[...]";
                var items = new List<string>();
                for (uint i = 0; i < a.Length; i++) items.Add(Value(a.GetIndex(i), depth + 1));
                return "[" + string.Join(",", items) + "]";
            case JsObject o:
                if (depth > 3) return "{...}";
                var parts = new List<string>();
                foreach (var key in o.OwnPropertyKeys())
                {
                    if (key.IsSymbol || o.GetOwnProperty(key) is not { Enumerable: true }) continue;
                    parts.Add(key.Name + ":" + Value(o.Get(key), depth + 1));
                }
                return "{" + string.Join(",", parts) + "}";
        }
        if (value.IsNumber) return value.Number == 0 && double.IsNegative(value.Number) ? "-0" : TypeConversion.NumberToString(value.Number);
        if (value.IsNull) return "null";
        return value.IsTrue ? "true" : "false";
    }

    public static string Thrown(JsValue value)
    {
        if (value.AsObject is { } o)
            return $"throws {TypeConversion.ToString(o.Get("name"))}: {TypeConversion.ToString(o.Get("message"))}";
        return "throws " + Value(value);
    }

    /// <summary>JSON.stringify's quoting, written independently of the runtime's.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\b') sb.Append("\\b");
            else if (c == '\f') sb.Append("\\f");
            else if (c < 0x20) sb.Append($"\\u{(int)c:x4}");
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(c).Append(s[++i]);
            else if (char.IsSurrogate(c)) sb.Append($"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
