using System.Diagnostics.CodeAnalysis;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Errors;

/// <summary>
/// Every error the runtime raises goes through here, so hot methods stay small and
/// messages stay consistent with V8's wording.
/// </summary>
public static class Throw
{
    [DoesNotReturn]
    public static void TypeError(string message) => throw new JsException(MakeError(Realm.Current.TypeErrorPrototype, message));
    [DoesNotReturn]
    public static void RangeError(string message) => throw new JsException(MakeError(Realm.Current.RangeErrorPrototype, message));
    [DoesNotReturn]
    public static void ReferenceError(string message) => throw new JsException(MakeError(Realm.Current.ReferenceErrorPrototype, message));
    [DoesNotReturn]
    public static void SyntaxError(string message) => throw new JsException(MakeError(Realm.Current.SyntaxErrorPrototype, message));
    [DoesNotReturn]
    public static void URIError(string message) => throw new JsException(MakeError(Realm.Current.URIErrorPrototype, message));

    /// <summary>A RangeError in expression position.</summary>
    [DoesNotReturn]
    public static T RangeError<T>(string message) => throw new JsException(MakeError(Realm.Current.RangeErrorPrototype, message));

    /// <summary>A SyntaxError in expression position.</summary>
    [DoesNotReturn]
    public static T SyntaxError<T>(string message) => throw new JsException(MakeError(Realm.Current.SyntaxErrorPrototype, message));

    /// <summary>The same as <see cref="TypeError"/>, typed to be used in expression position.</summary>
    [DoesNotReturn]
    public static T TypeError<T>(string message) => throw new JsException(MakeError(Realm.Current.TypeErrorPrototype, message));

    public static JsValue MakeError(JsObject prototype, string message) => JsValue.FromObject(new JsError(prototype, message));

    /// <summary>Deep recursion: a catchable RangeError instead of a dead process.</summary>
    [DoesNotReturn]
    public static void StackOverflow() =>
        throw new JsException(JsValue.FromObject(new JsError(Realm.Current.RangeErrorPrototype, "Maximum call stack size exceeded", captureStack: false) { AwaitsTrace = true }));
}
