using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// Direct eval and the name lookups it makes dynamic: in a function that contains a
/// direct eval (or `with`), a name not declared statically may have been declared by eval
/// in an enclosing function's environment, so it is looked up there before the global object.
/// </summary>
public static class EvalOperations
{
    /// <summary>`eval(...)` where `eval` names the global binding: https://tc39.es/ecma262/#sec-function-calls-runtime-semantics-evaluation step 6</summary>
    /// <param name="withObjects">The bindings (comma-separated) of the with-objects around the call, or null.</param>
    public static JsValue DirectEval(JsValue callee, ReadOnlySpan<JsValue> args, JsEnvironment? env, JsValue thisValue, bool strict, string calleeText, string? withObjects)
    {
        var realm = Realm.Current;
        if (!ReferenceEquals(callee.Ref, realm.EvalFunction)) return ObjectOperations.CallWithThis(JsValue.Undefined, callee, args, calleeText);
        var source = args.Length > 0 ? args[0] : JsValue.Undefined;
        if (!source.IsString) return source;
        return Realm.RuntimeCompiler!.EvaluateDirect(realm, source.String, env, thisValue, strict, withObjects);
    }

    static bool TryFind(JsEnvironment? env, string name, out JsEnvironment holder)
    {
        for (var e = env; e != null; e = e.ParentEnvironment)
        {
            if (e.EvalVars != null && e.EvalVars.ContainsKey(name))
            {
                holder = e;
                return true;
            }
        }
        holder = null!;
        return false;
    }

    /// <summary>A var that sloppy eval declared in an environment from <paramref name="env"/> out to (not including) <paramref name="stop"/>, which shadows the binding there.</summary>
    static Dictionary<string, JsValue>? FindShadowing(JsEnvironment? env, JsEnvironment stop, string name)
    {
        for (var e = env; e != null && e != stop; e = e.ParentEnvironment)
            if (e.EvalVars != null && e.EvalVars.ContainsKey(name)) return e.EvalVars;
        return null;
    }

    public static bool TryGetShadowing(JsEnvironment? env, JsEnvironment stop, string name, out JsValue value)
    {
        value = JsValue.Undefined;
        return FindShadowing(env, stop, name) is { } vars && vars.TryGetValue(name, out value);
    }

    public static bool TrySetShadowing(JsEnvironment? env, JsEnvironment stop, string name, JsValue value)
    {
        if (FindShadowing(env, stop, name) is not { } vars) return false;
        vars[name] = value;
        return true;
    }

    public static JsValue Get(JsEnvironment? env, PropertySite site) =>
        TryFind(env, site.Name, out var holder) ? holder.EvalVars![site.Name] : GlobalOperations.Get(site);

    public static JsValue TypeOf(JsEnvironment? env, PropertySite site) =>
        TryFind(env, site.Name, out var holder) ? JsValue.FromString(holder.EvalVars![site.Name].TypeOf()) : GlobalOperations.TypeOf(site);

    public static void Set(JsEnvironment? env, PropertySite site, JsValue value, bool strict)
    {
        if (TryFind(env, site.Name, out var holder)) holder.EvalVars![site.Name] = value;
        else GlobalOperations.Set(site, value, strict);
    }

    /// <summary>`delete name`: eval-declared variables can be deleted.</summary>
    public static bool Delete(JsEnvironment? env, PropertySite site)
    {
        if (TryFind(env, site.Name, out var holder)) return holder.EvalVars!.Remove(site.Name);
        return GlobalOperations.Delete(site);
    }

    /// <summary>`var x` / `function x` in sloppy eval code: declared in the nearest function environment that allows it.</summary>
    public static void DeclareVar(JsEnvironment? target, string name)
    {
        if (target == null)
        {
            GlobalOperations.DeclareVar(name, deletable: true);
            return;
        }
        var vars = target.EvalVars ??= new Dictionary<string, JsValue>();
        vars.TryAdd(name, JsValue.Undefined);
    }

    public static void DeclareFunction(JsEnvironment? target, string name, JsValue function)
    {
        if (target == null)
        {
            GlobalOperations.DeclareFunction(name, function, deletable: true);
            return;
        }
        (target.EvalVars ??= new Dictionary<string, JsValue>())[name] = function;
    }
}
