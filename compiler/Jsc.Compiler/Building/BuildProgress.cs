namespace Jsc.Compiler.Building;

/// <summary>
/// How a build reports its modules: with a log (--verbose), a plain line per module (`compiled
/// KEY` or `cached KEY`); on a terminal, one redrawn progress bar line (modules done of the
/// modules found so far, and the current one); otherwise nothing.
/// </summary>
sealed class BuildProgress(TextWriter? log, TextWriter? terminal, int width)
{
    const int BarWidth = 24;
    int _drawn;

    public void Module(string key, bool cached, int done, int found)
    {
        log?.WriteLine($"  {(cached ? "cached" : "compiled")} {key}");
        if (terminal == null) return;
        int filled = found == 0 ? 0 : BarWidth * done / found;
        var line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{found} {key}";
        if (line.Length > width - 1) line = line[..(width - 1)];
        terminal.Write("\r" + line.PadRight(_drawn));
        _drawn = line.Length;
        terminal.Flush();
    }

    /// <summary>Clears the bar, so what follows starts on a clean line.</summary>
    public void Done()
    {
        if (terminal == null || _drawn == 0) return;
        terminal.Write("\r" + new string(' ', _drawn) + "\r");
        terminal.Flush();
        _drawn = 0;
    }
}
