using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>
/// A realm: the intrinsic objects and the global object that a program's code shares.
/// https://tc39.es/ecma262/#sec-code-realms
/// Compiled code finds its realm through <see cref="Current"/>, which the host sets on the
/// thread that runs JavaScript; each conformance case or vm context gets a fresh one.
/// </summary>
public sealed class Realm
{
    [ThreadStatic] static Realm? _current;

    public static Realm Current
    {
        get => _current ?? throw new InvalidOperationException("No JavaScript realm is active on this thread");
        set => _current = value;
    }

    public static Realm? CurrentOrNull => _current;

    public readonly JsObject ObjectPrototype;
    public readonly JsObject FunctionPrototype;
    public readonly JsObject ArrayPrototype;
    public readonly JsObject StringPrototype;
    public readonly JsObject NumberPrototype;
    public readonly JsObject BooleanPrototype;
    public readonly JsObject SymbolPrototype;
    public readonly JsObject BigIntPrototype;
    public readonly JsObject ErrorPrototype;
    public readonly JsObject TypeErrorPrototype;
    public readonly JsObject RangeErrorPrototype;
    public readonly JsObject ReferenceErrorPrototype;
    public readonly JsObject SyntaxErrorPrototype;
    public readonly JsObject EvalErrorPrototype;
    public readonly JsObject URIErrorPrototype;
    public readonly JsObject IteratorPrototype;
    public readonly JsObject GeneratorPrototype;
    public readonly JsObject RegExpPrototype;
    public readonly JsObject DatePrototype;
    public readonly JsObject GlobalObject;

    /// <summary>Shape of compiled functions: `length` then `name`.</summary>
    public readonly Shape ClosureShape, SloppyClosureShape;
    /// <summary>Shape of arrays made by literals (no own properties besides elements).</summary>
    public readonly Shape ArrayShape;

    /// <summary>The CommonJS module loader of this realm (Modules.ModuleLoader), made on first use.</summary>
    public object? ModuleLoader;

    /// <summary>%eval%: a call of exactly this function through the name `eval` is a direct eval.</summary>
    public JsObject? EvalFunction;

    /// <summary>%Array.prototype.values%, set by the Array installer: arrays iterated with it take a fast path.</summary>
    public JsObject? ArrayValuesFunction;

    /// <summary>%ThrowTypeError% (https://tc39.es/ecma262/#sec-%throwtypeerror%), set by the Function.prototype installer: one per realm.</summary>
    public JsFunction? ThrowTypeErrorFunction;

    /// <summary>Shapes of this realm's arguments objects, by kind and count (see ArgumentsObject), made on first use.</summary>
    internal Shape?[]? ArgumentsShapes;

    Loop.EventLoop? _eventLoop;

    /// <summary>The event loop that runs this realm's callbacks, made on first use.</summary>
    public Loop.EventLoop EventLoop => _eventLoop ??= new Loop.EventLoop();

    /// <summary>Where console output goes; the host sets it.</summary>
    public TextWriter StandardOutput = Console.Out;
    public TextWriter StandardError = Console.Error;
    /// <summary>Where process.stdin reads from; the host sets it (null reads as empty, as in-process runs want).</summary>
    public Stream? StandardInput;
    /// <summary>True when the three standard streams are this process's console, so tty.isatty may ask the OS.</summary>
    public bool StandardStreamsAreConsole;

    /// <summary>The compiler, for code made at run time (set by the compiler library).</summary>
    public static IRuntimeCompiler? RuntimeCompiler;

    /// <summary>Built-in installers run by <see cref="Create"/>, in order: each adds constructors and prototype methods.</summary>
    public static readonly List<Action<Realm>> Installers = new();

    Realm()
    {
        ObjectPrototype = new JsObject((JsObject?)null);
        FunctionPrototype = new Builtins.FunctionPrototypeObject(ObjectPrototype);
        ArrayPrototype = new JsArray(ObjectPrototype);
        StringPrototype = new JsPrimitiveWrapper(ObjectPrototype, JsValue.FromString(""));
        NumberPrototype = new JsPrimitiveWrapper(ObjectPrototype, JsValue.FromNumber(0));
        BooleanPrototype = new JsPrimitiveWrapper(ObjectPrototype, JsValue.False);
        SymbolPrototype = new JsObject(ObjectPrototype);
        BigIntPrototype = new JsObject(ObjectPrototype);
        ErrorPrototype = new JsObject(ObjectPrototype);
        TypeErrorPrototype = new JsObject(ErrorPrototype);
        RangeErrorPrototype = new JsObject(ErrorPrototype);
        ReferenceErrorPrototype = new JsObject(ErrorPrototype);
        SyntaxErrorPrototype = new JsObject(ErrorPrototype);
        EvalErrorPrototype = new JsObject(ErrorPrototype);
        URIErrorPrototype = new JsObject(ErrorPrototype);
        IteratorPrototype = new JsObject(ObjectPrototype);
        GeneratorPrototype = new JsObject(IteratorPrototype);
        RegExpPrototype = new JsObject(ObjectPrototype);
        DatePrototype = new JsObject(ObjectPrototype);
        GlobalObject = new JsObject(ObjectPrototype);
        ClosureShape = FunctionPrototype.RootShapeForChildren
            .AddProperty("length", PropertyFlags.Configurable)
            .AddProperty("name", PropertyFlags.Configurable);
        // V8 gives sloppy plain functions own `arguments` and `caller` (null, read-only) over Function.prototype's poison pills.
        SloppyClosureShape = ClosureShape.AddProperty("arguments", PropertyFlags.None).AddProperty("caller", PropertyFlags.None);
        ArrayShape = ArrayPrototype.RootShapeForChildren;
    }

    /// <summary>A realm with every installed built-in, made current on this thread.</summary>
    public static Realm Create()
    {
        var realm = new Realm();
        var previous = _current;
        _current = realm;
        try
        {
            Builtins.Intrinsics.Install(realm);
            foreach (var install in Installers) install(realm);
        }
        catch
        {
            _current = previous;
            throw;
        }
        return realm;
    }

    /// <summary>Defines a non-enumerable global, as ES built-ins and modern additions are.</summary>
    public void DefineGlobal(string name, JsValue value, bool enumerable = false) =>
        GlobalObject.FastAddProperty(name, value, PropertyFlags.Writable | PropertyFlags.Configurable | (enumerable ? PropertyFlags.Enumerable : 0));
}
