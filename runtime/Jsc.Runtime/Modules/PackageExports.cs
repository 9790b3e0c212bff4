using System.Text.Json;

namespace Jsc.Runtime.Modules;

/// <summary>
/// PACKAGE_EXPORTS_RESOLVE for require(): https://nodejs.org/api/esm.html#resolution-algorithm-specification —
/// a string, an array of alternatives, a map of conditions, or a map of subpaths (with `*` patterns).
/// </summary>
static class PackageExports
{
    static readonly string[] Conditions = ["require", "node", "node-addons", "default"];

    /// <summary>The package-relative target (`./lib/x.js`) of a subpath (`.` or `./x`), or null when not exported.</summary>
    public static string? Resolve(JsonElement exports, string subpath)
    {
        bool subpathMap = exports.ValueKind == JsonValueKind.Object &&
            exports.EnumerateObject().Any(p => p.Name.StartsWith('.'));
        if (!subpathMap) return subpath == "." ? Target(exports, null) : null;
        if (exports.TryGetProperty(subpath, out var exact) && !subpath.Contains('*')) return Target(exact, null);
        // The longest pattern key whose prefix and suffix match: `./features/*.js`.
        string? bestKey = null;
        string? bestMatch = null;
        foreach (var p in exports.EnumerateObject())
        {
            int star = p.Name.IndexOf('*');
            if (star < 0)
            {
                // legacy folder mappings: "./dir/" matches "./dir/file"
                if (p.Name.EndsWith('/') && subpath.StartsWith(p.Name, StringComparison.Ordinal) &&
                    (bestKey == null || p.Name.Length > bestKey.Length))
                {
                    bestKey = p.Name;
                    bestMatch = subpath[p.Name.Length..];
                }
                continue;
            }
            var prefix = p.Name[..star];
            var suffix = p.Name[(star + 1)..];
            if (subpath.Length >= p.Name.Length && subpath.StartsWith(prefix, StringComparison.Ordinal) &&
                subpath.EndsWith(suffix, StringComparison.Ordinal) && (bestKey == null || prefix.Length > bestKey.IndexOf('*')))
            {
                bestKey = p.Name;
                bestMatch = subpath[prefix.Length..(subpath.Length - suffix.Length)];
            }
        }
        return bestKey == null ? null : Target(exports.GetProperty(bestKey), bestMatch);
    }

    // PACKAGE_TARGET_RESOLVE: `*` in a string target takes the pattern match.
    static string? Target(JsonElement target, string? patternMatch)
    {
        switch (target.ValueKind)
        {
            case JsonValueKind.String:
                var s = target.GetString()!;
                if (!s.StartsWith("./", StringComparison.Ordinal)) return null;
                return patternMatch == null ? s : s.Replace("*", patternMatch);
            case JsonValueKind.Array:
                foreach (var item in target.EnumerateArray())
                    if (Target(item, patternMatch) is { } found) return found;
                return null;
            case JsonValueKind.Object:
                foreach (var p in target.EnumerateObject())
                    if (Conditions.Contains(p.Name) && Target(p.Value, patternMatch) is { } found) return found;
                return null;
            default:
                return null;
        }
    }
}
