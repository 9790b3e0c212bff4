using System.Reflection;
using Jsc.Runtime.Values;
using Mono.Cecil;

namespace Jsc.Compiler.Binding;

/// <summary>
/// Rebuilds, for direct eval, the compile-time scopes of the code that called it from the
/// environment object it passed: each environment class's public JsValue fields are the
/// captured variables (named as in the source), `&lt;parent&gt;` links outward, and the
/// class-name prefix tells function scopes from block scopes. Eval code then binds to
/// those fields exactly as a nested closure would.
/// </summary>
static class EvalScopeChain
{
    public static Scope? Build(Type? environmentType, ModuleDefinition module)
    {
        if (environmentType == null) return null;
        var parentField = environmentType.GetField("<parent>");
        var parent = parentField != null ? Build(parentField.FieldType, module) : null;
        Scope scope = environmentType.Name.StartsWith("FunctionEnv$", StringComparison.Ordinal)
            ? new FunctionScope(new Ast.Program(), parent, strict: false)
            : new Scope(ScopeKind.Block, parent, parent as FunctionScope ?? parent?.Function);
        scope.EnvType = module.ImportReference(environmentType);
        scope.EnvParentField = parentField != null ? module.ImportReference(parentField) : null;
        scope.ForceEnvironment = true;
        foreach (var field in environmentType.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (field.FieldType != typeof(JsValue)) continue;
            var symbol = scope.Declare(field.Name, SymbolKind.Var);
            symbol.Captured = true;
            symbol.Field = module.ImportReference(field);
            if (field.GetCustomAttribute<Runtime.Objects.MappedParameterAttribute>() is { } mapped) symbol.MappedIndex = mapped.Index;
        }
        if (scope is FunctionScope function)
        {
            // It called eval: sloppy eval code may have declared vars into it (see FunctionEmitter.EmitShadowableLoad).
            function.HasDirectEval = true;
            if (function.Symbols.TryGetValue("arguments", out var arguments)) function.ArgumentsSymbol = arguments;
        }
        return scope;
    }
}
