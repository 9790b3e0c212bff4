using System.Text;

namespace Jsc.Conformance;

/// <summary>
/// The cases of tests/cases: every .js or .mjs file in a folder below it (files directly in tests/cases,
/// such as record.js, are tools; folders named fixtures hold helpers, not cases), named by their path relative to tests/cases with '/'.
/// Next to each case, &lt;name&gt;.expected holds node's stdout and &lt;name&gt;.exitcode, when
/// present, node's exit code.
/// </summary>
public static class CaseCorpus
{
    static readonly Lazy<string> casesDir = new(() => Path.Combine(FindRepoRoot(), "tests", "cases"));
    static readonly Lazy<IReadOnlyList<string>> names = new(ListCases);
    static readonly Lazy<IReadOnlyDictionary<string, string>> knownFailures =
        new(() => ReadList(Path.Combine(CasesDir, "known-failures.txt")));

    public static string CasesDir => casesDir.Value;

    /// <summary>Every case, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => names.Value;

    /// <summary>Cases expected to fail for now, with the reason (tests/cases/known-failures.txt).</summary>
    public static IReadOnlyDictionary<string, string> KnownFailures => knownFailures.Value;

    public static string PathOf(string name) => Path.Combine(CasesDir, name.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Reads a file as node does (UTF-8; a BOM stays in the text).</summary>
    public static string ReadText(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jsc.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Jsc.sln above {AppContext.BaseDirectory}");
    }

    static IReadOnlyList<string> ListCases()
    {
        var found = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(CasesDir))
        {
            if (IsSkipped(folder)) continue;
            Collect(folder, found);
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    static void Collect(string folder, List<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!IsCaseFile(file)) continue;
            found.Add(Path.GetRelativePath(CasesDir, file).Replace(Path.DirectorySeparatorChar, '/'));
        }
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!IsSkipped(sub)) Collect(sub, found);
        }
    }

    /// <summary>A case is a CommonJS script (.js) or an ES module (.mjs); .cjs files are helpers that cases load.</summary>
    public static bool IsCaseFile(string file) =>
        file.EndsWith(".js", StringComparison.Ordinal) || file.EndsWith(".mjs", StringComparison.Ordinal);

    static bool IsSkipped(string folder)
    {
        string name = Path.GetFileName(folder);
        // fixtures folders hold the files cases load (modules, packages), not cases
        return name.StartsWith('.') || name == "node_modules" || name == "fixtures";
    }

    // One entry a line: the case name, then '#' and why; blank lines and '#' lines are comments.
    static IReadOnlyDictionary<string, string> ReadList(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return entries;
        foreach (var raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            string name = (hash < 0 ? line : line[..hash]).Trim();
            string reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            if (!entries.TryAdd(name, reason)) throw new InvalidDataException($"{path}: {name} is listed twice");
        }
        return entries;
    }
}
