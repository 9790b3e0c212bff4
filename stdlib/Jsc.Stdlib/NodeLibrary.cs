using System.Reflection;
using Jsc.Runtime.Modules;

namespace Jsc.Stdlib;

/// <summary>
/// The stdlib's JavaScript modules, embedded in this assembly as `lib/NAME.js` resources,
/// registered as core modules so `require('NAME')` (or `require('node:NAME')`) finds them.
/// </summary>
public static class NodeLibrary
{
    static readonly bool registered = RegisterAll();

    /// <summary>Registers the modules once per process (the type initializer makes it thread-safe).</summary>
    public static void Register() => _ = registered;

    static bool RegisterAll()
    {
        var assembly = typeof(NodeLibrary).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("lib/", StringComparison.Ordinal) || !resource.EndsWith(".js", StringComparison.Ordinal)) continue;
            var name = resource[4..^3].Replace('\\', '/');
            ModuleLoader.LibraryModules[name] = () => Read(assembly, resource);
        }
        return true;
    }

    static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
