using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>The String constructor: https://tc39.es/ecma262/#sec-string-constructor</summary>
public static class StringConstructor
{
    public static JsFunction Install(Realm realm)
    {
        var ctor = BuiltinTable.DefineConstructor(realm, "String", 1, realm.StringPrototype, Call, Construct);
        ctor.DefineMethods(realm,
            new("fromCharCode", 1, FromCharCode),
            new("fromCodePoint", 1, FromCodePoint),
            new("raw", 1, Raw));
        return ctor;
    }

    /// <summary>https://tc39.es/ecma262/#sec-string-constructor-string-value — called as a function.</summary>
    static JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) return "";
        var value = args[0];
        if (value.IsSymbol) return value.Symbol.ToString();
        return TypeConversion.ToStringValue(value);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string-constructor-string-value — `new String(value)`.</summary>
    static JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var s = args.Length == 0 ? "" : TypeConversion.ToString(args[0]);
        var proto = JsFunction.GetPrototypeFromConstructor(newTarget, Realm.Current.StringPrototype);
        return JsValue.FromObject(new JsPrimitiveWrapper(proto, JsValue.FromString(s)));
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.fromcharcode</summary>
    static JsValue FromCharCode(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 1) return StringPrototype.CharString((char)TypeConversion.ToUint16(args[0]));
        var chars = new char[args.Length];
        for (int i = 0; i < args.Length; i++) chars[i] = (char)TypeConversion.ToUint16(args[i]);
        return new string(chars);
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.fromcodepoint</summary>
    static JsValue FromCodePoint(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var sb = new StringBuilder(args.Length);
        foreach (var next in args)
        {
            double cp = TypeConversion.ToNumber(next);
            if (cp != Math.Truncate(cp) || cp < 0 || cp > 0x10FFFF)
                Throw.RangeError($"Invalid code point {TypeConversion.NumberToString(cp)}");
            AppendCodePoint(sb, (int)cp);
        }
        return sb.ToString();
    }

    /// <summary>UTF16EncodeCodePoint: https://tc39.es/ecma262/#sec-utf16encodecodepoint</summary>
    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp <= 0xFFFF) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.raw</summary>
    static JsValue Raw(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var cooked = TypeConversion.ToObject(args.Arg(0));
        var literals = TypeConversion.ToObject(cooked.Get("raw"));
        double literalCount = LengthOfArrayLike(literals);
        if (literalCount <= 0) return "";
        var sb = new StringBuilder();
        for (double nextIndex = 0; ; nextIndex++)
        {
            sb.Append(TypeConversion.ToString(GetElement(literals, nextIndex)));
            if (nextIndex + 1 == literalCount) return sb.ToString();
            if (nextIndex + 1 < args.Length) sb.Append(TypeConversion.ToString(args[(int)nextIndex + 1]));
        }
    }
}
