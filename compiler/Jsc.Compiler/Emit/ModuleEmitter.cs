using Jsc.Compiler.Ast;
using Jsc.Compiler.Binding;
using Jsc.Compiler.Syntax;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

using MethodDefinition = Mono.Cecil.MethodDefinition;
using Scope = Jsc.Compiler.Binding.Scope;

namespace Jsc.Compiler.Emit;

/// <summary>
/// Emits one JavaScript module as a .NET type: a static method per function, a static
/// FunctionInfo field per function and a static PropertySite field per property-access
/// site (both made by the type initializer), an environment class per scope whose
/// variables closures capture, and `GetEntry()` returning the module body's FunctionInfo.
/// </summary>
sealed class ModuleEmitter
{
    public readonly ModuleDefinition Module;
    public readonly RuntimeMembers Rt;
    public readonly Binder Binder;
    public readonly SourceText Source;
    public readonly TypeDefinition Type;
    public readonly Document Document;
    readonly MethodDefinition _cctor;
    readonly ILProcessor _init;
    readonly FieldDefinition _sourceField;
    readonly Dictionary<FunctionScope, (MethodDefinition Method, FieldDefinition Info)> _functions = new();
    readonly Dictionary<string, FieldDefinition> _sites = new();
    int _counter;

    public ModuleEmitter(ModuleDefinition module, Binder binder, SourceText source, string typeName, string typeNamespace = ModuleAssembly.DefaultNamespace)
    {
        Module = module;
        Binder = binder;
        Source = source;
        Rt = new RuntimeMembers(module);
        Type = new TypeDefinition(typeNamespace, typeName,
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit, module.TypeSystem.Object);
        module.Types.Add(Type);
        // Stdlib modules keep their `node:NAME` (stack frames show it); files get absolute paths.
        var documentPath = source.FileName.StartsWith("node:", StringComparison.Ordinal) ? source.FileName : Path.GetFullPath(source.FileName);
        Document = new Document(documentPath) { Language = DocumentLanguage.Other };
        _cctor = new MethodDefinition(".cctor", MethodAttributes.Static | MethodAttributes.Private | MethodAttributes.HideBySig |
            MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, module.TypeSystem.Void);
        Type.Methods.Add(_cctor);
        _init = _cctor.Body.GetILProcessor();
        _sourceField = new FieldDefinition("Source", FieldAttributes.Static | FieldAttributes.Private | FieldAttributes.InitOnly, module.TypeSystem.String);
        Type.Fields.Add(_sourceField);
        _init.Emit(OpCodes.Ldstr, source.Text);
        _init.Emit(OpCodes.Stsfld, _sourceField);
    }

    public void EmitModule(Ast.Program program)
    {
        var root = Binder.Root;
        DeclareEnvironments();
        DeclareFunction(root, "", 0);
        new FunctionEmitter(this, root).EmitBody();
        var entry = new MethodDefinition("GetEntry", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, Rt.FunctionInfo);
        var il = entry.Body.GetILProcessor();
        il.Emit(OpCodes.Ldsfld, _functions[root].Info);
        il.Emit(OpCodes.Ret);
        Type.Methods.Add(entry);
        _init.Emit(OpCodes.Ret);
        foreach (var m in Type.Methods) m.Body.OptimizeMacros();
    }

    /// <summary>The method and FunctionInfo field of a function, declared on first use.</summary>
    public (MethodDefinition Method, FieldDefinition Info) Function(FunctionScope scope)
    {
        if (_functions.TryGetValue(scope, out var f)) return f;
        var fn = (IFunction)scope.Node;
        string name = fn.Id?.Name ?? "";
        int length = 0;
        foreach (var p in fn.Params)
        {
            if (p is AssignmentPattern or RestElement) break;
            length++;
        }
        return DeclareFunction(scope, name, length);
    }

    /// <summary>Sets the inferred name of an anonymous function expression (`var f = function () {}` is named "f").</summary>
    public readonly Dictionary<Node, string> InferredNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>How stack frames name a function when V8 names it apart from its `name`: "Point.norm" for
    /// `Point.prototype.norm = function`, "Object.m" for an object literal's method, "A.m" for a class's.</summary>
    public readonly Dictionary<Node, string> FrameNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>Source text Function.prototype.toString shows when it is not the function node's own: a method with its key, a class constructor's whole class.</summary>
    public readonly Dictionary<Node, (int Start, int End)> SourceRanges = new(ReferenceEqualityComparer.Instance);

    (MethodDefinition, FieldDefinition) DeclareFunction(FunctionScope scope, string name, int length)
    {
        if (name.Length == 0 && InferredNames.TryGetValue(scope.Node, out var inferred)) name = inferred;
        int id = _counter++;
        var method = new MethodDefinition(SafeName(name.Length > 0 ? name : "anonymous") + "$" + id,
            MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, Rt.JsValue);
        method.Parameters.Add(new ParameterDefinition("callee", ParameterAttributes.None, Rt.JsClosure));
        method.Parameters.Add(new ParameterDefinition("thisValue", ParameterAttributes.None, Rt.JsValue));
        method.Parameters.Add(new ParameterDefinition("args", ParameterAttributes.None, Rt.Span));
        method.Parameters.Add(new ParameterDefinition("newTarget", ParameterAttributes.None, Rt.JsValue));
        method.Body.InitLocals = true;
        var attribute = new CustomAttribute(Rt.JsFunctionAttributeCtor);
        string frameName = scope.Node is Ast.Program ? "Object.<anonymous>" : FrameNames.TryGetValue(scope.Node, out var framed) ? framed : name;
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(Module.TypeSystem.String, frameName));
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(Module.TypeSystem.String, Source.FileName));
        method.CustomAttributes.Add(attribute);
        Type.Methods.Add(method);

        var info = new FieldDefinition("Info$" + id, FieldAttributes.Static | FieldAttributes.Assembly | FieldAttributes.InitOnly, Rt.FunctionInfo);
        Type.Fields.Add(info);
        int kind = (scope.Strict ? 1 : 0) | (scope.IsArrow ? 2 : 0) | (IsMethod(scope) ? 4 : 0) |
            (ClassConstructors.TryGetValue(scope.Node, out bool derived) ? 8 | (derived ? 64 : 0) : 0) |
            (scope.Function_ is { IsGenerator: true } ? 16 : 0) | (scope.Function_ is { IsAsync: true } ? 32 : 0);
        _init.Emit(OpCodes.Ldstr, name);
        _init.Emit(OpCodes.Ldc_I4, length);
        _init.Emit(OpCodes.Ldc_I4, kind);
        _init.Emit(OpCodes.Ldftn, method);
        _init.Emit(OpCodes.Ldsfld, _sourceField);
        var (start, end) = SourceRanges.TryGetValue(scope.Node, out var range) ? range : (scope.Node.Start, scope.Node.End);
        _init.Emit(OpCodes.Ldc_I4, start);
        _init.Emit(OpCodes.Ldc_I4, end);
        _init.Emit(OpCodes.Newobj, Rt.FunctionInfoCtor);
        _init.Emit(OpCodes.Stsfld, info);
        _functions[scope] = (method, info);
        return (method, info);
    }

    public readonly HashSet<Node> MethodFunctions = new(ReferenceEqualityComparer.Instance);
    /// <summary>Class constructor functions, and whether each class has `extends`.</summary>
    public readonly Dictionary<Node, bool> ClassConstructors = new(ReferenceEqualityComparer.Instance);
    bool IsMethod(FunctionScope scope) => MethodFunctions.Contains(scope.Node);

    /// <summary>A method's source for toString: from its key (with get/set/async/*) to its end; V8 leaves out `static`.</summary>
    public void SetMethodSource(Node definition, FunctionExpression function, bool isStatic)
    {
        int start = definition.Start;
        if (isStatic && string.CompareOrdinal(Source.Text, start, "static", 0, 6) == 0)
        {
            start += 6;
            while (start < function.Start && char.IsWhiteSpace(Source.Text[start])) start++;
        }
        SourceRanges.TryAdd(function, (start, definition.End));
    }

    static string SafeName(string name) => new(name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());

    /// <summary>A static PropertySite for a property name; sites are per use so each caches its own shapes.</summary>
    /// <summary>A mutable static field of the module type, for a per-site cache (a tagged template's object).</summary>
    public FieldDefinition NewCacheField(TypeReference type)
    {
        var field = new FieldDefinition("Cache$" + _counter++, FieldAttributes.Static | FieldAttributes.Assembly, type);
        Type.Fields.Add(field);
        return field;
    }

    public FieldDefinition NewSite(string name)
    {
        var field = new FieldDefinition("Site$" + _counter++, FieldAttributes.Static | FieldAttributes.Assembly | FieldAttributes.InitOnly, Rt.PropertySite);
        Type.Fields.Add(field);
        _init.Emit(OpCodes.Ldstr, name);
        _init.Emit(OpCodes.Newobj, Rt.PropertySiteCtor);
        _init.Emit(OpCodes.Stsfld, field);
        return field;
    }

    /// <summary>Environment classes for every scope with captured symbols, nested functions included.</summary>
    void DeclareEnvironments()
    {
        foreach (var s in Binder.AllScopes)
        {
            if (!s.HasEnvironment || s.EnvType != null) continue;
            // Direct eval rebuilds scope chains from these classes: the prefix says which are function scopes.
            var env = new TypeDefinition("", (s is FunctionScope ? "FunctionEnv$" : "BlockEnv$") + _counter++,
                TypeAttributes.NestedPublic | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit, Rt.JsEnvironment);
            Type.NestedTypes.Add(env);
            var ctor = new MethodDefinition(".ctor", MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, Module.TypeSystem.Void);
            var il = ctor.Body.GetILProcessor();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Call, Rt.JsEnvironmentCtor);
            il.Emit(OpCodes.Ret);
            env.Methods.Add(ctor);
            s.EnvType = env;
            foreach (var symbol in s.Symbols.Values.Concat(s is FunctionScope { SelfName: { } self } ? new[] { self } : []))
            {
                if (!symbol.Captured) continue;
                var field = new FieldDefinition(symbol.Name, FieldAttributes.Public, Rt.JsValue);
                env.Fields.Add(field);
                symbol.Field = field;
            }
        }
        // Parent links, typed with the enclosing environment's class.
        foreach (var s in Binder.AllScopes)
        {
            if (s.EnvType is not TypeDefinition || s.EnvParentField != null) continue;
            var parent = s.Parent?.NearestEnvironment();
            if (parent == null) continue;
            var parentField = new FieldDefinition("<parent>", FieldAttributes.Public, parent.EnvType!);
            ((TypeDefinition)s.EnvType).Fields.Add(parentField);
            s.EnvParentField = parentField;
        }
    }

    /// <summary>The env class's default constructor.</summary>
    public MethodReference EnvCtor(Scope scope) => ((TypeDefinition)scope.EnvType!).Methods.First(m => m.IsConstructor);
}
