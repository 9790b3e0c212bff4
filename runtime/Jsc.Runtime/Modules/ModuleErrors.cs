using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Modules;

/// <summary>A resolution failure found without a realm at hand (NodeResolution); the loader turns it into a JS error.</summary>
public sealed class ResolutionException(string code, string message, string? path = null) : Exception(message)
{
    public string Code { get; } = code;
    public string? PackagePath { get; } = path;
}

/// <summary>The errors of node's module loader (https://nodejs.org/api/errors.html), with node 20's messages.</summary>
static class ModuleErrors
{
    public static JsException Coded(JsObject prototype, string code, string message)
    {
        var error = new JsError(prototype, message);
        error.FastAddProperty("code", code);
        return new JsException(JsValue.FromObject(error));
    }

    /// <summary>MODULE_NOT_FOUND: `Cannot find module 'x'` and the files that required it, innermost first.</summary>
    public static JsException NotFound(Realm realm, string request, List<string> requireStack)
    {
        var message = $"Cannot find module '{request}'";
        if (requireStack.Count > 0) message += "\nRequire stack:\n- " + string.Join("\n- ", requireStack);
        var exception = Coded(realm.ErrorPrototype, "MODULE_NOT_FOUND", message);
        var stack = new JsArray(realm.ArrayPrototype);
        foreach (var file in requireStack) stack.Push(file);
        ((JsObject)exception.Value.AsObject!).FastAddProperty("requireStack", JsValue.FromObject(stack));
        return exception;
    }

    public static JsException FromResolution(Realm realm, ResolutionException e)
    {
        var exception = Coded(e.Code == "MODULE_NOT_FOUND" ? realm.ErrorPrototype : realm.ErrorPrototype, e.Code, e.Message);
        if (e.PackagePath != null) ((JsObject)exception.Value.AsObject!).FastAddProperty("path", e.PackagePath);
        return exception;
    }

    /// <summary>ERR_INVALID_ARG_TYPE for a request that is not a string.</summary>
    public static JsException InvalidId(Realm realm, JsValue id) =>
        Coded(realm.TypeErrorPrototype, "ERR_INVALID_ARG_TYPE",
            "The \"id\" argument must be of type string. Received " + Describe(id));

    public static JsException EmptyId(Realm realm) =>
        Coded(realm.TypeErrorPrototype, "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''");

    /// <summary>How node's argument errors show a value: `undefined`, `type number (1)`, `an instance of Object`.</summary>
    public static string Describe(JsValue value)
    {
        if (value.IsUndefined || value.IsNull) return TypeConversion.ToString(value);
        if (value.AsObject is JsFunction f) return "function " + f.DisplayName;
        if (value.AsObject is { } o) return "an instance of " + Inspect.ConstructorName(o);
        var shown = value.IsString ? "'" + value.String + "'" : Inspect.Brief(value);
        if (shown.Length > 28) shown = shown[..25] + "...";
        var type = value.IsString ? "string" : value.IsNumber ? "number" : value.IsBoolean ? "boolean" : "symbol";
        return $"type {type} ({shown})";
    }
}
