using System.Reflection;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Mono.Cecil;

namespace Jsc.Compiler.Emit;

/// <summary>Every runtime type and member the emitted code uses, imported once per module.</summary>
sealed class RuntimeMembers
{
    readonly ModuleDefinition _module;
    readonly Dictionary<string, MethodReference> _methods = new();

    public readonly TypeReference Int32, Double, Object, Exception;
    public readonly TypeReference JsValue, Span, JsClosure, FunctionInfo, PropertySite, JsException, ForInIterator;
    public readonly TypeReference[] ArgBuffers;
    public readonly FieldReference ClosureEnv, ClosureLexicalThis, JsExceptionValue;
    public readonly FieldReference Undefined, Null, True, False, Hole;
    public readonly MethodReference FunctionInfoCtor, PropertySiteCtor, JsFunctionAttributeCtor, JsEnvironmentCtor;
    public readonly TypeReference JsEnvironment;
    public readonly FieldReference ParentEnvironment;

    public RuntimeMembers(ModuleDefinition module)
    {
        _module = module;
        Int32 = module.TypeSystem.Int32;
        Double = module.TypeSystem.Double;
        Object = module.TypeSystem.Object;
        Exception = Import(typeof(Exception));
        JsValue = Import(typeof(JsValue));
        Span = Import(typeof(ReadOnlySpan<JsValue>));
        JsClosure = Import(typeof(JsClosure));
        FunctionInfo = Import(typeof(FunctionInfo));
        PropertySite = Import(typeof(PropertySite));
        JsException = Import(typeof(JsException));
        ForInIterator = Import(typeof(ForInIterator));
        ArgBuffers = new[] { typeof(ArgBuffer1), typeof(ArgBuffer2), typeof(ArgBuffer3), typeof(ArgBuffer4), typeof(ArgBuffer5), typeof(ArgBuffer6) }
            .Select(Import).ToArray();
        ClosureEnv = module.ImportReference(typeof(JsClosure).GetField(nameof(Runtime.Objects.JsClosure.Env)));
        ClosureLexicalThis = module.ImportReference(typeof(JsClosure).GetField(nameof(Runtime.Objects.JsClosure.LexicalThis)));
        JsExceptionValue = module.ImportReference(typeof(JsException).GetField(nameof(Runtime.Errors.JsException.Value)));
        Undefined = StaticField(typeof(JsValue), nameof(Runtime.Values.JsValue.Undefined));
        Null = StaticField(typeof(JsValue), nameof(Runtime.Values.JsValue.Null));
        True = StaticField(typeof(JsValue), nameof(Runtime.Values.JsValue.True));
        False = StaticField(typeof(JsValue), nameof(Runtime.Values.JsValue.False));
        Hole = StaticField(typeof(JsValue), nameof(Runtime.Values.JsValue.Hole));
        FunctionInfoCtor = module.ImportReference(typeof(FunctionInfo).GetConstructors()[0]);
        PropertySiteCtor = module.ImportReference(typeof(PropertySite).GetConstructors()[0]);
        JsFunctionAttributeCtor = module.ImportReference(typeof(JsFunctionAttribute).GetConstructors()[0]);
        JsEnvironment = Import(typeof(JsEnvironment));
        JsEnvironmentCtor = module.ImportReference(typeof(JsEnvironment).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes));
        ParentEnvironment = module.ImportReference(typeof(JsEnvironment).GetField(nameof(Runtime.Objects.JsEnvironment.ParentEnvironment)));
    }

    public TypeReference Import(Type t) => _module.ImportReference(t);

    FieldReference StaticField(Type t, string name) => _module.ImportReference(t.GetField(name, BindingFlags.Public | BindingFlags.Static));

    /// <summary>A runtime method by type and name (and parameter count when overloaded).</summary>
    public MethodReference Method(Type type, string name, int parameterCount = -1)
    {
        string key = type.FullName + "::" + name + "/" + parameterCount;
        if (_methods.TryGetValue(key, out var m)) return m;
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
            .Where(x => x.Name == name && !x.IsGenericMethodDefinition && (parameterCount < 0 || x.GetParameters().Length == parameterCount)).ToArray();
        if (candidates.Length != 1) throw new InvalidOperationException($"runtime method {type.Name}.{name}/{parameterCount}: {candidates.Length} candidates");
        m = _module.ImportReference(candidates[0]);
        _methods[key] = m;
        return m;
    }

    public MethodReference Ctor(Type type, params Type[] parameters) => _module.ImportReference(type.GetConstructor(parameters));

    // Shorthands for the members used everywhere.
    public MethodReference FromNumber => Method(typeof(JsValue), nameof(Runtime.Values.JsValue.FromNumber));
    public MethodReference FromString => Method(typeof(JsValue), nameof(Runtime.Values.JsValue.FromString));
    public MethodReference FromBoolean => Method(typeof(JsValue), nameof(Runtime.Values.JsValue.FromBoolean));
    public MethodReference ToBoolean => Method(typeof(TypeConversion), nameof(TypeConversion.ToBoolean));
    public MethodReference Op(string name) => Method(typeof(Operators), name);
    public MethodReference Obj(string name) => Method(typeof(ObjectOperations), name);
    public MethodReference Fn(string name) => Method(typeof(FunctionOperations), name);
    public MethodReference Global(string name) => Method(typeof(GlobalOperations), name);
}
