using System.Diagnostics;
using Jsc.Compiler.Binding;
using Jsc.Compiler.Hosting;
using Jsc.Compiler.Syntax;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Stdlib.Hosting;
using Mono.Cecil;
using Mono.Cecil.Cil;

using Binder = Jsc.Compiler.Binding.Binder;

namespace Jsc.Compiler.Emit;

/// <summary>
/// An assembly on disk holding many CommonJS modules (`jsc build`, `jsc compile`): one type per
/// module (`Jsc.Modules.M0001`, ...), and `Jsc.Modules.ModuleTable` (another namespace when the
/// build names one, so C# can reference several built assemblies) whose static `Create()`
/// returns a runtime <see cref="ModuleTable"/> mapping each module's key to its wrapper's
/// FunctionInfo (and data files to their text). An app also gets `ModuleTable.Main(string[])`,
/// which hands that table to <see cref="AppHost.Run"/>. The portable PDB beside it maps IL to
/// each module's file:line:col.
/// </summary>
public sealed class ModuleAssembly : IDisposable
{
    readonly AssemblyDefinition _assembly;
    readonly ModuleDefinition _module;
    readonly List<(string Key, MethodDefinition GetEntry)> _modules = new();
    readonly List<(string Key, string Text)> _data = new();
    readonly string _namespace;

    /// <summary>The namespace of the table and module types unless the build names another.</summary>
    public const string DefaultNamespace = "Jsc.Modules";

    public ModuleAssembly(string name, bool debug, string typeNamespace = DefaultNamespace)
    {
        _namespace = typeNamespace;
        _assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, new Version(1, 0, 0, 0)), name + ".dll", new ModuleParameters
        {
            Kind = ModuleKind.Console,
            AssemblyResolver = AssemblyBuilder.RuntimeAssemblyResolver.Instance,
        });
        _module = _assembly.MainModule;
        if (debug)
        {
            // The JIT keeps every local and sequence point, for debuggers.
            var ctor = _module.ImportReference(typeof(DebuggableAttribute).GetConstructor([typeof(DebuggableAttribute.DebuggingModes)]));
            var attribute = new CustomAttribute(ctor);
            attribute.ConstructorArguments.Add(new CustomAttributeArgument(_module.ImportReference(typeof(DebuggableAttribute.DebuggingModes)),
                (int)(DebuggableAttribute.DebuggingModes.Default | DebuggableAttribute.DebuggingModes.DisableOptimizations)));
            _assembly.CustomAttributes.Add(attribute);
        }
    }

    /// <summary>How many modules were added.</summary>
    public int Count => _modules.Count;

    /// <summary>Compiles one parsed CommonJS module under <paramref name="key"/>; an early error (SyntaxError) leaves the assembly unchanged.</summary>
    public void AddModule(string key, SourceText text, Ast.Program program)
    {
        var binder = Binder.BindModule(program, JscEngine.CommonJsParameters);
        var emitter = new ModuleEmitter(_module, binder, text, "M" + (_modules.Count + 1).ToString("D4"), _namespace);
        emitter.EmitModule(program);
        _modules.Add((key, emitter.Type.Methods.First(m => m.Name == "GetEntry")));
    }

    /// <summary>
    /// Adds a copy of a module compiled on its own (<see cref="Building.ModuleCache"/>): its type
    /// <paramref name="compiled"/>, read from the cache, under the next module type name.
    /// </summary>
    public void AddCompiledModule(string key, TypeDefinition compiled)
    {
        var copy = new TypeCopier(_module).Copy(compiled, _namespace, "M" + (_modules.Count + 1).ToString("D4"));
        _modules.Add((key, copy.Methods.First(m => m.Name == "GetEntry")));
    }

    /// <summary>
    /// For `--r2r`: functions with loops are marked AggressiveOptimization (fully optimised on
    /// first call, <see cref="FunctionEmitter"/>), which crossgen2 never precompiles, leaving
    /// each to a slow JIT at start-up; ReadyToRun code is optimised already, so the mark goes.
    /// </summary>
    public void PrecompileEveryMethod()
    {
        foreach (var type in _module.GetTypes())
            foreach (var method in type.Methods)
                method.ImplAttributes &= ~MethodImplAttributes.AggressiveOptimization;
    }

    /// <summary>A data file (a `.json` module or a package.json) carried as text.</summary>
    public void AddData(string key, string text) => _data.Add((key, text));

    /// <summary>
    /// Emits the table (and with <paramref name="withMain"/> the entry point), then writes the
    /// assembly and its portable PDB (same name, `.pdb`).
    /// </summary>
    public void Write(string dllPath, string buildRoot, string entry, bool allowRuntimeCompile, bool withMain)
    {
        var table = new TypeDefinition(_namespace, "ModuleTable",
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit, _module.TypeSystem.Object);
        _module.Types.Add(table);
        var tableType = _module.ImportReference(typeof(ModuleTable));
        var create = new MethodDefinition("Create", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, tableType);
        table.Methods.Add(create);
        EmitCreate(create.Body.GetILProcessor(), buildRoot, entry, allowRuntimeCompile);
        if (withMain)
        {
            var main = new MethodDefinition("Main", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, _module.TypeSystem.Int32);
            main.Parameters.Add(new ParameterDefinition("args", ParameterAttributes.None, new ArrayType(_module.TypeSystem.String)));
            table.Methods.Add(main);
            var il = main.Body.GetILProcessor();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Call, create);
            il.Emit(OpCodes.Call, _module.ImportReference(typeof(AppHost).GetMethod(nameof(AppHost.Run), [typeof(string[]), typeof(ModuleTable)])));
            il.Emit(OpCodes.Ret);
            _module.EntryPoint = main;
        }
        else _module.Kind = ModuleKind.Dll;
        // Written once to memory, then read back: only then does Cecil list the type references to retarget.
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        _assembly.Write(image, new WriterParameters { WriteSymbols = true, SymbolWriterProvider = new PortablePdbWriterProvider(), SymbolStream = symbols });
        image.Position = 0;
        symbols.Position = 0;
        using var written = AssemblyDefinition.ReadAssembly(image, new ReaderParameters
        {
            ReadSymbols = true, SymbolStream = symbols, SymbolReaderProvider = new PortablePdbReaderProvider(),
            AssemblyResolver = AssemblyBuilder.RuntimeAssemblyResolver.Instance,
        });
        ReferenceRetargeting.ToSystemRuntime(written.MainModule);
        written.Write(dllPath, new WriterParameters { WriteSymbols = true, SymbolWriterProvider = new PortablePdbWriterProvider() });
    }

    void EmitCreate(ILProcessor il, string buildRoot, string entry, bool allowRuntimeCompile)
    {
        il.Emit(OpCodes.Ldstr, buildRoot);
        il.Emit(OpCodes.Ldstr, entry);
        il.Emit(allowRuntimeCompile ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Newobj, _module.ImportReference(typeof(ModuleTable).GetConstructor([typeof(string), typeof(string), typeof(bool)])));
        var addModule = _module.ImportReference(typeof(ModuleTable).GetMethod(nameof(ModuleTable.AddModule)));
        var addData = _module.ImportReference(typeof(ModuleTable).GetMethod(nameof(ModuleTable.AddData)));
        var factory = _module.ImportReference(typeof(Func<FunctionInfo>).GetConstructor([typeof(object), typeof(IntPtr)]));
        foreach (var (key, getEntry) in _modules)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldstr, key);
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Ldftn, getEntry);
            il.Emit(OpCodes.Newobj, factory);
            il.Emit(OpCodes.Callvirt, addModule);
        }
        foreach (var (key, text) in _data)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldstr, key);
            il.Emit(OpCodes.Ldstr, text);
            il.Emit(OpCodes.Callvirt, addData);
        }
        il.Emit(OpCodes.Ret);
    }

    public void Dispose() => _assembly.Dispose();
}
