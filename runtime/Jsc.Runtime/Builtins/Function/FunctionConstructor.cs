using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-function-constructor</summary>
public static class FunctionConstructor
{
    public static void Install(Realm realm)
    {
        BuiltinTable.DefineConstructor(realm, "Function", 1, realm.FunctionPrototype,
            (_, args) => CreateDynamicFunction(args, "normal"),
            (args, _) => CreateDynamicFunction(args, "normal"));
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-createdynamicfunction — the parameters and body are
    /// converted to strings here; the compiler assembles and parses the source text.
    /// </summary>
    public static JsValue CreateDynamicFunction(ReadOnlySpan<JsValue> args, string kind)
    {
        var parameters = new string[Math.Max(0, args.Length - 1)];
        for (int i = 0; i < parameters.Length; i++) parameters[i] = TypeConversion.ToString(args[i]);
        string body = args.Length > 0 ? TypeConversion.ToString(args[^1]) : "";
        var compiler = Realm.RuntimeCompiler ?? Throw.TypeError<IRuntimeCompiler>("Code generation from strings is not available");
        return compiler.CompileFunction(Realm.Current, string.Join(",", parameters), body, kind);
    }
}
