namespace Jsc.Benchmarks;

static class Repository
{
    /// <summary>The directory holding Jsc.sln, looked for above the working directory, then above the binary.</summary>
    public static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Jsc.sln"))) return dir.FullName;
            }
        }
        return null;
    }
}
