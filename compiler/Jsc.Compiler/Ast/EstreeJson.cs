using System.Runtime.CompilerServices;
using Jsc.Compiler.Syntax;
using Jsc.Runtime.Values;

namespace Jsc.Compiler.Ast;

/// <summary>
/// Writes the ESTree JSON of a tree exactly as acorn's AST would serialise, in a canonical
/// form both sides can produce byte for byte: no whitespace; "type", "start", "end" and
/// "loc" first, then the node's other keys in ordinal order; JSON.stringify's string
/// escaping; numbers as JavaScript prints them; values JSON cannot hold (RegExp, BigInt,
/// non-finite numbers) as null.
/// </summary>
public sealed class EstreeJson
{
    readonly TextWriter _out;
    readonly SourceText _source;

    EstreeJson(TextWriter output, SourceText source)
    {
        _out = output;
        _source = source;
    }

    public static void Write(Node node, SourceText source, TextWriter output) => new EstreeJson(output, source).WriteNode(node);

    public static string ToJson(Node node, SourceText source)
    {
        var sw = new StringWriter();
        Write(node, source, sw);
        return sw.ToString();
    }

    void WriteNode(Node? node)
    {
        if (node == null) { _out.Write("null"); return; }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new InvalidOperationException("AST too deep to serialise");
        _out.Write("{\"type\":\"");
        _out.Write(node.Type);
        _out.Write("\",\"start\":");
        _out.Write(node.Start);
        _out.Write(",\"end\":");
        _out.Write(node.End);
        var (sl, sc) = _source.GetLineColumn(node.Start);
        var (el, ec) = _source.GetLineColumn(node.End);
        _out.Write(",\"loc\":{\"start\":{\"line\":");
        _out.Write(sl);
        _out.Write(",\"column\":");
        _out.Write(sc);
        _out.Write("},\"end\":{\"line\":");
        _out.Write(el);
        _out.Write(",\"column\":");
        _out.Write(ec);
        _out.Write("}}");
        WriteFields(node);
        _out.Write('}');
    }

    // Each case lists the node's fields in ordinal key order.
    void WriteFields(Node node)
    {
        switch (node)
        {
            case Program n: Nodes("body", n.Body); Str("sourceType", n.IsModule ? "module" : "script"); break;
            case ExpressionStatement n: if (n.Directive != null) Str("directive", n.Directive); Child("expression", n.Expression); break;
            case BlockStatement n: Nodes("body", n.Body); break;
            case EmptyStatement or DebuggerStatement or ThisExpression or Super: break;
            case WithStatement n: Child("body", n.Body); Child("object", n.Object); break;
            case ReturnStatement n: Child("argument", n.Argument); break;
            case LabeledStatement n: Child("body", n.Body); Child("label", n.Label); break;
            case BreakStatement n: Child("label", n.Label); break;
            case ContinueStatement n: Child("label", n.Label); break;
            case IfStatement n: Child("alternate", n.Alternate); Child("consequent", n.Consequent); Child("test", n.Test); break;
            case SwitchStatement n: Nodes("cases", n.Cases); Child("discriminant", n.Discriminant); break;
            case SwitchCase n: Nodes("consequent", n.Consequent); Child("test", n.Test); break;
            case ThrowStatement n: Child("argument", n.Argument); break;
            case TryStatement n: Child("block", n.Block); Child("finalizer", n.Finalizer); Child("handler", n.Handler); break;
            case CatchClause n: Child("body", n.Body); Child("param", n.Param); break;
            case WhileStatement n: Child("body", n.Body); Child("test", n.Test); break;
            case DoWhileStatement n: Child("body", n.Body); Child("test", n.Test); break;
            case ForStatement n: Child("body", n.Body); Child("init", n.Init); Child("test", n.Test); Child("update", n.Update); break;
            case ForInOfStatement n:
                if (n.IsOf) Bool("await", n.Await);
                Child("body", n.Body); Child("left", n.Left); Child("right", n.Right);
                break;
            case VariableDeclaration n: Nodes("declarations", n.Declarations); Str("kind", n.Kind); break;
            case VariableDeclarator n: Child("id", n.Id); Child("init", n.Init); break;
            case IFunction n:
                Bool("async", n.IsAsync); Child("body", n.Body); Bool("expression", n.IsExpressionBody);
                Bool("generator", n.IsGenerator); Child("id", n.Id); Nodes("params", n.Params);
                break;
            case IClass n: Child("body", n.Body); Child("id", n.Id); Child("superClass", n.SuperClass); break;
            case ClassBody n: Nodes("body", n.Body); break;
            case MethodDefinition n: Bool("computed", n.Computed); Child("key", n.Key); Str("kind", n.Kind); Bool("static", n.Static); Child("value", n.Value); break;
            case PropertyDefinition n: Bool("computed", n.Computed); Child("key", n.Key); Bool("static", n.Static); Child("value", n.Value); break;
            case StaticBlock n: Nodes("body", n.Body); break;
            case Identifier n: Str("name", n.Name); break;
            case PrivateIdentifier n: Str("name", n.Name); break;
            case Literal n: WriteLiteral(n); break;
            case ArrayExpression n: Nodes("elements", n.Elements); break;
            case ObjectExpression n: Nodes("properties", n.Properties); break;
            case Property n:
                Bool("computed", n.Computed); Child("key", n.Key); Str("kind", n.Kind); Bool("method", n.Method);
                Bool("shorthand", n.Shorthand); Child("value", n.Value);
                break;
            case SpreadElement n: Child("argument", n.Argument); break;
            case RestElement n: Child("argument", n.Argument); break;
            case UnaryExpression n: Child("argument", n.Argument); Str("operator", n.Operator); Bool("prefix", true); break;
            case UpdateExpression n: Child("argument", n.Argument); Str("operator", n.Operator); Bool("prefix", n.Prefix); break;
            case BinaryExpression n: Child("left", n.Left); Str("operator", n.Operator); Child("right", n.Right); break;
            case AssignmentExpression n: Child("left", n.Left); Str("operator", n.Operator); Child("right", n.Right); break;
            case ConditionalExpression n: Child("alternate", n.Alternate); Child("consequent", n.Consequent); Child("test", n.Test); break;
            case CallExpression n: Nodes("arguments", n.Arguments); Child("callee", n.Callee); Bool("optional", n.Optional); break;
            case NewExpression n: Nodes("arguments", n.Arguments); Child("callee", n.Callee); break;
            case MemberExpression n: Bool("computed", n.Computed); Child("object", n.Object); Bool("optional", n.Optional); Child("property", n.Property); break;
            case ChainExpression n: Child("expression", n.Expression); break;
            case SequenceExpression n: Nodes("expressions", n.Expressions); break;
            case YieldExpression n: Child("argument", n.Argument); Bool("delegate", n.Delegate); break;
            case AwaitExpression n: Child("argument", n.Argument); break;
            case TemplateLiteral n: Nodes("expressions", n.Expressions); Nodes("quasis", n.Quasis); break;
            case TemplateElement n:
                Bool("tail", n.Tail);
                Key("value"); _out.Write("{\"cooked\":"); WriteStringOrNull(n.Cooked); _out.Write(",\"raw\":"); WriteString(n.Raw); _out.Write('}');
                break;
            case TaggedTemplateExpression n: Child("quasi", n.Quasi); Child("tag", n.Tag); break;
            case MetaProperty n: Child("meta", n.Meta); Child("property", n.Property); break;
            case ImportExpression n: Child("source", n.Source); break;
            case ObjectPattern n: Nodes("properties", n.Properties); break;
            case ArrayPattern n: Nodes("elements", n.Elements); break;
            case AssignmentPattern n: Child("left", n.Left); Child("right", n.Right); break;
            case ImportDeclaration n: Child("source", n.Source); Nodes("specifiers", n.Specifiers); break;
            case ImportSpecifier n: Child("imported", n.Imported); Child("local", n.Local); break;
            case ImportDefaultSpecifier n: Child("local", n.Local); break;
            case ImportNamespaceSpecifier n: Child("local", n.Local); break;
            case ExportNamedDeclaration n: Child("declaration", n.Declaration); Child("source", n.Source); Nodes("specifiers", n.Specifiers); break;
            case ExportSpecifier n: Child("exported", n.Exported); Child("local", n.Local); break;
            case ExportDefaultDeclaration n: Child("declaration", n.Declaration); break;
            case ExportAllDeclaration n: Child("exported", n.Exported); Child("source", n.Source); break;
            default: throw new InvalidOperationException("no ESTree writer for " + node.GetType().Name);
        }
    }

    void WriteLiteral(Literal n)
    {
        if (n.Kind == LiteralKind.BigInt) Str("bigint", n.BigInt!);
        Str("raw", n.Raw);
        if (n.Kind == LiteralKind.RegExp)
        {
            Key("regex");
            _out.Write("{\"flags\":");
            WriteString(n.Flags!);
            _out.Write(",\"pattern\":");
            WriteString(n.Pattern!);
            _out.Write('}');
        }
        Key("value");
        switch (n.Kind)
        {
            case LiteralKind.String: WriteString(n.String!); break;
            case LiteralKind.Number: _out.Write(double.IsFinite(n.Number) ? NumberConversions.ToString(n.Number) : "null"); break;
            case LiteralKind.Boolean: _out.Write(n.Boolean ? "true" : "false"); break;
            default: _out.Write("null"); break;
        }
    }

    void Key(string name)
    {
        _out.Write(",\"");
        _out.Write(name);
        _out.Write("\":");
    }

    void Child(string name, Node? child)
    {
        Key(name);
        WriteNode(child);
    }

    void Nodes<T>(string name, List<T> nodes) where T : Node?
    {
        Key(name);
        _out.Write('[');
        for (int i = 0; i < nodes.Count; i++)
        {
            if (i > 0) _out.Write(',');
            WriteNode(nodes[i]);
        }
        _out.Write(']');
    }

    void Str(string name, string value)
    {
        Key(name);
        WriteString(value);
    }

    void Bool(string name, bool value)
    {
        Key(name);
        _out.Write(value ? "true" : "false");
    }

    void WriteStringOrNull(string? s)
    {
        if (s == null) _out.Write("null");
        else WriteString(s);
    }

    /// <summary>JSON.stringify's escaping, including \u-escapes for lone surrogates (well-formed JSON.stringify, ES2019).</summary>
    void WriteString(string s)
    {
        _out.Write('"');
        int chunk = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            string? escape = null;
            if (c < 0x20 || c == '"' || c == '\\')
            {
                escape = c switch
                {
                    '"' => "\\\"", '\\' => "\\\\", '\b' => "\\b", '\f' => "\\f", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4"),
                };
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                escape = "\\u" + ((int)c).ToString("x4");
            }
            if (escape == null) continue;
            _out.Write(s.AsSpan(chunk, i - chunk));
            _out.Write(escape);
            chunk = i + 1;
        }
        _out.Write(s.AsSpan(chunk));
        _out.Write('"');
    }
}
