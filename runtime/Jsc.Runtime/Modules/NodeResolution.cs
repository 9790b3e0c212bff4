using System.Text.Json;

namespace Jsc.Runtime.Modules;

/// <summary>
/// Node's module resolution for files: https://nodejs.org/docs/v0.8.16/api/modules.html#modules_all_together
/// (LOAD_AS_FILE with the registered extensions in order, LOAD_AS_DIRECTORY with package.json
/// `main` and node 20's fallback to index, LOAD_NODE_MODULES walking up, and a package's
/// `exports` map for bare requests, https://nodejs.org/api/packages.html#package-entry-points).
/// Failures other than "not found" throw <see cref="ResolutionException"/>.
/// </summary>
public static class NodeResolution
{
    static readonly string[] DefaultExtensions = [".js", ".json", ".node"];

    /// <summary>The file a request names, seen from a directory; null when none exists.</summary>
    /// <param name="extensions">Keys of require.extensions, tried in order.</param>
    /// <param name="warn">Receives node's DEP0128 text when a package's `main` is missing.</param>
    public static string? Resolve(string request, string fromDirectory, IReadOnlyList<string>? extensions = null,
        Action<string>? warn = null)
    {
        extensions ??= DefaultExtensions;
        if (IsRelative(request))
        {
            var path = Path.GetFullPath(Path.Combine(fromDirectory, request));
            // `require('./dir/')` only names a directory
            if (request.EndsWith('/') || request is "." or "..") return LoadAsDirectory(path, extensions, warn);
            return LoadAsFile(path, extensions) ?? LoadAsDirectory(path, extensions, warn);
        }
        foreach (var modules in LookupPaths(fromDirectory))
        {
            var found = LoadPackageExports(request, modules, extensions);
            if (found != null) return found;
            var path = Path.Combine(modules, request);
            found = LoadAsFile(path, extensions) ?? LoadAsDirectory(path, extensions, warn);
            if (found != null) return found;
        }
        return null;
    }

    /// <summary>A bare request looked up in one folder (a global folder, which is not a node_modules).</summary>
    public static string? ResolveIn(string request, string folder, IReadOnlyList<string> extensions, Action<string>? warn)
    {
        var path = Path.Combine(folder, request);
        return LoadAsFile(path, extensions) ?? LoadAsDirectory(path, extensions, warn);
    }

    public static bool IsRelative(string request) =>
        request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal) ||
        request.StartsWith('/') || request is "." or "..";

    /// <summary>The node_modules folders a module searches, as `module.paths` lists them.</summary>
    public static List<string> LookupPaths(string fromDirectory)
    {
        var paths = new List<string>();
        for (var dir = fromDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            if (Path.GetFileName(dir) != "node_modules") paths.Add(Path.Combine(dir, "node_modules"));
        return paths;
    }

    static string? LoadAsFile(string path, IReadOnlyList<string> extensions)
    {
        if (ModuleTable.FileExists(path)) return path;
        foreach (var ext in extensions)
            if (ModuleTable.FileExists(path + ext)) return path + ext;
        return null;
    }

    static string? LoadIndex(string path, IReadOnlyList<string> extensions) => LoadAsFile(Path.Combine(path, "index"), extensions);

    static string? LoadAsDirectory(string path, IReadOnlyList<string> extensions, Action<string>? warn)
    {
        if (!ModuleTable.DirectoryExists(path)) return null;
        var package = Path.Combine(path, "package.json");
        if (ModuleTable.FileExists(package) && ReadField(package, "main") is { } main && main.ValueKind == JsonValueKind.String &&
            main.GetString() is { Length: > 0 } mainPath)
        {
            var target = Path.GetFullPath(Path.Combine(path, mainPath));
            var found = LoadAsFile(target, extensions) ?? LoadIndex(target, extensions);
            if (found != null) return found;
            found = LoadIndex(path, extensions);
            if (found == null)
                throw new ResolutionException("MODULE_NOT_FOUND",
                    $"Cannot find module '{target}'. Please verify that the package.json has a valid \"main\" entry", package);
            warn?.Invoke($"Invalid 'main' field in '{package}' of '{mainPath}'. Please either fix that or report it to the module author");
            return found;
        }
        return LoadIndex(path, extensions);
    }

    /// <summary>A field of a package.json, or null when the file or field is missing or not JSON.</summary>
    static JsonElement? ReadField(string packageJson, string field)
    {
        try
        {
            using var doc = JsonDocument.Parse(ModuleTable.ReadText(packageJson));
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(field, out var value)
                ? value.Clone() : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    // LOAD_PACKAGE_EXPORTS: `name` or `@scope/name`, then an optional subpath, looked up in the
    // package's "exports" with the conditions "require", "node" and "default".
    static string? LoadPackageExports(string request, string modules, IReadOnlyList<string> extensions)
    {
        var parts = request.Split('/');
        int nameParts = request.StartsWith('@') ? 2 : 1;
        if (parts.Length < nameParts) return null;
        var name = string.Join('/', parts.Take(nameParts));
        var packageDir = Path.Combine(modules, name);
        var packageJson = Path.Combine(packageDir, "package.json");
        if (!ModuleTable.FileExists(packageJson) || ReadField(packageJson, "exports") is not { } exports || exports.ValueKind == JsonValueKind.Null)
            return null;
        var subpath = "." + request[name.Length..];
        var target = PackageExports.Resolve(exports, subpath);
        if (target == null)
        {
            throw new ResolutionException("ERR_PACKAGE_PATH_NOT_EXPORTED", subpath == "."
                ? $"No \"exports\" main defined in {packageJson}"
                : $"Package subpath '{subpath}' is not defined by \"exports\" in {packageJson}");
        }
        var file = Path.GetFullPath(Path.Combine(packageDir, target));
        if (!ModuleTable.FileExists(file))
            throw new ResolutionException("MODULE_NOT_FOUND", $"Cannot find module '{file}'");
        return file;
    }
}
