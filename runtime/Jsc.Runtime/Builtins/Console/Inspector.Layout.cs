using System.Globalization;
using System.Text;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Array entries and the layout of a formatted object: node's groupArrayElements (short
/// array items in aligned columns) and reduceToSingleString (one line when the entries fit
/// in breakLength, else one entry per line). Arithmetic is kept in doubles and rounding
/// follows Math.round so column counts match node's exactly.
/// </summary>
public static partial class Inspector
{
    static List<string> FormatArray(Context ctx, JsObject value, int recurseTimes)
    {
        double valLen = ArrayAlgorithms.LengthOfArrayLike(value);
        int len = (int)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), valLen);
        double remaining = valLen - len;
        var output = new List<string>();
        for (int i = 0; i < len; i++)
        {
            var key = PropertyKey.FromIndex((uint)i);
            // Holes and extra keys take the slow path.
            if (value.GetOwnProperty(key) == null) return FormatSpecialArray(ctx, value, recurseTimes, len, output, i);
            output.Add(FormatProperty(ctx, value, recurseTimes, key, ArrayType));
        }
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    static string RemainingText(double remaining) => $"... {remaining} more item{(remaining > 1 ? "s" : "")}";

    /// <summary>formatSpecialArray: walks Object.keys, turning gaps into "&lt;n empty items&gt;".</summary>
    static List<string> FormatSpecialArray(Context ctx, JsObject value, int recurseTimes, int maxLength, List<string> output, int i)
    {
        var keys = new List<PropertyKey>();
        foreach (var key in value.OwnPropertyKeys())
            if (key.IsString && value.GetOwnProperty(key) is { Enumerable: true }) keys.Add(key);
        double index = i;
        for (; i < keys.Count && output.Count < maxLength; i++)
        {
            var key = keys[i];
            if (!key.TryGetArrayIndex(out uint tmp)) break;
            if (index != tmp)
            {
                double emptyItems = tmp - index;
                output.Add(Stylize(ctx, $"<{emptyItems} empty item{(emptyItems > 1 ? "s" : "")}>", "undefined"));
                index = tmp;
                if (output.Count == maxLength) break;
            }
            output.Add(FormatProperty(ctx, value, recurseTimes, key, ArrayType));
            index++;
        }
        double remaining = ArrayAlgorithms.LengthOfArrayLike(value) - index;
        if (output.Count != maxLength)
        {
            if (remaining > 0) output.Add(Stylize(ctx, $"<{remaining} empty item{(remaining > 1 ? "s" : "")}>", "undefined"));
        }
        else if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    static List<string> GroupArrayElements(Context ctx, List<string> output, JsObject? value)
    {
        var options = ctx.Options;
        double totalLength = 0;
        int maxLength = 0;
        int outputLength = output.Count;
        // The "... n more items" entry does not take part.
        if (options.MaxArrayLength < output.Count) outputLength--;
        const int separatorSpace = 2; // ", "
        var dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++)
        {
            int len = GetStringWidth(output[i], options.Colors);
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) maxLength = len;
        }
        int actualMax = maxLength + separatorSpace;
        // At least three entries must fit side by side, and no entry may dwarf the rest.
        if (actualMax * 3 + ctx.IndentationLvl < options.BreakLength &&
            (totalLength / actualMax > 5 || maxLength <= 6))
        {
            const double approxCharHeights = 2.5;
            double averageBias = Math.Sqrt(actualMax - totalLength / output.Count);
            double biasedMax = Math.Max(actualMax - 3 - averageBias, 1);
            double columns = Math.Min(Math.Min(
                    JsRound(Math.Sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                    Math.Floor((options.BreakLength - ctx.IndentationLvl) / actualMax)),
                Math.Min(options.Compact * 4.0, 15));
            if (columns <= 1) return output;
            int cols = (int)columns;
            var tmp = new List<string>();
            var maxLineLength = new int[cols];
            for (int i = 0; i < cols; i++)
            {
                int lineMaxLength = 0;
                for (int j = i; j < output.Count; j += cols)
                    if (j < outputLength && dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
                maxLineLength[i] = lineMaxLength + separatorSpace;
            }
            bool padStart = true;
            if (value != null)
            {
                for (int i = 0; i < output.Count; i++)
                {
                    var element = ArrayAlgorithms.GetElement(value, i);
                    if (!element.IsNumber && element.Ref is not System.Numerics.BigInteger)
                    {
                        padStart = false;
                        break;
                    }
                }
            }
            for (int i = 0; i < outputLength; i += cols)
            {
                int max = Math.Min(i + cols, outputLength);
                var str = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++)
                {
                    int padding = maxLineLength[j - i] + output[j].Length - dataLen[j];
                    Pad(str, output[j] + ", ", padding, padStart);
                }
                if (padStart)
                {
                    int padding = maxLineLength[j - i] + output[j].Length - dataLen[j] - separatorSpace;
                    Pad(str, output[j], padding, true);
                }
                else str.Append(output[j]);
                tmp.Add(str.ToString());
            }
            if (options.MaxArrayLength < output.Count) tmp.Add(output[outputLength]);
            output = tmp;
        }
        return output;
    }

    static void Pad(StringBuilder sb, string s, int width, bool start)
    {
        if (start && s.Length < width) sb.Append(' ', width - s.Length);
        sb.Append(s);
        if (!start && s.Length < width) sb.Append(' ', width - s.Length);
    }

    /// <summary>Math.round: halves round up.</summary>
    static double JsRound(double x) => Math.Floor(x + 0.5);

    static string ReduceToSingleString(Context ctx, List<string> output, string @base, string[] braces, int extrasType, int recurseTimes, JsObject? value)
    {
        var options = ctx.Options;
        if (options.Compact != InspectOptions.CompactTrue)
        {
            if (options.Compact >= 1)
            {
                int entries = output.Count;
                if (extrasType == ArrayExtrasType && entries > 6) output = GroupArrayElements(ctx, output, value);
                // Entries of the innermost levels (up to `compact` of them) may share a line.
                if (ctx.CurrentDepth - recurseTimes < options.Compact && entries == output.Count)
                {
                    int start = output.Count + ctx.IndentationLvl + braces[0].Length + @base.Length + 10;
                    if (IsBelowBreakLength(ctx, output, start, @base))
                    {
                        var joined = string.Join(", ", output);
                        if (!joined.Contains('\n'))
                            return $"{(@base.Length > 0 ? @base + " " : "")}{braces[0]} {joined} {braces[1]}";
                    }
                }
            }
            var indentation = "\n" + new string(' ', ctx.IndentationLvl);
            return $"{(@base.Length > 0 ? @base + " " : "")}{braces[0]}{indentation}  {string.Join($",{indentation}  ", output)}{indentation}{braces[1]}";
        }
        if (IsBelowBreakLength(ctx, output, 0, @base))
            return $"{braces[0]}{(@base.Length > 0 ? " " + @base : "")} {string.Join(", ", output)} {braces[1]}";
        var spaces = new string(' ', ctx.IndentationLvl);
        // A long opening brace ("Set {") pushes the first entry to its own line.
        var ln = @base.Length == 0 && braces[0].Length == 1 ? " " : $"{(@base.Length > 0 ? " " + @base : "")}\n{spaces}  ";
        return $"{braces[0]}{ln}{string.Join($",\n{spaces}  ", output)} {braces[1]}";
    }

    static bool IsBelowBreakLength(Context ctx, List<string> output, int start, string @base)
    {
        double totalLength = output.Count + start;
        if (totalLength + output.Count > ctx.Options.BreakLength) return false;
        foreach (var entry in output)
        {
            totalLength += ctx.Options.Colors ? RemoveColors(entry).Length : entry.Length;
            if (totalLength > ctx.Options.BreakLength) return false;
        }
        return @base.Length == 0 || !@base.Contains('\n');
    }

    /// <summary>
    /// getStringWidth: columns on a terminal. ASCII counts 1 (controls 0); beyond it, East
    /// Asian wide and fullwidth characters and emoji count 2 and combining marks 0, as ICU's
    /// width does for node.
    /// </summary>
    public static int GetStringWidth(string str, bool removeControlChars = true)
    {
        if (removeControlChars) str = RemoveColors(str);
        int width = 0;
        int i = 0;
        for (; i < str.Length; i++)
        {
            char c = str[i];
            if (c >= 127) break;
            if (c >= 32) width++;
        }
        if (i == str.Length) return width;
        var rest = StringNormalization.Normalize(str[i..], NormalizationForm.FormC);
        for (int k = 0; k < rest.Length; k++)
        {
            int cp = rest[k];
            if (char.IsHighSurrogate(rest[k]) && k + 1 < rest.Length && char.IsLowSurrogate(rest[k + 1])) cp = char.ConvertToUtf32(rest[k], rest[++k]);
            if (IsZeroWidthCodePoint(cp)) continue;
            width += IsFullWidthCodePoint(cp) ? 2 : 1;
        }
        return width;
    }

    static bool IsZeroWidthCodePoint(int code)
    {
        if (code <= 0x1F || code >= 0x7F && code <= 0x9F || code >= 0x300 && code <= 0x36F || code >= 0x200B && code <= 0x200F
            || code >= 0x20D0 && code <= 0x20FF || code >= 0xFE00 && code <= 0xFE0F || code >= 0xFE20 && code <= 0xFE2F
            || code >= 0xE0100 && code <= 0xE01EF) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(code);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;
    }

    static bool IsFullWidthCodePoint(int code) =>
        code >= 0x1100 && (
            code <= 0x115F || code == 0x2329 || code == 0x232A ||
            code >= 0x231A && code <= 0x231B || code >= 0x23E9 && code <= 0x23EC || code == 0x23F0 || code == 0x23F3 ||
            code >= 0x25FD && code <= 0x25FE || code >= 0x2614 && code <= 0x2615 || code >= 0x2648 && code <= 0x2653 ||
            code == 0x267F || code == 0x2693 || code == 0x26A1 || code >= 0x26AA && code <= 0x26AB || code >= 0x26BD && code <= 0x26BE ||
            code >= 0x26C4 && code <= 0x26C5 || code == 0x26CE || code == 0x26D4 || code == 0x26EA || code >= 0x26F2 && code <= 0x26F3 ||
            code == 0x26F5 || code == 0x26FA || code == 0x26FD || code == 0x2705 || code >= 0x270A && code <= 0x270B ||
            code == 0x2728 || code == 0x274C || code == 0x274E || code >= 0x2753 && code <= 0x2755 || code == 0x2757 ||
            code >= 0x2795 && code <= 0x2797 || code == 0x27B0 || code == 0x27BF || code >= 0x2B1B && code <= 0x2B1C ||
            code == 0x2B50 || code == 0x2B55 ||
            code >= 0x2E80 && code <= 0x3247 && code != 0x303F || code >= 0x3250 && code <= 0x4DBF ||
            code >= 0x4E00 && code <= 0xA4C6 || code >= 0xA960 && code <= 0xA97C || code >= 0xAC00 && code <= 0xD7A3 ||
            code >= 0xF900 && code <= 0xFAFF || code >= 0xFE10 && code <= 0xFE19 || code >= 0xFE30 && code <= 0xFE6B ||
            code >= 0xFF01 && code <= 0xFF60 || code >= 0xFFE0 && code <= 0xFFE6 || code >= 0x1B000 && code <= 0x1B2FF ||
            code == 0x1F004 || code == 0x1F0CF || code == 0x1F18E || code >= 0x1F191 && code <= 0x1F19A ||
            code >= 0x1F200 && code <= 0x1F251 || code >= 0x1F300 && code <= 0x1F64F || code >= 0x1F680 && code <= 0x1F6FF ||
            code >= 0x1F7E0 && code <= 0x1F7EB || code >= 0x1F90C && code <= 0x1F9FF || code >= 0x1FA70 && code <= 0x1FAFF ||
            code >= 0x20000 && code <= 0x3FFFD);
}
