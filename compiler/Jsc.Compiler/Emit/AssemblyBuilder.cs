using System.Reflection;
using System.Runtime.Loader;
using Jsc.Compiler.Binding;
using Jsc.Compiler.Syntax;
using Mono.Cecil;
using Mono.Cecil.Cil;

using Binder = Jsc.Compiler.Binding.Binder;

namespace Jsc.Compiler.Emit;

/// <summary>Writes a module's emitted type into an in-memory assembly with a portable PDB, and loads it.</summary>
static class AssemblyBuilder
{
    static int _counter;

    public static Type Build(Ast.Program program, Binder binder, SourceText source) => Build(program, binder, source, _ => binder);

    /// <summary>Builds with a binder made once the module exists (eval binds against imported environment types).</summary>
    public static Type Build(Ast.Program program, Binder? _, SourceText source, Func<ModuleDefinition, Binder> bind)
    {
        string name = "JsModule" + Interlocked.Increment(ref _counter);
        var assemblyName = new AssemblyNameDefinition(name, new Version(1, 0, 0, 0));
        using var assembly = AssemblyDefinition.CreateAssembly(assemblyName, name, new ModuleParameters
        {
            Kind = ModuleKind.Dll,
            AssemblyResolver = RuntimeAssemblyResolver.Instance,
        });
        var module = assembly.MainModule;
        var emitter = new ModuleEmitter(module, bind(module), source, "Module");
        emitter.EmitModule(program);

        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        assembly.Write(peStream, new WriterParameters
        {
            WriteSymbols = true,
            SymbolStream = pdbStream,
            SymbolWriterProvider = new PortablePdbWriterProvider(),
        });
        peStream.Position = 0;
        pdbStream.Position = 0;
        var loaded = AssemblyLoadContext.Default.LoadFromStream(peStream, pdbStream);
        return loaded.GetType("Jsc.Modules.Module")!;
    }

    /// <summary>Resolves references to the runtime and the framework from the running process.</summary>
    internal sealed class RuntimeAssemblyResolver : DefaultAssemblyResolver
    {
        public static readonly RuntimeAssemblyResolver Instance = new();

        RuntimeAssemblyResolver()
        {
            AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
            AddSearchDirectory(Path.GetDirectoryName(typeof(Runtime.Values.JsValue).Assembly.Location)!);
        }
    }
}
