using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>AggregateError: https://tc39.es/ecma262/#sec-aggregate-error-constructor</summary>
public static class AggregateErrorConstructor
{
    public static void Install(Realm realm)
    {
        var proto = new JsObject(realm.ErrorPrototype);
        PromiseIntrinsics.Of(realm).AggregateErrorPrototype = proto;
        var ctor = BuiltinTable.DefineConstructor(realm, "AggregateError", 2, proto,
            (_, args) => Construct(args, null), Construct);
        ctor.SetPrototypeOf(realm.GlobalObject.Get("Error").AsObject);
        ErrorPrototype.Install(realm, proto, "AggregateError", isBase: false);
    }

    /// <summary>https://tc39.es/ecma262/#sec-aggregate-error</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var realm = Realm.Current;
        var fallback = PromiseIntrinsics.Of(realm).AggregateErrorPrototype;
        var proto = newTarget == null ? fallback : JsFunction.GetPrototypeFromConstructor(newTarget, fallback);
        var message = args.Arg(1);
        var error = new JsError(proto, message.IsUndefined ? null : TypeConversion.ToString(message));
        ErrorConstructor.InstallErrorCause(error, args.Arg(2));
        var errors = new List<JsValue>();
        var iterable = args.Arg(0);
        ArrayAlgorithms.Iterate(iterable, MapConstructor.GetIteratorMethod(iterable), value =>
        {
            errors.Add(value);
            return true;
        });
        SetErrors(error, errors);
        return error;
    }

    static void SetErrors(JsObject error, List<JsValue> errors)
    {
        // V8 gives the error its `stack` first; made now, it keeps that place among the own keys.
        error.GetOwnProperty("stack");
        ObjectAlgorithms.DefinePropertyOrThrow(error, "errors",
            PropertyDescriptor.Data(CoreBuiltins.CreateArrayFromList(errors), PropertyFlags.Writable | PropertyFlags.Configurable));
    }

    /// <summary>The AggregateError Promise.any rejects with.</summary>
    internal static JsError Create(string message, List<JsValue> errors)
    {
        var error = new JsError(PromiseIntrinsics.Of(Realm.Current).AggregateErrorPrototype, message);
        SetErrors(error, errors);
        return error;
    }
}
