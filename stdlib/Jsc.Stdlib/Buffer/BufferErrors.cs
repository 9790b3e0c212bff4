using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Buffer;

/// <summary>The coded errors of node's buffer module (lib/internal/errors.js), with node's messages.</summary>
static class BufferErrors
{
    /// <summary>ERR_OUT_OF_RANGE: `The value of "name" is out of range. It must be RANGE. Received VALUE`.</summary>
    public static JsException OutOfRange(string name, string range, JsValue received) =>
        NodeErrors.Make(Realm.Current.RangeErrorPrototype, "ERR_OUT_OF_RANGE",
            $"The value of \"{name}\" is out of range. It must be {range}. Received {FormatReceived(received)}");

    /// <summary>How ERR_OUT_OF_RANGE shows the value: integers beyond 2^32 with `_` separators, anything else inspected.</summary>
    static string FormatReceived(JsValue value)
    {
        if (value.IsBigInt)
        {
            var big = value.BigInt;
            var text = big.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (System.Numerics.BigInteger.Abs(big) > 4294967296 ? Separated(text) : text) + "n";
        }
        if (value.IsNumber && Math.Abs(value.Number) > 4294967296.0 && value.Number == Math.Floor(value.Number) && !double.IsInfinity(value.Number))
            return Separated(TypeConversion.NumberToString(value.Number));
        return Inspector.Inspect(value);
    }

    /// <summary>Digits grouped by threes with `_`, as node's addNumericalSeparator writes them.</summary>
    static string Separated(string digits)
    {
        {
            string sign = digits.StartsWith('-') ? "-" : "";
            digits = digits.TrimStart('-');
            var parts = new List<string>();
            int i = digits.Length;
            for (; i >= 4; i -= 3) parts.Insert(0, digits[(i - 3)..i]);
            parts.Insert(0, digits[..i]);
            return sign + string.Join("_", parts);
        }
    }

    /// <summary>ERR_BUFFER_OUT_OF_BOUNDS, naming the argument when there is one.</summary>
    public static JsException OutOfBounds(string? name = null) =>
        NodeErrors.Make(Realm.Current.RangeErrorPrototype, "ERR_BUFFER_OUT_OF_BOUNDS",
            name == null ? "Attempt to access memory outside buffer bounds" : $"\"{name}\" is outside of buffer bounds");

    public static JsException UnknownEncoding(JsValue encoding) =>
        NodeErrors.Make(Realm.Current.TypeErrorPrototype, "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + SafeString(encoding));

    public static JsException InvalidArgType(string name, string expected, JsValue actual) => NodeErrors.InvalidArgType(name, expected, actual);

    /// <summary>ERR_INVALID_ARG_TYPE for an argument that must be a Buffer or Uint8Array.</summary>
    public static JsException NotUint8Array(string name, JsValue actual) => InvalidArgType(name, "an instance of Buffer or Uint8Array", actual);

    static string SafeString(JsValue value) => value.IsSymbol ? value.Symbol.ToString() : TypeConversion.ToString(value);

    /// <summary>validateNumber(value, name[, min, max]).</summary>
    public static double ValidateNumber(JsValue value, string name, double? min = null, double? max = null)
    {
        if (!value.IsNumber) throw InvalidArgType(name, "of type number", value);
        double d = value.Number;
        if (min != null && d < min || max != null && d > max || (min != null || max != null) && double.IsNaN(d))
        {
            var range = (min != null ? $">= {TypeConversion.NumberToString(min.Value)}" : "") + (min != null && max != null ? " && " : "") +
                        (max != null ? $"<= {TypeConversion.NumberToString(max.Value)}" : "");
            throw OutOfRange(name, range, value);
        }
        return d;
    }

    /// <summary>validateInteger / buffer's validateOffset: a number, an integer, within [min, max].</summary>
    public static int ValidateOffset(JsValue value, string name, double min = 0, double max = BufferModule.KMaxLength)
    {
        if (!value.IsNumber) throw InvalidArgType(name, "of type number", value);
        double d = value.Number;
        if (d != Math.Floor(d) || double.IsInfinity(d)) throw OutOfRange(name, "an integer", value);
        if (d < min || d > max) throw OutOfRange(name, $">= {TypeConversion.NumberToString(min)} && <= {TypeConversion.NumberToString(max)}", value);
        return (int)Math.Min(d, int.MaxValue);
    }

    /// <summary>boundsError(value, length[, type]): a bad offset or byteLength.</summary>
    public static JsException BoundsError(JsValue value, double length, string? type = null)
    {
        double d = value.IsNumber ? value.Number : double.NaN;
        if (!value.IsNumber || Math.Floor(d) != d)
        {
            if (!value.IsNumber) return InvalidArgType(type ?? "offset", "of type number", value);
            return OutOfRange(type ?? "offset", "an integer", value);
        }
        if (length < 0) return OutOfBounds();
        return OutOfRange(type ?? "offset", $">= {(type != null ? 1 : 0)} and <= {TypeConversion.NumberToString(length)}", value);
    }
}
