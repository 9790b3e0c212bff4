using System.Runtime.CompilerServices;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// The operators of https://tc39.es/ecma262/#sec-ecmascript-language-expressions as the
/// emitted code calls them. Each has an inlined fast path for numbers.
/// </summary>
public static class Operators
{
    /// <summary>https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator (+)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Add(JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(a.Number + b.Number);
        return AddSlow(a, b);
    }

    static JsValue AddSlow(JsValue a, JsValue b)
    {
        if (a.IsString && b.IsString) return Concat(a, b);
        var pa = TypeConversion.ToPrimitive(a);
        var pb = TypeConversion.ToPrimitive(b);
        if (pa.IsString || pb.IsString) return Concat(TypeConversion.ToStringValue(pa), TypeConversion.ToStringValue(pb));
        if (pa.IsBigInt || pb.IsBigInt) return BigIntOperations.Binary(pa, pb, BigIntOperations.Op.Add);
        return JsValue.FromNumber(TypeConversion.ToNumber(pa) + TypeConversion.ToNumber(pb));
    }

    /// <summary>String concatenation; long results become ropes so repeated += stays linear.</summary>
    public static JsValue Concat(JsValue a, JsValue b)
    {
        int la = StringLength(a), lb = StringLength(b);
        if (la == 0) return b;
        if (lb == 0) return a;
        int length = la + lb;
        if (length < 64) return JsValue.FromString(string.Concat(a.String, b.String));
        if (length < 0) Throw.RangeError("Invalid string length");
        return JsValue.FromRope(new JsRope(a.Ref!, b.Ref!, length));
    }

    static int StringLength(JsValue s) => s.Ref is string str ? str.Length : ((JsRope)s.Ref!).Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Subtract(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(a.Number - b.Number) : BigIntOperations.Binary(a, b, BigIntOperations.Op.Subtract);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Multiply(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(a.Number * b.Number) : BigIntOperations.Binary(a, b, BigIntOperations.Op.Multiply);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Divide(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(a.Number / b.Number) : BigIntOperations.Binary(a, b, BigIntOperations.Op.Divide);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Modulo(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(Remainder(a.Number, b.Number)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.Modulo);

    /// <summary>
    /// `x % y` on numbers (https://tc39.es/ecma262/#sec-numeric-types-number-remainder): integer
    /// remainder when both are positive integers (fmod is slow: hundreds of ns once x passes
    /// int32, as in hashes like `(h * 31 + c) % 1000000007`), else fmod, which matches the spec.
    /// Integers up to 2^53 are exact in both double and long, so the long remainder is fmod's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Remainder(double x, double y)
    {
        if (x >= 1 && y >= 1 && x <= int.MaxValue && y <= int.MaxValue)
        {
            int xi = (int)x, yi = (int)y;
            if (xi == x && yi == y) return xi % yi;
        }
        return LongRemainder(x, y);
    }

    static double LongRemainder(double x, double y)
    {
        const double MaxSafe = 9007199254740992; // 2^53
        if (x >= 1 && y >= 1 && x <= MaxSafe && y <= MaxSafe)
        {
            long xl = (long)x, yl = (long)y;
            if (xl == x && yl == y) return xl % yl;
        }
        return x % y;
    }

    /// <summary>https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate</summary>
    public static JsValue Exponentiate(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(Power(a.Number, b.Number)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.Exponentiate);

    public static double Power(double x, double y)
    {
        // Math.Pow differs from JavaScript where the result is NaN: 1 ** NaN and (±1) ** ±Infinity.
        if (double.IsNaN(y)) return double.NaN;
        if (double.IsInfinity(y) && Math.Abs(x) == 1) return double.NaN;
        return Math.Pow(x, y);
    }

    public static JsValue Negate(JsValue a) => a.IsNumber ? JsValue.FromNumber(-a.Number) : BigIntOperations.Negate(a);
    public static JsValue Plus(JsValue a) => a.IsNumber ? a : JsValue.FromNumber(TypeConversion.ToNumber(a));
    public static JsValue BitwiseNot(JsValue a) => a.IsNumber ? JsValue.FromNumber(~TypeConversion.ToInt32(a.Number)) : BigIntOperations.BitwiseNot(a);
    public static JsValue Not(JsValue a) => JsValue.FromBoolean(!TypeConversion.ToBoolean(a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue BitwiseAnd(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(TypeConversion.ToInt32(a) & TypeConversion.ToInt32(b)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.And);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue BitwiseOr(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(TypeConversion.ToInt32(a) | TypeConversion.ToInt32(b)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.Or);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue BitwiseXor(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(TypeConversion.ToInt32(a) ^ TypeConversion.ToInt32(b)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.Xor);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue LeftShift(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(TypeConversion.ToInt32(a) << (int)(TypeConversion.ToUint32(b) & 31)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.LeftShift);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue RightShift(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(TypeConversion.ToInt32(a) >> (int)(TypeConversion.ToUint32(b) & 31)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.RightShift);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue UnsignedRightShift(JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? JsValue.FromNumber(TypeConversion.ToUint32(a) >> (int)(TypeConversion.ToUint32(b) & 31)) : BigIntOperations.Binary(a, b, BigIntOperations.Op.UnsignedRightShift);

    /// <summary>`a &lt; b`: https://tc39.es/ecma262/#sec-relational-operators</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThan(JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a.Number < b.Number;
        var pa = TypeConversion.ToPrimitive(a, TypeConversion.Hint.Number);
        var pb = TypeConversion.ToPrimitive(b, TypeConversion.Hint.Number);
        return Comparison.IsLessThan(pa, pb) == true;
    }

    /// <summary>`a &gt; b` is `b &lt; a` with the left operand converted first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterThan(JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a.Number > b.Number;
        var pa = TypeConversion.ToPrimitive(a, TypeConversion.Hint.Number);
        var pb = TypeConversion.ToPrimitive(b, TypeConversion.Hint.Number);
        return Comparison.IsLessThan(pb, pa) == true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThanOrEqual(JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a.Number <= b.Number;
        var pa = TypeConversion.ToPrimitive(a, TypeConversion.Hint.Number);
        var pb = TypeConversion.ToPrimitive(b, TypeConversion.Hint.Number);
        return Comparison.IsLessThan(pb, pa) == false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterThanOrEqual(JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a.Number >= b.Number;
        var pa = TypeConversion.ToPrimitive(a, TypeConversion.Hint.Number);
        var pb = TypeConversion.ToPrimitive(b, TypeConversion.Hint.Number);
        return Comparison.IsLessThan(pa, pb) == false;
    }

    public static bool StrictEquals(JsValue a, JsValue b) => Comparison.StrictEquals(a, b);
    public static bool LooseEquals(JsValue a, JsValue b) => Comparison.LooseEquals(a, b);

    public static JsValue TypeOf(JsValue a) => JsValue.FromString(a.TypeOf());

    /// <summary>https://tc39.es/ecma262/#sec-instanceofoperator</summary>
    public static bool InstanceOf(JsValue value, JsValue target)
    {
        if (target.AsObject is not { } targetObject) return Throw.TypeError<bool>("Right-hand side of 'instanceof' is not an object");
        var hasInstance = targetObject.Get(JsSymbol.HasInstance);
        if (!hasInstance.IsNullOrUndefined)
        {
            if (hasInstance.AsObject is not JsFunction fn) return Throw.TypeError<bool>("Symbol.hasInstance is not a function");
            return TypeConversion.ToBoolean(fn.Call(target, new[] { value }));
        }
        if (targetObject is not JsFunction) return Throw.TypeError<bool>("Right-hand side of 'instanceof' is not callable");
        return OrdinaryHasInstance(targetObject, value);
    }

    /// <summary>https://tc39.es/ecma262/#sec-ordinaryhasinstance</summary>
    public static bool OrdinaryHasInstance(JsObject constructor, JsValue value)
    {
        if (constructor is not JsFunction) return false;
        if (constructor is Builtins.BoundFunction bound) return InstanceOf(value, JsValue.FromObject(bound.Target));
        if (value.AsObject is not { } obj) return false;
        var proto = constructor.Get("prototype");
        if (proto.AsObject is not { } protoObject) return Throw.TypeError<bool>("Function has non-object prototype '" + TypeConversion.ToString(proto) + "' in instanceof check");
        for (var p = obj.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
            if (ReferenceEquals(p, protoObject)) return true;
        return false;
    }

    /// <summary>`key in obj`: https://tc39.es/ecma262/#sec-relational-operators-runtime-semantics-evaluation</summary>
    public static bool In(JsValue key, JsValue target)
    {
        if (target.AsObject is not { } obj)
            return Throw.TypeError<bool>($"Cannot use 'in' operator to search for '{(key.IsSymbol ? key.Symbol.ToString() : TypeConversion.ToString(key))}' in {Inspect.Brief(target)}");
        return obj.HasProperty(TypeConversion.ToPropertyKey(key));
    }

    public static bool IsNullish(JsValue a) => a.IsNullOrUndefined;
    public static bool IsUndefined(JsValue a) => a.IsUndefined;

    /// <summary>https://tc39.es/ecma262/#sec-requireobjectcoercible</summary>
    public static JsValue RequireObjectCoercible(JsValue a)
    {
        if (a.IsNullOrUndefined) Throw.TypeError($"Cannot destructure '{Inspect.Brief(a)}' as it is {(a.IsNull ? "null" : "undefined")}.");
        return a;
    }

    /// <summary>RequireObjectCoercible for an object pattern, with V8's message: it names the pattern's first key and the
    /// initializer's source text (<paramref name="sourceText"/>: "" when V8 prints the value, "\u0001" for a parameter,
    /// null for a nested pattern, which V8 reports as a property read).</summary>
    public static JsValue RequireDestructurable(JsValue a, string? firstKey, string? sourceText)
    {
        if (!a.IsNullOrUndefined) return a;
        string what = a.IsNull ? "null" : "undefined";
        if (sourceText == null && firstKey != null) Throw.TypeError($"Cannot read properties of {what} (reading '{firstKey}')");
        string text = sourceText switch { null or "" => what, "\u0001" => a.IsNull ? "object null" : "undefined", _ => sourceText };
        return Throw.TypeError<JsValue>(firstKey != null ? $"Cannot destructure property '{firstKey}' of '{text}' as it is {what}." : $"Cannot destructure '{text}' as it is {what}.");
    }

    /// <summary>++ and --: ToNumeric, then add ±1.</summary>
    public static JsValue Increment(JsValue a) => a.IsNumber ? JsValue.FromNumber(a.Number + 1) : BigIntOperations.Step(BigIntOperations.ToNumeric(a), 1);
    public static JsValue Decrement(JsValue a) => a.IsNumber ? JsValue.FromNumber(a.Number - 1) : BigIntOperations.Step(BigIntOperations.ToNumeric(a), -1);
    public static JsValue ToNumeric(JsValue a) => a.IsNumber ? a : BigIntOperations.ToNumeric(a);
}
