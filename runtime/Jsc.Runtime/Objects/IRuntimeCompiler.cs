using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// The compiler as the runtime sees it, for code made at run time: `new Function`,
/// indirect `eval`, vm contexts and modules found only at run time. The compiler
/// library registers itself in <see cref="Realm.RuntimeCompiler"/> when it loads.
/// </summary>
public interface IRuntimeCompiler
{
    /// <summary>`new Function(p1, ..., body)`: a function in the global scope. SyntaxErrors surface as JS SyntaxError.</summary>
    JsFunction CompileFunction(Realm realm, string parameters, string body, string kind);

    /// <summary>Runs a script in the global scope and returns its completion value; for indirect eval
    /// (<paramref name="isEval"/>) its declarations are deletable globals.</summary>
    JsValue EvaluateScript(Realm realm, string source, string fileName, bool isEval = false);

    /// <summary>A CommonJS module's wrapper function `(exports, require, module, __filename, __dirname)`.</summary>
    JsFunction CompileModule(Realm realm, string source, string fileName);

    /// <summary>Direct eval: code that sees the caller's variables through its environment chain.</summary>
    JsValue EvaluateDirect(Realm realm, string source, JsEnvironment? environment, JsValue thisValue, bool strict, string? withObjects);
}
