using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>https://tc39.es/ecma262/#sec-properties-of-the-error-prototype-object and #sec-properties-of-the-nativeerror-prototype-objects</summary>
public static class ErrorPrototype
{
    public static void Install(Realm realm, JsObject prototype, string name, bool isBase)
    {
        prototype.FastAddProperty("name", name, PropertyFlags.Writable | PropertyFlags.Configurable);
        prototype.FastAddProperty("message", "", PropertyFlags.Writable | PropertyFlags.Configurable);
        if (isBase) prototype.DefineMethods(realm, new BuiltinMethod("toString", 0, ToString));
    }

    /// <summary>https://tc39.es/ecma262/#sec-error.prototype.tostring</summary>
    public static JsValue ToString(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.AsObject is not { } obj)
            return Throw.TypeError<JsValue>("Method Error.prototype.toString called on incompatible receiver " + Inspect.Brief(thisValue));
        var nameValue = obj.Get("name");
        string name = nameValue.IsUndefined ? "Error" : TypeConversion.ToString(nameValue);
        var messageValue = obj.Get("message");
        string message = messageValue.IsUndefined ? "" : TypeConversion.ToString(messageValue);
        if (name.Length == 0) return message;
        if (message.Length == 0) return name;
        return name + ": " + message;
    }
}
