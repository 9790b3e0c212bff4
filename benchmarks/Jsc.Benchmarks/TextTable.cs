namespace Jsc.Benchmarks;

static class TextTable
{
    /// <summary>
    /// Writes rows as aligned columns two spaces apart: the first column left-aligned, the others
    /// right-aligned. A null row prints as a rule as wide as the table.
    /// </summary>
    public static void Print(TextWriter writer, IReadOnlyList<string[]?> rows)
    {
        var cells = rows.OfType<string[]>().ToList();
        int columns = cells.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => cells.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            if (row is null)
            {
                writer.WriteLine(new string('-', widths.Sum() + 2 * (columns - 1)));
                continue;
            }
            var padded = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            writer.WriteLine(string.Join("  ", padded).TrimEnd());
        }
    }
}
