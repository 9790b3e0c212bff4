using System.Globalization;
using System.Numerics;
using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Number.prototype.toLocaleString as node prints it in its default en-US locale: grouped
/// thousands, fraction digits rounded half away from zero on the shortest round-trip digits
/// (as ICU does), "∞" for infinity. The digit options of Intl.NumberFormat are honoured
/// (https://tc39.es/ecma402/#sec-setnfdigitoptions), style "percent", and style "currency" with
/// en-US symbols; the locale argument and other options are not.
/// </summary>
public static class NumberLocaleFormatting
{
    public readonly record struct Options(int MinimumIntegerDigits, int MinimumFractionDigits, int MaximumFractionDigits, int GroupingMinimum, bool Percent = false, string? CurrencyPrefix = null);

    public static readonly Options Default = new(1, 0, 3, 4);

    /// <summary>The digit options and useGrouping, with ECMA-402's defaults and range checks (node 20 allows up to 20 fraction digits).</summary>
    public static Options ReadOptions(JsValue options)
    {
        if (options.IsUndefined) return Default;
        var o = TypeConversion.ToObject(options);
        var styleValue = o.Get("style");
        string style = styleValue.IsUndefined ? "decimal" : TypeConversion.ToString(styleValue);
        if (style is not ("decimal" or "percent" or "currency" or "unit"))
            Throw.RangeError($"Value {style} out of range for Number.prototype.toLocaleString options property style");
        bool percent = style == "percent";
        string? currencyPrefix = null;
        int currencyDigits = 2;
        if (style == "currency")
        {
            var currencyValue = o.Get("currency");
            if (currencyValue.IsUndefined) Throw.TypeError("Currency code is required with currency style.");
            string code = TypeConversion.ToString(currencyValue);
            if (code.Length != 3 || !code.All(char.IsAsciiLetter)) Throw.RangeError($"Invalid currency code : {code}");
            code = code.ToUpperInvariant();
            var display = o.Get("currencyDisplay");
            bool asCode = !display.IsUndefined && TypeConversion.ToString(display) == "code";
            currencyPrefix = asCode ? code + "\u00a0" : CurrencySymbol(code);
            currencyDigits = code is "JPY" or "KRW" or "VND" or "CLP" or "ISK" or "HUF" ? 0 : 2;
        }
        // https://tc39.es/ecma402/#sec-setnumberformatdigitoptions: percent defaults to no fraction digits, currencies to their minor unit.
        int maxFractionDefault = percent ? 0 : currencyPrefix != null ? currencyDigits : 3;
        int minFractionDefault = currencyPrefix != null ? currencyDigits : 0;
        int minInteger = DefaultNumberOption("minimumIntegerDigits", o.Get("minimumIntegerDigits"), 1, 21) ?? 1;
        var minFractionValue = o.Get("minimumFractionDigits");
        var maxFractionValue = o.Get("maximumFractionDigits");
        int minFraction = minFractionDefault, maxFraction = maxFractionDefault;
        if (!minFractionValue.IsUndefined || !maxFractionValue.IsUndefined)
        {
            int? min = DefaultNumberOption("minimumFractionDigits", minFractionValue, 0, 20);
            int? max = DefaultNumberOption("maximumFractionDigits", maxFractionValue, 0, 20);
            if (min == null) { maxFraction = max!.Value; minFraction = Math.Min(minFractionDefault, maxFraction); }
            else if (max == null) { minFraction = min.Value; maxFraction = Math.Max(maxFractionDefault, minFraction); }
            else if (min > max) Throw.RangeError("maximumFractionDigits value is out of range.");
            else { minFraction = min.Value; maxFraction = max.Value; }
        }
        var grouping = o.Get("useGrouping");
        int groupingMinimum = grouping.IsUndefined ? 4
            : grouping.IsString && grouping.String == "min2" ? 5
            : TypeConversion.ToBoolean(grouping) ? 4 : int.MaxValue;
        return new Options(minInteger, minFraction, maxFraction, groupingMinimum, percent, currencyPrefix);
    }

    /// <summary>The en-US symbol of a currency (CLDR's), or its code and a no-break space.</summary>
    static string CurrencySymbol(string code) => code switch
    {
        "USD" => "$", "EUR" => "€", "GBP" => "£", "JPY" => "¥", "INR" => "₹", "KRW" => "₩", "ILS" => "₪", "VND" => "₫", "NGN" => "₦",
        "CNY" => "CN¥", "CAD" => "CA$", "AUD" => "A$", "NZD" => "NZ$", "HKD" => "HK$", "MXN" => "MX$", "BRL" => "R$", "TWD" => "NT$",
        _ => code + "\u00a0",
    };

    /// <summary>https://tc39.es/ecma402/#sec-defaultnumberoption</summary>
    static int? DefaultNumberOption(string name, JsValue value, int minimum, int maximum)
    {
        if (value.IsUndefined) return null;
        double d = TypeConversion.ToNumber(value);
        if (double.IsNaN(d) || d < minimum || d > maximum) Throw.RangeError($"{name} value is out of range.");
        return (int)Math.Floor(d);
    }

    public static string ToLocaleString(double x, Options options)
    {
        string suffix = options.Percent ? "%" : "";
        string prefix = options.CurrencyPrefix ?? "";
        if (double.IsNaN(x)) return prefix + "NaN" + suffix;
        bool negative = double.IsNegative(x);
        if (double.IsInfinity(x)) return (negative ? "-" : "") + prefix + "∞" + suffix;
        x = Math.Abs(x);
        int scale = options.MaximumFractionDigits;
        var scaled = BigInteger.Zero;
        if (x != 0)
        {
            string digits = NumberFormatting.ShortestDigits(x, out int exponent);
            // value = digits × 10^(exponent − len + 1); scale to units of 10^-maximumFractionDigits.
            // A percentage scales by 100 on the decimal digits, as ICU does (0.07 is 7%, not 7.000000000000001%).
            int shift = exponent - digits.Length + 1 + scale + (options.Percent ? 2 : 0);
            var n = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
            if (shift >= 0) scaled = n * BigInteger.Pow(10, shift);
            else
            {
                var divisor = BigInteger.Pow(10, -shift);
                scaled = BigInteger.DivRem(n, divisor, out var remainder);
                if (remainder * 2 >= divisor) scaled += 1;
            }
        }
        string all = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        string integer = all[..^scale].PadLeft(options.MinimumIntegerDigits, '0');
        string fraction = all[^scale..].TrimEnd('0');
        if (fraction.Length < options.MinimumFractionDigits) fraction = fraction.PadRight(options.MinimumFractionDigits, '0');

        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (options.CurrencyPrefix != null) sb.Append(options.CurrencyPrefix);
        bool group = integer.Length >= options.GroupingMinimum;
        for (int i = 0; i < integer.Length; i++)
        {
            if (group && i > 0 && (integer.Length - i) % 3 == 0) sb.Append(',');
            sb.Append(integer[i]);
        }
        if (fraction.Length > 0) sb.Append('.').Append(fraction);
        return sb.Append(suffix).ToString();
    }
}
