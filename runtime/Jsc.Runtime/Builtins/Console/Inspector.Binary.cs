using System.Text;
using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>Typed arrays, ArrayBuffers and DataViews, as node's formatRaw shows them.</summary>
public static partial class Inspector
{
    /// <summary>The opening brace of a typed array: `Uint8Array(3) [` (the kind stands in for a missing constructor).</summary>
    static string TypedArrayBrace(JsTypedArray typed, string? constructor, string tag)
    {
        var fallback = constructor == null ? typed.Kind.Name() : "";
        var prefix = GetPrefix(constructor, tag, fallback, $"({typed.Length})");
        return prefix + "[";
    }

    /// <summary>formatTypedArray: the numbers, "... n more items", and with showHidden the view's own facts.</summary>
    static List<string> FormatTypedArray(Context ctx, JsObject value, int recurseTimes)
    {
        var typed = (JsTypedArray)value;
        int maxLength = (int)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), typed.Length);
        int remaining = typed.Length - maxLength;
        var output = new List<string>(maxLength + 1);
        for (int i = 0; i < maxLength; i++)
            output.Add(Stylize(ctx, FormatNumber(typed.GetElement(i), ctx.Options.NumericSeparator), "number"));
        if (remaining > 0) output.Add(RemainingText(remaining));
        if (ctx.Options.ShowHidden)
        {
            ctx.IndentationLvl += 2;
            foreach (var key in new[] { "BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer" })
                output.Add($"[{key}]: {FormatValue(ctx, value.Get(key), recurseTimes, typedArray: true)}");
            ctx.IndentationLvl -= 2;
        }
        return output;
    }

    /// <summary>formatArrayBuffer: `[Uint8Contents]: &lt;00 ff&gt;` (hex pairs, up to maxArrayLength bytes).</summary>
    static List<string> FormatArrayBuffer(Context ctx, JsObject value, int recurseTimes)
    {
        var data = ((JsArrayBuffer)value).Data;
        int shown = (int)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), data.Length);
        var str = new StringBuilder();
        for (int i = 0; i < shown; i++)
        {
            if (i > 0) str.Append(' ');
            str.Append(data[i].ToString("x2"));
        }
        double remaining = data.Length - ctx.Options.MaxArrayLength;
        if (remaining > 0) str.Append($" ... {remaining} more byte{(remaining > 1 ? "s" : "")}");
        return [$"{Stylize(ctx, "[Uint8Contents]", "special")}: <{str}>"];
    }
}
