using System.Text.Json;
using Jsc.Runtime.Modules;

namespace Jsc.Compiler.Building;

/// <summary>
/// Where a project lives and what it runs: the root (the directory of its package.json, else of
/// the entry), the entry file (--entry, else package.json `main`, else `bin`, else index.js, all
/// with node's resolution) and the app's name (--name, else package.json `name`, else the entry
/// file's when a lone file was given, else the root directory's).
/// </summary>
public sealed record ProjectLayout(string Root, string Entry, string Name)
{
    public static ProjectLayout Find(BuildOptions options)
    {
        var input = Path.GetFullPath(options.Input);
        string root;
        string? entry = null;
        if (Directory.Exists(input)) root = input;
        else if (Path.GetFileName(input) == "package.json") root = Path.GetDirectoryName(input)!;
        else if (File.Exists(input))
        {
            entry = input;
            root = PackageRoot(Path.GetDirectoryName(input)!) ?? Path.GetDirectoryName(input)!;
        }
        else throw new BuildException($"{options.Input}: no such file or directory");

        using var package = ReadPackage(root);
        var json = package?.RootElement;
        if (options.Entry != null)
            entry = NodeResolution.Resolve("./" + options.Entry, root) ?? throw new BuildException($"--entry {options.Entry}: not found in {root}");
        entry ??= DeclaredEntry(json, root) ?? NodeResolution.Resolve("./index", root)
            ?? throw new BuildException($"{root}: no entry (package.json main or bin, or index.js); use --entry");

        var name = options.Name ?? (json?.TryGetProperty("name", out var n) == true && n.ValueKind == JsonValueKind.String ? n.GetString() : null);
        if (string.IsNullOrEmpty(name))
            name = File.Exists(input) && package == null ? Path.GetFileNameWithoutExtension(input) : Path.GetFileName(root);
        else name = name[(name.LastIndexOf('/') + 1)..];
        return new ProjectLayout(root, entry, name);
    }

    static string? DeclaredEntry(JsonElement? json, string root)
    {
        if (json is not { ValueKind: JsonValueKind.Object } package) return null;
        if (package.TryGetProperty("main", out var main) && main.ValueKind == JsonValueKind.String &&
            NodeResolution.Resolve("./" + main.GetString(), root) is { } fromMain) return fromMain;
        if (!package.TryGetProperty("bin", out var bin)) return null;
        var target = bin.ValueKind switch
        {
            JsonValueKind.String => bin.GetString(),
            JsonValueKind.Object => bin.EnumerateObject().Select(p => p.Value.GetString()).FirstOrDefault(),
            _ => null,
        };
        return target == null ? null : NodeResolution.Resolve("./" + target, root);
    }

    /// <summary>The nearest directory at or above <paramref name="directory"/> with a package.json.</summary>
    public static string? PackageRoot(string directory)
    {
        for (var dir = directory; dir != null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "package.json"))) return dir;
        return null;
    }

    static JsonDocument? ReadPackage(string root)
    {
        var path = Path.Combine(root, "package.json");
        if (!File.Exists(path)) return null;
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new BuildException($"{path}: invalid JSON: {e.Message}");
        }
    }
}

/// <summary>A build that cannot start (no input, no entry, bad package.json): its message is the whole report.</summary>
public sealed class BuildException(string message) : Exception(message);
