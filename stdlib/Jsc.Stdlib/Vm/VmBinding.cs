using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Vm;

/// <summary>
/// `internal/vm_binding`: what lib/vm.js needs (https://nodejs.org/docs/v0.8.16/api/vm.html) —
/// scripts compiled at run time (<see cref="Realm.RuntimeCompiler"/>) in this realm's global
/// scope, and contexts: each a fresh realm with its own global object and built-ins, in which
/// a script runs with <see cref="Realm.Current"/> switched to it.
/// </summary>
public static class VmBinding
{
    /// <summary>A context made by createContext: the realm whose global its scripts see.</summary>
    sealed class ContextHandle(JsObject prototype, Realm inner) : JsObject(prototype)
    {
        public readonly Realm Inner = inner;
    }

    public static void Install(Realm realm)
    {
        ModuleLoader.CoreModules.TryAdd("internal/vm_binding", Create);
    }

    static JsValue Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        binding.DefineMethods(realm,
            new BuiltinMethod("compile", 2, (_, a) => Compile(realm, a.Arg(0), a.Arg(1))),
            new BuiltinMethod("runInThisContext", 2, (_, a) => Evaluate(realm, a.Arg(0), a.Arg(1))),
            new BuiltinMethod("makeContext", 0, (_, _) => MakeContext(realm)),
            new BuiltinMethod("globalOf", 1, (_, a) => JsValue.FromObject(Handle(a.Arg(0)).Inner.GlobalObject)),
            new BuiltinMethod("runInContext", 3, (_, a) => RunIn(Handle(a.Arg(0)).Inner, a.Arg(1), a.Arg(2))));
        return JsValue.FromObject(binding);
    }

    static ContextHandle Handle(JsValue value) =>
        value.AsObject as ContextHandle ?? throw NodeErrors.InvalidArgType("contextifiedObject", "an vm.Context", value);

    static IRuntimeCompiler Compiler =>
        Realm.RuntimeCompiler ?? throw new InvalidOperationException("vm needs the compiler at run time");

    /// <summary>Checks the syntax now, as new vm.Script does: a SyntaxError is thrown at once.</summary>
    static JsValue Compile(Realm realm, JsValue code, JsValue fileName)
    {
        // A function expression wrapping the code parses it without running it.
        Compiler.CompileFunction(realm, "", TypeConversion.ToString(code), "normal");
        return JsValue.Undefined;
    }

    static JsValue Evaluate(Realm realm, JsValue code, JsValue fileName) =>
        Compiler.EvaluateScript(realm, TypeConversion.ToString(code), FileName(fileName));

    static string FileName(JsValue fileName) => fileName.IsUndefined ? "evalmachine.<anonymous>" : TypeConversion.ToString(fileName);

    static JsValue MakeContext(Realm realm)
    {
        var previous = Realm.CurrentOrNull;
        try
        {
            var inner = Realm.Create();
            return JsValue.FromObject(new ContextHandle(realm.ObjectPrototype, inner));
        }
        finally
        {
            Realm.Current = previous!;
        }
    }

    static JsValue RunIn(Realm inner, JsValue code, JsValue fileName)
    {
        var previous = Realm.CurrentOrNull;
        Realm.Current = inner;
        try
        {
            return Compiler.EvaluateScript(inner, TypeConversion.ToString(code), FileName(fileName));
        }
        finally
        {
            Realm.Current = previous!;
        }
    }
}
