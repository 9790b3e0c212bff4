using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Values;

/// <summary>
/// A JavaScript value in 16 bytes that never allocates for numbers, booleans, undefined
/// or null. <c>_ref</c> says what the value is: null for undefined (so default(JsValue)
/// and zeroed arrays are undefined, as JavaScript wants), a tag object for numbers,
/// booleans and null, a .NET string (or a <see cref="JsRope"/>) for strings, a
/// <see cref="JsSymbol"/>, or a <see cref="JsObject"/>. Numbers keep their value in
/// <c>_num</c>.
/// </summary>
public readonly struct JsValue
{
    internal readonly object? _ref;
    internal readonly double _num;

    sealed class Tag(string name)
    {
        public override string ToString() => name;
    }

    static readonly object NumberTag = new Tag("number");
    static readonly object NullTag = new Tag("null");
    static readonly object TrueTag = new Tag("true");
    static readonly object FalseTag = new Tag("false");
    /// <summary>Marks an array hole; never visible to JavaScript code.</summary>
    static readonly object HoleTag = new Tag("hole");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    JsValue(object? reference, double number)
    {
        _ref = reference;
        _num = number;
    }

    public static readonly JsValue Undefined = default;
    public static readonly JsValue Null = new(NullTag, 0);
    public static readonly JsValue True = new(TrueTag, 0);
    public static readonly JsValue False = new(FalseTag, 0);
    public static readonly JsValue Hole = new(HoleTag, 0);
    public static readonly JsValue NaN = new(NumberTag, double.NaN);
    public static readonly JsValue Zero = new(NumberTag, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromNumber(double value) => new(NumberTag, value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromBoolean(bool value) => value ? True : False;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromString(string value) => new(value, 0);
    public static JsValue FromRope(JsRope value) => new(value, 0);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromObject(JsObject value) => new(value, 0);
    public static JsValue FromSymbol(JsSymbol value) => new(value, 0);
    /// <summary>A BigInt (https://tc39.es/ecma262/#sec-ecmascript-language-types-bigint-type): a boxed BigInteger.</summary>
    public static JsValue FromBigInt(System.Numerics.BigInteger value) => new(value, 0);
    public bool IsBigInt => _ref is System.Numerics.BigInteger;
    public System.Numerics.BigInteger BigInt => (System.Numerics.BigInteger)_ref!;
    /// <summary>Wraps a runtime-internal object (an accessor pair in a slot); never visible to JavaScript code.</summary>
    internal static JsValue FromInternal(object value) => new(value, 0);

    /// <summary>An object, or null for JavaScript null.</summary>
    public static JsValue FromObjectOrNull(JsObject? value) => value == null ? Null : new(value, 0);

    public static implicit operator JsValue(double value) => FromNumber(value);
    public static implicit operator JsValue(bool value) => FromBoolean(value);
    public static implicit operator JsValue(string value) => FromString(value);
    public static implicit operator JsValue(JsObject value) => FromObject(value);

    public bool IsUndefined
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref == null;
    }
    public bool IsNull => ReferenceEquals(_ref, NullTag);
    public bool IsNullOrUndefined => _ref == null || ReferenceEquals(_ref, NullTag);
    public bool IsNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_ref, NumberTag);
    }
    public bool IsBoolean => ReferenceEquals(_ref, TrueTag) || ReferenceEquals(_ref, FalseTag);
    public bool IsTrue => ReferenceEquals(_ref, TrueTag);
    public bool IsString => _ref is string || _ref is JsRope;
    public bool IsSymbol => _ref is JsSymbol;
    public bool IsObject
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is JsObject;
    }
    public bool IsHole => ReferenceEquals(_ref, HoleTag);

    /// <summary>The number; only meaningful when <see cref="IsNumber"/>.</summary>
    public double Number
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _num;
    }

    /// <summary>The string value (a rope is flattened); only meaningful when <see cref="IsString"/>.</summary>
    public string String => _ref as string ?? ((JsRope)_ref!).Flatten();
    public JsObject Object => (JsObject)_ref!;
    public JsObject? AsObject => _ref as JsObject;
    public JsSymbol Symbol => (JsSymbol)_ref!;
    /// <summary>The reference part, for type switches in the runtime.</summary>
    public object? Ref => _ref;

    /// <summary>https://tc39.es/ecma262/#sec-typeof-operator</summary>
    public string TypeOf()
    {
        return _ref switch
        {
            null => "undefined",
            string or JsRope => "string",
            JsFunction => "function",
            JsObject => "object",
            JsSymbol => "symbol",
            System.Numerics.BigInteger => "bigint",
            _ => ReferenceEquals(_ref, NumberTag) ? "number" : ReferenceEquals(_ref, NullTag) ? "object" : "boolean",
        };
    }

    public override string ToString() => _ref switch
    {
        null => "undefined",
        string s => s,
        JsRope r => r.Flatten(),
        _ => ReferenceEquals(_ref, NumberTag) ? NumberConversions.ToString(_num) : _ref.ToString() ?? "",
    };
}
