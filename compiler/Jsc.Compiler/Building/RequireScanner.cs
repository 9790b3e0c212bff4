using System.Collections;
using System.Reflection;
using Jsc.Compiler.Ast;

namespace Jsc.Compiler.Building;

/// <summary>
/// Finds a module's `require(...)` calls: the string literals it requires, and whether any call
/// computes its argument (then the build takes the whole package). The walk reads the AST's
/// public fields by reflection, cached per node type: it runs once per module at build time
/// and spares a hand-written visitor over every node type.
/// </summary>
public static class RequireScanner
{
    static readonly Dictionary<Type, FieldInfo[]> ChildFields = new();

    public static (List<string> Literals, bool Dynamic) Scan(Ast.Program program)
    {
        var literals = new List<string>();
        bool dynamic = false;
        var stack = new Stack<Node>();
        stack.Push(program);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is CallExpression { Callee: Identifier { Name: "require" } } call)
            {
                if (call.Arguments is [Literal { Kind: LiteralKind.String, String: { } request }]) literals.Add(request);
                else dynamic = true;
            }
            foreach (var field in FieldsOf(node.GetType()))
            {
                switch (field.GetValue(node))
                {
                    case Node child: stack.Push(child); break;
                    case IList list:
                        for (int i = list.Count - 1; i >= 0; i--)
                            if (list[i] is Node item) stack.Push(item);
                        break;
                }
            }
        }
        return (literals, dynamic);
    }

    static FieldInfo[] FieldsOf(Type type)
    {
        lock (ChildFields)
        {
            if (ChildFields.TryGetValue(type, out var fields)) return fields;
            return ChildFields[type] = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
                .Where(f => typeof(Node).IsAssignableFrom(f.FieldType) || typeof(IList).IsAssignableFrom(f.FieldType) && f.FieldType.IsGenericType)
                .ToArray();
        }
    }
}
