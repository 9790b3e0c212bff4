using System.Runtime.InteropServices;
using Mono.Cecil;

namespace Jsc.Compiler.Emit;

/// <summary>
/// The emitter imports framework types from the running runtime, so a written assembly refers to
/// System.Private.CoreLib: fine at run time, but the C# compiler, which sees only the framework's
/// reference assemblies, then cannot resolve even `object` in the assembly's public types (CS0012).
/// Before writing, every type reference that System.Runtime forwards to System.Private.CoreLib is
/// moved to System.Runtime (what C#-compiled assemblies refer to); the rest stay on CoreLib.
/// </summary>
static class ReferenceRetargeting
{
    sealed record Facade(AssemblyNameReference Name, HashSet<string> Forwarded);

    static readonly Lazy<Facade?> SystemRuntime = new(ReadSystemRuntime);

    static Facade? ReadSystemRuntime()
    {
        var path = Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "System.Runtime.dll");
        if (!File.Exists(path)) return null;
        using var facade = AssemblyDefinition.ReadAssembly(path);
        var name = facade.Name;
        var forwarded = facade.MainModule.ExportedTypes.Where(t => t.IsForwarder).Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        return new Facade(new AssemblyNameReference(name.Name, name.Version) { PublicKeyToken = name.PublicKeyToken }, forwarded);
    }

    public static void ToSystemRuntime(ModuleDefinition module)
    {
        var coreLib = module.AssemblyReferences.FirstOrDefault(r => r.Name == "System.Private.CoreLib");
        if (coreLib == null || SystemRuntime.Value is not { } facade) return;
        AssemblyNameReference? target = null;
        bool coreLibStillUsed = false;
        foreach (var type in module.GetTypeReferences())
        {
            var top = type;
            while (top.DeclaringType != null) top = top.DeclaringType;
            if (top.Scope != coreLib) continue;
            if (!facade.Forwarded.Contains(top.FullName))
            {
                coreLibStillUsed = true;
                continue;
            }
            target ??= module.AssemblyReferences.FirstOrDefault(r => r.Name == facade.Name.Name) ?? AddReference(module, facade.Name);
            top.Scope = target;
        }
        if (!coreLibStillUsed && target != null) module.AssemblyReferences.Remove(coreLib);
    }

    static AssemblyNameReference AddReference(ModuleDefinition module, AssemblyNameReference name)
    {
        var reference = new AssemblyNameReference(name.Name, name.Version) { PublicKeyToken = name.PublicKeyToken };
        module.AssemblyReferences.Add(reference);
        return reference;
    }
}
