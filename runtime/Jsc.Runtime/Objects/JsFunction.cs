using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// A callable object. https://tc39.es/ecma262/#sec-ecmascript-function-objects
/// Arguments arrive as a span, so callers pass stack buffers instead of arrays.
/// </summary>
public abstract class JsFunction : JsObject
{
    protected JsFunction(JsObject? prototype) : base(prototype) { }
    protected JsFunction(Shape shape) : base(shape) { }
    /// <summary>A callable exotic object with internal methods of its own (a proxy of a function).</summary>
    protected JsFunction() { }

    public override string ClassName => "Function";

    /// <summary>[[Call]]</summary>
    public abstract JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args);

    public virtual bool IsConstructor => true;

    /// <summary>The function's name for messages and stack traces.</summary>
    public virtual string DisplayName => Get("name") is { IsString: true } n ? n.String : "";

    /// <summary>
    /// [[Construct]] for base constructors: a new object whose prototype is newTarget.prototype
    /// (or the realm's Object.prototype), passed as `this`; an object result replaces it.
    /// </summary>
    public virtual JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (!IsConstructor) Throw.TypeError($"{DisplayName} is not a constructor");
        var thisObject = new JsObject(GetPrototypeFromConstructor(newTarget, Realm.Current.ObjectPrototype));
        var result = Call(JsValue.FromObject(thisObject), args);
        return result.IsObject ? result : JsValue.FromObject(thisObject);
    }

    /// <summary>https://tc39.es/ecma262/#sec-getprototypefromconstructor</summary>
    public static JsObject GetPrototypeFromConstructor(JsObject constructor, JsObject fallback) =>
        constructor.Get("prototype").AsObject ?? fallback;
}

/// <summary>The signature of a built-in implemented in C#.</summary>
public delegate JsValue NativeCode(JsValue thisValue, ReadOnlySpan<JsValue> args);

/// <summary>The [[Construct]] of a built-in implemented in C#.</summary>
public delegate JsValue NativeConstruct(ReadOnlySpan<JsValue> args, JsObject newTarget);

/// <summary>A built-in function. https://tc39.es/ecma262/#sec-built-in-function-objects</summary>
public sealed class JsNativeFunction : JsFunction
{
    readonly NativeCode _code;
    readonly NativeConstruct? _construct;
    readonly string _name;

    public JsNativeFunction(Realm realm, string name, int length, NativeCode code, NativeConstruct? construct = null)
        : base(realm.FunctionPrototype)
    {
        _code = code;
        _construct = construct;
        _name = name;
        FastAddProperty("length", length, PropertyFlags.Configurable);
        FastAddProperty("name", name, PropertyFlags.Configurable);
    }

    public override string DisplayName => _name;
    public override bool IsConstructor => _construct != null;
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args) => _code(thisValue, args);

    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (_construct == null) Throw.TypeError($"{_name} is not a constructor");
        return _construct(args, newTarget);
    }
}
