using System.Globalization;
using System.Text;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// JSON.parse and JSON.stringify against node on generated input: random documents
/// (deep nesting, every escape, lone surrogates, numbers of every magnitude) printed with
/// random indentation, and mutations of them whose SyntaxError messages must match V8's.
/// </summary>
public class JsonNodeComparisonTests : RealmTest
{
    const string Script = """
        module.exports = (line) => {
          const tab = line.indexOf('\t');
          const space = line.slice(0, tab), text = line.slice(tab + 1);
          try {
            const value = JSON.parse(text);
            return JSON.stringify(value, null, /^\d+$/.test(space) ? Number(space) : space);
          } catch (e) {
            return 'throws ' + e.name + ': ' + e.message;
          }
        };
        """;

    [NodeFact]
    public void StringifyOfParsedDocumentsMatchesNode() => Compare(GenerateDocuments(new Random(11), 1500, mutate: false));

    [NodeFact]
    public void ParseErrorsMatchNode() => Compare(GenerateDocuments(new Random(12), 4000, mutate: true));

    void Compare(List<string> lines)
    {
        var json = Realm.GlobalObject.Get("JSON").Object;
        var parse = (JsFunction)json.Get("parse").Object;
        var stringify = (JsFunction)json.Get("stringify").Object;
        NodeOracle.AssertSameAsNode(Script, lines, line =>
        {
            int tab = line.IndexOf('\t');
            string space = line[..tab], text = line[(tab + 1)..];
            var value = parse.Call(JsValue.Undefined, [text]);
            JsValue spaceValue = space.Length > 0 && space.All(char.IsAsciiDigit) ? double.Parse(space, CultureInfo.InvariantCulture) : space;
            return stringify.Call(JsValue.Undefined, [value, JsValue.Null, spaceValue]).String;
        });
    }

    static List<string> GenerateDocuments(Random random, int count, bool mutate)
    {
        string[] spaces = ["", "", "2", "4", "0", "10", "12", "\t", "--", "abcdefghijklmn"];
        var lines = new List<string>();
        while (lines.Count < count)
        {
            var sb = new StringBuilder();
            WriteValue(sb, random, depth: 0);
            string text = sb.ToString();
            if (mutate) text = Mutate(text, random);
            lines.Add(spaces[random.Next(spaces.Length)] + "\t" + text);
        }
        return lines;
    }

    static void WriteValue(StringBuilder sb, Random r, int depth)
    {
        int kind = r.Next(depth > 4 ? 5 : 8);
        Whitespace(sb, r);
        switch (kind)
        {
            case 0: sb.Append(r.Next(3) switch { 0 => "true", 1 => "false", _ => "null" }); break;
            case 1 or 2: sb.Append(Number(r)); break;
            case 3 or 4: WriteString(sb, r); break;
            case 5:
                sb.Append('[');
                for (int i = 0, n = r.Next(5); i < n; i++) { if (i > 0) sb.Append(','); WriteValue(sb, r, depth + 1); }
                Whitespace(sb, r);
                sb.Append(']');
                break;
            default:
                sb.Append('{');
                for (int i = 0, n = r.Next(5); i < n; i++)
                {
                    if (i > 0) sb.Append(',');
                    Whitespace(sb, r);
                    if (r.Next(4) == 0) sb.Append('"').Append(r.Next(20)).Append('"'); else WriteString(sb, r);
                    Whitespace(sb, r);
                    sb.Append(':');
                    WriteValue(sb, r, depth + 1);
                }
                Whitespace(sb, r);
                sb.Append('}');
                break;
        }
        Whitespace(sb, r);
    }

    static void Whitespace(StringBuilder sb, Random r)
    {
        if (r.Next(4) == 0) sb.Append(" \t\n\r"[r.Next(4)]);
    }

    static string Number(Random r) => r.Next(6) switch
    {
        0 => r.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
        1 => (r.NextDouble() * Math.Pow(10, r.Next(-30, 30))).ToString("R", CultureInfo.InvariantCulture),
        2 => BitConverter.Int64BitsToDouble(r.NextInt64(0, 0x7FEFFFFFFFFFFFFF)).ToString("R", CultureInfo.InvariantCulture),
        3 => "-0",
        4 => r.Next(1, 99) + "." + r.Next(0, 99999) + "e" + (r.Next(2) == 0 ? "-" : "+") + r.Next(0, 400),
        _ => r.NextInt64().ToString(CultureInfo.InvariantCulture) + r.Next(1000),
    };

    static void WriteString(StringBuilder sb, Random r)
    {
        sb.Append('"');
        for (int i = 0, n = r.Next(8); i < n; i++)
        {
            switch (r.Next(10))
            {
                case 0: sb.Append("\\\"\\\\\\/\\b\\f\\n\\r\\t"[..(2 * r.Next(1, 9))]); break;
                case 1: sb.Append("\\u").Append(r.Next(0, 0x10000).ToString("x4")); break;
                case 2: sb.Append("\\ud83d\\ude00"); break;
                case 3: sb.Append((char)r.Next(0x80, 0x3000)); break;
                case 4: sb.Append('\u2028'); break;
                default: sb.Append((char)r.Next(0x20, 0x7f) is var c && c is '"' or '\\' ? 'q' : (char)r.Next(0x20, 0x7f) is var d && d is '"' or '\\' ? 'x' : d); break;
            }
        }
        sb.Append('"');
    }

    /// <summary>One to three edits: a deleted, duplicated or replaced character, or a truncation.</summary>
    static string Mutate(string text, Random r)
    {
        const string Noise = "{}[],:\"\\-+.eE0123456789tfnux \t\u0001\u00e9\u2028";
        for (int edits = r.Next(1, 4); edits > 0 && text.Length > 0; edits--)
        {
            int p = r.Next(text.Length);
            text = r.Next(4) switch
            {
                0 => text.Remove(p, 1),
                1 => text.Insert(p, Noise[r.Next(Noise.Length)].ToString()),
                2 => text.Remove(p, 1).Insert(p, Noise[r.Next(Noise.Length)].ToString()),
                _ => text[..p],
            };
        }
        return text;
    }
}
