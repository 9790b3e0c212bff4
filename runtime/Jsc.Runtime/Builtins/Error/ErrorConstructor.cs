using System.Diagnostics;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Error and the NativeError constructors (https://tc39.es/ecma262/#sec-error-constructor,
/// #sec-nativeerror-constructors). One class serves all seven; the base Error also keeps
/// V8's `Error.stackTraceLimit` in step with <see cref="StackTraceFormatter.Limit"/>, which
/// is why it is a class of its own rather than a <see cref="JsNativeFunction"/>.
/// </summary>
public sealed class ErrorConstructor : JsFunction
{
    static readonly (string Name, Func<Realm, JsObject> Prototype)[] NativeErrors =
    [
        ("EvalError", r => r.EvalErrorPrototype),
        ("RangeError", r => r.RangeErrorPrototype),
        ("ReferenceError", r => r.ReferenceErrorPrototype),
        ("SyntaxError", r => r.SyntaxErrorPrototype),
        ("TypeError", r => r.TypeErrorPrototype),
        ("URIError", r => r.URIErrorPrototype),
    ];

    /// <summary>False once Error.stackTraceLimit is not a number: V8 then gives new errors no `stack`.</summary>
    static bool _captureStacks = true;

    readonly string _name;
    readonly JsObject _instancePrototype;
    readonly bool _isBase;

    ErrorConstructor(Realm realm, string name, JsObject constructorPrototype, JsObject instancePrototype, bool isBase)
        : base(constructorPrototype)
    {
        _name = name;
        _instancePrototype = instancePrototype;
        _isBase = isBase;
        FastAddProperty("length", 1, PropertyFlags.Configurable);
        FastAddProperty("name", name, PropertyFlags.Configurable);
        FastAddProperty("prototype", JsValue.FromObject(instancePrototype), PropertyFlags.None);
        instancePrototype.FastAddProperty("constructor", JsValue.FromObject(this), PropertyFlags.Writable | PropertyFlags.Configurable);
        realm.DefineGlobal(name, JsValue.FromObject(this));
    }

    public static void Install(Realm realm)
    {
        var error = new ErrorConstructor(realm, "Error", realm.FunctionPrototype, realm.ErrorPrototype, isBase: true);
        error.DefineMethods(realm, new BuiltinMethod("captureStackTrace", 2, CaptureStackTrace));
        error.FastAddProperty("stackTraceLimit", StackTraceFormatter.Limit, PropertyFlags.Default);
        ErrorPrototype.Install(realm, realm.ErrorPrototype, "Error", isBase: true);
        foreach (var (name, prototype) in NativeErrors)
        {
            _ = new ErrorConstructor(realm, name, error, prototype(realm), isBase: false);
            ErrorPrototype.Install(realm, prototype(realm), name, isBase: false);
        }
    }

    public override string DisplayName => _name;

    /// <summary>Calling an error constructor without `new` is the same as with it.</summary>
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) => Construct(args, this);

    /// <summary>https://tc39.es/ecma262/#sec-error-message</summary>
    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var prototype = GetPrototypeFromConstructor(newTarget, _instancePrototype);
        var message = args.Arg(0);
        var text = message.IsUndefined ? null : TypeConversion.ToString(message);
        var error = new JsError(prototype, text, _captureStacks);
        InstallErrorCause(error, args.Arg(1));
        return error;
    }

    /// <summary>https://tc39.es/ecma262/#sec-installerrorcause</summary>
    internal static void InstallErrorCause(JsObject error, JsValue options)
    {
        if (options.AsObject is { } o && o.HasProperty("cause"))
            error.FastAddProperty("cause", o.Get("cause"), PropertyFlags.Writable | PropertyFlags.Configurable);
    }

    /// <summary>
    /// V8's Error.captureStackTrace(targetObject): a `stack` data property headed like
    /// Error.prototype.toString would print the object. The optional constructor argument
    /// leaves out the frames above its topmost call and that call (all frames when it is not
    /// on the stack).
    /// </summary>
    static JsValue CaptureStackTrace(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Arg(0).AsObject is not { } target) return Throw.TypeError<JsValue>("invalid_argument");
        IEnumerable<StackFrame> shown = new StackTrace(1, fNeedFileInfo: true).GetFrames();
        if (args.Arg(1).Ref is JsClosure constructorOpt) shown = FramesBelow(shown, constructorOpt);
        var frames = StackTraceFormatter.Format(shown);
        var header = TypeConversion.ToString(ErrorPrototype.ToString(JsValue.FromObject(target), ReadOnlySpan<JsValue>.Empty));
        ObjectAlgorithms.DefinePropertyOrThrow(target, "stack", PropertyDescriptor.Data(header + frames, PropertyFlags.Writable | PropertyFlags.Configurable));
        return JsValue.Undefined;
    }

    /// <summary>The frames after the innermost call of the function; none when it is not on the stack.</summary>
    static unsafe IEnumerable<StackFrame> FramesBelow(IEnumerable<StackFrame> frames, JsClosure function)
    {
        nint code = (nint)function.Info.Code;
        var list = frames.ToList();
        int index = list.FindIndex(f => f.GetMethod() is { } m && m.MethodHandle.GetFunctionPointer() == code);
        return index < 0 ? [] : list.Skip(index + 1);
    }

    // Writes to Error.stackTraceLimit, by assignment or defineProperty, reach the formatter.

    public override bool Set(PropertyKey key, JsValue value, JsValue receiver)
    {
        bool ok = base.Set(key, value, receiver);
        if (_isBase && key.Value is "stackTraceLimit") SyncStackTraceLimit();
        return ok;
    }

    public override bool DefineOwnProperty(PropertyKey key, PropertyDescriptor desc)
    {
        bool ok = base.DefineOwnProperty(key, desc);
        if (_isBase && key.Value is "stackTraceLimit") SyncStackTraceLimit();
        return ok;
    }

    public override bool Delete(PropertyKey key)
    {
        bool ok = base.Delete(key);
        if (_isBase && key.Value is "stackTraceLimit") SyncStackTraceLimit();
        return ok;
    }

    void SyncStackTraceLimit()
    {
        var desc = GetOwnProperty("stackTraceLimit");
        if (desc is { IsDataDescriptor: true } && desc.Value.IsNumber)
        {
            double limit = desc.Value.Number;
            StackTraceFormatter.Limit = double.IsNaN(limit) || limit <= 0 ? 0 : limit >= int.MaxValue ? int.MaxValue : (int)limit;
            _captureStacks = true;
        }
        else
        {
            StackTraceFormatter.Limit = 0;
            _captureStacks = false;
        }
    }
}
