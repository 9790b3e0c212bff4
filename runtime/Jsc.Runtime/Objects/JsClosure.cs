using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

[Flags]
public enum FunctionKind
{
    Normal = 0,
    Strict = 1,
    /// <summary>Arrow functions and methods are not constructors and have no own `prototype`.</summary>
    Arrow = 2,
    Method = 4,
    ClassConstructor = 8,
    Generator = 16,
    Async = 32,
    /// <summary>The constructor of a class with `extends`: `this` comes from super().</summary>
    Derived = 64,
}

/// <summary>
/// What the compiler knows about one function, made once per function when its module
/// loads: name, length, kind, source text, and a pointer to the static method that holds
/// its code. That method's signature is
/// <c>JsValue Body(JsClosure callee, JsValue thisValue, ReadOnlySpan&lt;JsValue&gt; args, JsValue newTarget)</c>.
/// </summary>
public sealed unsafe class FunctionInfo
{
    public readonly string Name;
    public readonly int Length;
    public readonly FunctionKind Kind;
    public readonly delegate*<JsClosure, JsValue, ReadOnlySpan<JsValue>, JsValue, JsValue> Code;
    readonly string _source;
    readonly int _start, _end;

    public FunctionInfo(string name, int length, int kind, nint code, string source, int start, int end)
    {
        Name = name;
        Length = length;
        Kind = (FunctionKind)kind;
        Code = (delegate*<JsClosure, JsValue, ReadOnlySpan<JsValue>, JsValue, JsValue>)code;
        _source = source;
        _start = start;
        _end = end;
    }

    public bool IsStrict => (Kind & FunctionKind.Strict) != 0;

    /// <summary>The function's source text, for Function.prototype.toString.</summary>
    public string SourceText => _source.Substring(_start, _end - _start);
}

/// <summary>
/// A function compiled from JavaScript: its <see cref="FunctionInfo"/> and the
/// environment it closes over. `length` and `name` sit in a shape made once per realm;
/// `prototype` is only created when something looks at it, since most functions are
/// never used as constructors.
/// </summary>
public sealed unsafe class JsClosure : JsFunction
{
    public readonly FunctionInfo Info;
    /// <summary>The captured environment (an emitted environment class), or null.</summary>
    public readonly object? Env;
    /// <summary>Arrow functions capture `this` lexically; the emitter stores it here.</summary>
    public readonly JsValue LexicalThis;
    /// <summary>The object whose prototype `super.x` reads in a class method (its class's prototype or the class).</summary>
    public JsObject? HomeObject;
    /// <summary>A class constructor's instance fields and private methods, or null when it has none.</summary>
    public ClassFieldList? InstanceFields;

    public JsClosure(FunctionInfo info, object? env) : this(info, env, default) { }

    public JsClosure(FunctionInfo info, object? env, JsValue lexicalThis) : base(Builtins.GeneratorIntrinsics.ClosureShapeFor(info.Kind))
    {
        Info = info;
        Env = env;
        LexicalThis = lexicalThis;
        _slots[0] = info.Length;
        _slots[1] = info.Name;
        if ((info.Kind & (FunctionKind.Strict | FunctionKind.Arrow | FunctionKind.Method | FunctionKind.ClassConstructor | FunctionKind.Generator | FunctionKind.Async)) == 0)
        {
            _slots[2] = JsValue.Null;
            _slots[3] = JsValue.Null;
        }
        if ((info.Kind & (FunctionKind.Arrow | FunctionKind.Method | FunctionKind.Async)) == 0 || (info.Kind & FunctionKind.Generator) != 0) DeferProperty("prototype");
    }

    public override string DisplayName => Info.Name;

    /// <summary>SetFunctionName for a function whose name is only known at run time (a computed key)
    /// (https://tc39.es/ecma262/#sec-setfunctionname); called right after creation, while `name` is still the shape's slot.</summary>
    public void SetFunctionName(PropertyKey key, string? prefix)
    {
        string name = key.IsSymbol ? (key.Symbol.Description is { } d ? "[" + d + "]" : "") : key.Name;
        _slots[1] = prefix == null ? name : prefix + " " + name;
    }

    /// <summary>A `prototype` not made yet must not be looked up through shapes (a generator function's [[Prototype]] has one).</summary>
    protected internal override bool IsOrdinaryKey(PropertyKey key) => !(HasLazyProperty && key.Value is "prototype");
    public override bool IsConstructor => (Info.Kind & (FunctionKind.Arrow | FunctionKind.Method | FunctionKind.Generator | FunctionKind.Async)) == 0;

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if ((Info.Kind & FunctionKind.ClassConstructor) != 0)
            Throw.TypeError($"Class constructor {Info.Name} cannot be invoked without 'new'");
        return Info.Code(this, thisValue, args, default);
    }

    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (!IsConstructor) Throw.TypeError($"{(Info.Name.Length > 0 ? Info.Name : "anonymous")} is not a constructor");
        if ((Info.Kind & FunctionKind.Derived) != 0) return Info.Code(this, JsValue.Undefined, args, JsValue.FromObject(newTarget));
        var thisObject = new JsObject(GetPrototypeFromConstructor(newTarget, Realm.Current.ObjectPrototype));
        if (InstanceFields != null) AbstractOps.ClassElementOperations.InitializeInstanceElements(thisObject, this);
        var result = Info.Code(this, JsValue.FromObject(thisObject), args, JsValue.FromObject(newTarget));
        return result.IsObject ? result : JsValue.FromObject(thisObject);
    }

    protected override void MaterializeLazyProperty()
    {
        var realm = Realm.Current;
        var proto = new JsObject((Info.Kind & FunctionKind.Generator) == 0 ? realm.ObjectPrototype
            : (Info.Kind & FunctionKind.Async) != 0 ? Builtins.AsyncIntrinsics.Of(realm).AsyncGeneratorPrototype : realm.GeneratorPrototype);
        if ((Info.Kind & FunctionKind.Generator) == 0) proto.FastAddProperty("constructor", JsValue.FromObject(this), PropertyFlags.Writable | PropertyFlags.Configurable);
        FastAddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.Writable);
    }
}
