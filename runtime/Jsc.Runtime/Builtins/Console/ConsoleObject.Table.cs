using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// console.table (lib/internal/console/constructor.js and lib/internal/cli_table.js):
/// one row per own enumerable key of the data, one column per key of the rows (or the
/// `properties` given), cells inspected at depth 0 on one line, left-aligned in a box.
/// Map and Set data are not supported yet (the runtime has no Map or Set).
/// </summary>
public sealed partial class ConsoleObject
{
    const string IndexKey = "(index)", ValuesKey = "Values";

    JsValue Table(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var tabularData = args.Arg(0);
        var properties = args.Arg(1);
        if (!properties.IsUndefined && properties.Ref is not JsArray)
            Throw.TypeError($"The \"properties\" argument must be an instance of Array. Received {Inspector.Inspect(properties)}");
        if (tabularData.Ref is not JsObject data) return Log(thisValue, args.Length > 0 ? args[..1] : args);

        var propertyList = properties.Ref is JsArray p ? Enumerable.Range(0, (int)p.Length).Select(i => TypeConversion.ToPropertyKey(p.GetIndex((uint)i))).ToList() : null;
        var columns = new Dictionary<string, List<string?>>();
        var columnOrder = new List<string>();
        bool hasPrimitives = false;
        var valuesColumn = new List<string?>();
        var indexColumn = new List<string?>();
        var rowKeys = EnumerableStringKeys(data);
        for (int i = 0; i < rowKeys.Count; i++)
        {
            indexColumn.Add(rowKeys[i].Name);
            var item = data.Get(rowKeys[i]);
            bool primitive = item.Ref is not JsObject;
            if (propertyList == null && primitive)
            {
                hasPrimitives = true;
                SetCell(valuesColumn, i, Cell(item));
                continue;
            }
            foreach (var key in propertyList ?? EnumerableStringKeys(item.Object))
            {
                var name = key.ToString();
                if (!columns.TryGetValue(name, out var column))
                {
                    columns[name] = column = new List<string?>();
                    columnOrder.Add(name);
                }
                bool own = !primitive && item.Object.GetOwnProperty(key) != null;
                SetCell(column, i, own ? Cell(item.Object.Get(key)) : "");
            }
        }
        var head = new List<string> { IndexKey };
        var values = new List<List<string?>> { indexColumn };
        foreach (var name in columnOrder)
        {
            head.Add(name);
            values.Add(columns[name]);
        }
        if (hasPrimitives)
        {
            head.Add(ValuesKey);
            values.Add(valuesColumn);
        }
        Write(true, RenderTable(head, values));
        return JsValue.Undefined;
    }

    static List<PropertyKey> EnumerableStringKeys(JsObject o) =>
        o.OwnPropertyKeys().Where(k => k.IsString && o.GetOwnProperty(k) is { Enumerable: true }).ToList();

    static void SetCell(List<string?> column, int index, string value)
    {
        while (column.Count <= index) column.Add(null);
        column[index] = value;
    }

    /// <summary>_inspect: one line, depth 0 (or -1 for objects with more than two keys), at most three array items.</summary>
    static string Cell(JsValue v)
    {
        bool wide = v.Ref is JsObject o && o is not JsArray && EnumerableStringKeys(o).Count > 2;
        return Inspector.Inspect(v, new InspectOptions { Depth = wide ? -1 : 0, MaxArrayLength = 3, BreakLength = double.PositiveInfinity });
    }

    /// <summary>cli_table's table(head, columns).</summary>
    static string RenderTable(List<string> head, List<List<string?>> columns)
    {
        var widths = head.Select(h => Inspector.GetStringWidth(h)).ToArray();
        int longestColumn = columns.Max(c => c.Count);
        var rows = new string[longestColumn][];
        for (int j = 0; j < longestColumn; j++) rows[j] = new string[head.Count];
        for (int i = 0; i < head.Count; i++)
        {
            for (int j = 0; j < longestColumn; j++)
            {
                var value = j < columns[i].Count ? columns[i][j] ?? "" : "";
                rows[j][i] = value;
                widths[i] = Math.Max(widths[i], Inspector.GetStringWidth(value));
            }
        }
        var divider = widths.Select(w => new string('─', w + 2)).ToArray();
        var result = new StringBuilder();
        result.Append('┌').AppendJoin('┬', divider).Append("┐\n");
        result.Append(RenderRow(head, widths)).Append('\n');
        result.Append('├').AppendJoin('┼', divider).Append("┤\n");
        foreach (var row in rows) result.Append(RenderRow(row, widths)).Append('\n');
        result.Append('└').AppendJoin('┴', divider).Append('┘');
        return result.ToString();
    }

    static string RenderRow(IReadOnlyList<string> row, int[] widths)
    {
        var sb = new StringBuilder("│ ");
        for (int i = 0; i < row.Count; i++)
        {
            sb.Append(row[i]).Append(' ', widths[i] - Inspector.GetStringWidth(row[i]));
            if (i != row.Count - 1) sb.Append(" │ ");
        }
        return sb.Append(" │").ToString();
    }
}
