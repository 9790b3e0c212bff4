namespace Jsc.Runtime.Modules;

/// <summary>
/// Node's module resolution for files: https://nodejs.org/docs/v0.8.16/api/modules.html#modules_all_together
/// (LOAD_AS_FILE, LOAD_AS_DIRECTORY with package.json `main`, LOAD_NODE_MODULES walking up).
/// </summary>
public static class NodeResolution
{
    static readonly string[] Extensions = [".js", ".json"];

    /// <summary>The file a request names, seen from a directory; null when none exists.</summary>
    public static string? Resolve(string request, string fromDirectory)
    {
        if (request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal) ||
            request.StartsWith('/') || request is "." or "..")
        {
            var path = Path.GetFullPath(Path.Combine(fromDirectory, request));
            return LoadAsFile(path) ?? LoadAsDirectory(path);
        }
        for (var dir = fromDirectory; dir != null; dir = Path.GetDirectoryName(dir))
        {
            if (Path.GetFileName(dir) == "node_modules") continue;
            var path = Path.Combine(dir, "node_modules", request);
            var found = LoadAsFile(path) ?? LoadAsDirectory(path);
            if (found != null) return found;
        }
        return null;
    }

    /// <summary>The node_modules folders a module searches, as `module.paths` lists them.</summary>
    public static List<string> LookupPaths(string fromDirectory)
    {
        var paths = new List<string>();
        for (var dir = fromDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            if (Path.GetFileName(dir) != "node_modules") paths.Add(Path.Combine(dir, "node_modules"));
        return paths;
    }

    static string? LoadAsFile(string path)
    {
        if (ModuleTable.FileExists(path)) return path;
        foreach (var ext in Extensions)
            if (ModuleTable.FileExists(path + ext)) return path + ext;
        return null;
    }

    static string? LoadAsDirectory(string path)
    {
        if (!ModuleTable.DirectoryExists(path)) return null;
        var package = Path.Combine(path, "package.json");
        if (ModuleTable.FileExists(package) && ReadMain(package) is { } main)
        {
            var target = Path.GetFullPath(Path.Combine(path, main));
            var found = LoadAsFile(target) ?? LoadAsFile(Path.Combine(target, "index"));
            if (found != null) return found;
        }
        return LoadAsFile(Path.Combine(path, "index"));
    }

    static string? ReadMain(string packageJson)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(ModuleTable.ReadText(packageJson));
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object &&
                doc.RootElement.TryGetProperty("main", out var main) && main.ValueKind == System.Text.Json.JsonValueKind.String
                ? main.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
