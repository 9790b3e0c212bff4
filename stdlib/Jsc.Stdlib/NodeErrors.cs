using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib;

/// <summary>
/// Node's coded errors (https://nodejs.org/api/errors.html#nodejs-error-codes): a JS error of
/// the usual constructor whose `code` property names the failure, with node's message text.
/// </summary>
public static class NodeErrors
{
    public static JsException Make(JsObject prototype, string code, string message)
    {
        var error = new JsError(prototype, message);
        error.FastAddProperty("code", code);
        return new JsException(JsValue.FromObject(error));
    }

    /// <summary>ERR_INVALID_ARG_TYPE: `The "name" argument must be of type T. Received ...`.</summary>
    public static JsException InvalidArgType(string name, string expected, JsValue actual) =>
        Make(Realm.Current.TypeErrorPrototype, "ERR_INVALID_ARG_TYPE",
            $"The \"{name}\" argument must be {expected}. Received {DescribeReceived(actual)}");

    /// <summary>How node's argument errors show the value they got: `undefined`, `type number (1)`, `an instance of Foo`...</summary>
    public static string DescribeReceived(JsValue value)
    {
        if (value.IsUndefined || value.IsNull) return TypeConversion.ToString(value);
        if (value.AsObject is JsFunction f) return f.DisplayName.Length > 0 ? "function " + f.DisplayName : "function ";
        if (value.AsObject is { } o) return "an instance of " + Inspect.ConstructorName(o);
        string shown = value.IsString ? "'" + value.String + "'" : Inspect.Brief(value);
        if (shown.Length > 28) shown = shown[..25] + "...";
        string type = value.IsString ? "string" : value.IsNumber ? "number" : value.IsBoolean ? "boolean" : "symbol";
        return $"type {type} ({shown})";
    }
}
