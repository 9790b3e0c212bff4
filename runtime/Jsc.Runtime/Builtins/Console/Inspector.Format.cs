using System.Globalization;
using System.Numerics;
using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>util.format / formatWithOptions: printf-style %s %d %i %f %j %o %O %c %%, then the rest joined by spaces.</summary>
public static partial class Inspector
{
    /// <summary>util.format(...args)</summary>
    public static string Format(ReadOnlySpan<JsValue> args) => FormatWithOptions(null, args);

    /// <summary>util.formatWithOptions(inspectOptions, ...args)</summary>
    public static string FormatWithOptions(InspectOptions? inspectOptions, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) return "";
        var first = args[0];
        int a = 0;
        var str = new StringBuilder();
        string join = "";
        if (first.IsString)
        {
            var f = first.String;
            if (args.Length == 1) return f;
            int lastPos = 0;
            for (int i = 0; i < f.Length - 1; i++)
            {
                if (f[i] != '%') continue;
                char nextChar = f[++i];
                if (a + 1 != args.Length)
                {
                    string tempStr;
                    switch (nextChar)
                    {
                        case 's': tempStr = FormatS(inspectOptions, args[++a]); break;
                        case 'j': tempStr = TryStringify(args[++a]); break;
                        case 'd': tempStr = FormatNumberLike(inspectOptions, args[++a], TypeConversion.ToNumber); break;
                        case 'O': tempStr = Inspect(args[++a], inspectOptions); break;
                        case 'o':
                            var hidden = inspectOptions?.Clone() ?? new InspectOptions();
                            hidden.ShowHidden = true;
                            hidden.ShowProxy = true;
                            hidden.Depth = 4;
                            tempStr = Inspect(args[++a], hidden);
                            break;
                        case 'i': tempStr = FormatNumberLike(inspectOptions, args[++a], v => ParseInt(TypeConversion.ToString(v))); break;
                        case 'f':
                            var arg = args[++a];
                            tempStr = arg.IsSymbol ? "NaN" : FormatNumber(ParseFloat(TypeConversion.ToString(arg)), inspectOptions?.NumericSeparator ?? false);
                            break;
                        case 'c':
                            a++;
                            tempStr = "";
                            break;
                        case '%':
                            str.Append(f, lastPos, i - lastPos);
                            lastPos = i + 1;
                            continue;
                        default:
                            continue;
                    }
                    if (lastPos != i - 1) str.Append(f, lastPos, i - 1 - lastPos);
                    str.Append(tempStr);
                    lastPos = i + 1;
                }
                else if (nextChar == '%')
                {
                    str.Append(f, lastPos, i - lastPos);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0)
            {
                a++;
                join = " ";
                if (lastPos < f.Length) str.Append(f, lastPos, f.Length - lastPos);
            }
        }
        while (a < args.Length)
        {
            var value = args[a];
            str.Append(join);
            str.Append(value.IsString ? value.String : Inspect(value, inspectOptions));
            join = " ";
            a++;
        }
        return str.ToString();
    }

    static string FormatS(InspectOptions? inspectOptions, JsValue arg)
    {
        bool separator = inspectOptions?.NumericSeparator ?? false;
        if (arg.IsNumber) return FormatNumber(arg.Number, separator);
        if (arg.Ref is BigInteger big) return FormatBigInt(big, separator);
        if (arg.Ref is not JsObject o || arg.Ref is JsFunction || !HasBuiltInToString(o))
            return arg.IsSymbol ? arg.Symbol.ToString() : TypeConversion.ToString(arg);
        var options = inspectOptions?.Clone() ?? new InspectOptions();
        options.Compact = 3;
        options.Colors = false;
        options.Depth = 0;
        return Inspect(arg, options);
    }

    static string FormatNumberLike(InspectOptions? inspectOptions, JsValue arg, Func<JsValue, double> convert)
    {
        if (arg.Ref is BigInteger big) return FormatBigInt(big, inspectOptions?.NumericSeparator ?? false);
        if (arg.IsSymbol) return "NaN";
        return FormatNumber(convert(arg), inspectOptions?.NumericSeparator ?? false);
    }

    /// <summary>hasBuiltInToString: whether the toString (or @@toPrimitive) %s would use comes from a built-in constructor's prototype.</summary>
    static bool HasBuiltInToString(JsObject value)
    {
        bool checkToString = true, checkToPrimitive = true;
        if (value.Get("toString").Ref is not JsFunction)
        {
            if (value.Get(JsSymbol.ToPrimitive).Ref is not JsFunction) return true;
            if (value.GetOwnProperty(JsSymbol.ToPrimitive) != null) return false;
            checkToString = false;
        }
        else if (value.GetOwnProperty("toString") != null) return false;
        else if (value.Get(JsSymbol.ToPrimitive).Ref is not JsFunction) checkToPrimitive = false;
        else if (value.GetOwnProperty(JsSymbol.ToPrimitive) != null) return false;
        var pointer = value;
        do
        {
            pointer = pointer.GetPrototypeOf();
            if (pointer == null) return true;
        } while (!(checkToString && pointer.GetOwnProperty("toString") != null) && !(checkToPrimitive && pointer.GetOwnProperty(JsSymbol.ToPrimitive) != null));
        return pointer.GetOwnProperty("constructor") is { IsDataDescriptor: true, Value.Ref: JsFunction ctor }
            && IsBuiltInObjectName(SafeToString(ctor.Get("name")));
    }

    /// <summary>builtInObjects: the global object's own names that look like constructors (/^[A-Z][a-zA-Z0-9]+$/).</summary>
    static bool IsBuiltInObjectName(string name)
    {
        if (name.Length < 2 || !char.IsAsciiLetterUpper(name[0])) return false;
        foreach (char c in name)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return Realm.Current.GlobalObject.GetOwnProperty(name) != null;
    }

    /// <summary>%j: JSON.stringify, with "[Circular]" for circular structures.</summary>
    static string TryStringify(JsValue arg)
    {
        var json = Realm.Current.GlobalObject.Get("JSON");
        if (json.Ref is not JsObject jsonObject || jsonObject.Get("stringify").Ref is not JsFunction stringify)
            return Throw.TypeError<string>("JSON.stringify is not available");
        try
        {
            var result = stringify.Call(json, [arg]);
            return result.IsUndefined ? "undefined" : TypeConversion.ToString(result);
        }
        catch (JsException e) when (e.Value.AsObject is { } error && ReferenceEquals(error.GetPrototypeOf(), Realm.Current.TypeErrorPrototype)
                                    && SafeToString(error.Get("message")).StartsWith("Converting circular structure to JSON", StringComparison.Ordinal))
        {
            return "[Circular]";
        }
    }

    /// <summary>parseInt(string) with radix 10 or a 0x prefix: https://tc39.es/ecma262/#sec-parseint-string-radix</summary>
    static double ParseInt(string input)
    {
        var s = TypeConversion.TrimJsWhitespace(input.AsSpan());
        int sign = 1;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            if (s[0] == '-') sign = -1;
            s = s[1..];
        }
        int radix = 10;
        if (s.Length >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
        {
            radix = 16;
            s = s[2..];
        }
        int end = 0;
        while (end < s.Length && HexValue(s[end]) < radix) end++;
        if (end == 0) return double.NaN;
        if (radix == 10) return sign * double.Parse(s[..end], NumberStyles.None, CultureInfo.InvariantCulture);
        double value = 0;
        foreach (char c in s[..end]) value = value * 16 + HexValue(c);
        return sign * value;
    }

    static int HexValue(char c) => c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : 99;

    /// <summary>parseFloat(string): the longest StrDecimalLiteral prefix: https://tc39.es/ecma262/#sec-parsefloat-string</summary>
    static double ParseFloat(string input)
    {
        var s = TypeConversion.TrimJsWhitespace(input.AsSpan());
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        if (s[i..].StartsWith("Infinity")) return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) return double.NaN;
        int mantissaEnd = i;
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            int j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
            int expStart = j;
            while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
            if (j > expStart) mantissaEnd = j;
        }
        var text = s[..mantissaEnd].ToString();
        if (text.EndsWith('.')) text += "0";
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
