using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jsc.Compiler.Binding;
using Jsc.Compiler.Emit;
using Jsc.Compiler.Hosting;
using Jsc.Compiler.Syntax;
using Mono.Cecil;
using Mono.Cecil.Cil;

using Binder = Jsc.Compiler.Binding.Binder;

namespace Jsc.Compiler.Building;

/// <summary>
/// The incremental build's cache: every module compiled on its own into a small assembly (its
/// type, an embedded portable PDB, and its `require` requests as a resource), stored under
/// DIR/COMPILER/HH/HASH.dll, where COMPILER is the compiler assembly's build id and HASH the
/// SHA-256 of the module's file name and text. A build takes an unchanged module from there
/// (<see cref="ModuleAssembly.AddCompiledModule"/> copies it into the app's assembly) instead of
/// parsing and compiling it again. The default DIR is $XDG_CACHE_HOME/jsc/modules, else
/// ~/.cache/jsc/modules (%LOCALAPPDATA%\jsc\modules on Windows).
/// </summary>
sealed class ModuleCache
{
    const string RequiresResource = "jsc.requires.json";
    static readonly string CompilerId = typeof(ModuleCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    readonly string _directory;

    public ModuleCache(string root)
    {
        _directory = Path.Combine(Path.GetFullPath(root), CompilerId);
        if (!Directory.Exists(_directory)) Prune(root);
        Directory.CreateDirectory(_directory);
        Directory.SetLastWriteTimeUtc(_directory, DateTime.UtcNow);
    }

    public static string DefaultDirectory
    {
        get
        {
            if (OperatingSystem.IsWindows())
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "jsc", "modules");
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
            return Path.Combine(root, "jsc", "modules");
        }
    }

    /// <summary>A compiled module: its type (in <see cref="Assembly"/>, disposed with the entry) and what it requires.</summary>
    public sealed record Entry(AssemblyDefinition Assembly, TypeDefinition Type, List<string> Requests, bool Dynamic) : IDisposable
    {
        public void Dispose() => Assembly.Dispose();
    }

    /// <summary>The cached compilation of <paramref name="source"/>, or null when there is none (or it is unreadable).</summary>
    public Entry? Load(SourceText source)
    {
        var path = PathOf(source);
        if (!File.Exists(path)) return null;
        try
        {
            return Read(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Parses and compiles <paramref name="source"/> on its own, stores it, and returns it (a SyntaxError propagates).</summary>
    public Entry Compile(SourceText source)
    {
        var program = Parser.ParseCommonJs(source);
        var (requests, dynamic) = RequireScanner.Scan(program);
        using var assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition("JscCachedModule", new Version(1, 0, 0, 0)), "JscCachedModule.dll",
            new ModuleParameters { Kind = ModuleKind.Dll, AssemblyResolver = AssemblyBuilder.RuntimeAssemblyResolver.Instance });
        var module = assembly.MainModule;
        new ModuleEmitter(module, Binder.BindModule(program, JscEngine.CommonJsParameters), source, "Module", "Jsc.Cached").EmitModule(program);
        var requires = JsonSerializer.SerializeToUtf8Bytes(new Requires(requests, dynamic));
        module.Resources.Add(new EmbeddedResource(RequiresResource, ManifestResourceAttributes.Private, requires));
        var parameters = new WriterParameters { WriteSymbols = true, SymbolWriterProvider = new EmbeddedPortablePdbWriterProvider() };
        // Written beside, then renamed: a build running at the same time reads a whole file or none.
        var path = PathOf(source);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            assembly.Write(temp, parameters);
            var bytes = File.ReadAllBytes(temp);
            File.Move(temp, path, overwrite: true);
            return Read(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next build slower (the embedded PDB needs a file name).
            if (File.Exists(temp)) File.Delete(temp);
            temp = Path.Combine(Path.GetTempPath(), "jsc-module-" + Guid.NewGuid().ToString("N") + ".dll");
            assembly.Write(temp, parameters);
            var bytes = File.ReadAllBytes(temp);
            File.Delete(temp);
            return Read(bytes);
        }
    }

    sealed record Requires(List<string> Requests, bool Dynamic);

    static Entry Read(byte[] bytes)
    {
        var assembly = AssemblyDefinition.ReadAssembly(new MemoryStream(bytes), new ReaderParameters
        {
            ReadSymbols = true, SymbolReaderProvider = new EmbeddedPortablePdbReaderProvider(),
            AssemblyResolver = AssemblyBuilder.RuntimeAssemblyResolver.Instance,
        });
        try
        {
            var type = assembly.MainModule.GetType("Jsc.Cached", "Module") ?? throw new InvalidOperationException("no module type");
            var resource = assembly.MainModule.Resources.OfType<EmbeddedResource>().First(r => r.Name == RequiresResource);
            var requires = JsonSerializer.Deserialize<Requires>(resource.GetResourceData()) ?? throw new InvalidOperationException("no requests");
            return new Entry(assembly, type, requires.Requests, requires.Dynamic);
        }
        catch
        {
            assembly.Dispose();
            throw;
        }
    }

    string PathOf(SourceText source)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.FileName + "\0" + source.Text)));
        return Path.Combine(_directory, hash[..2], hash + ".dll");
    }

    /// <summary>A new compiler's first build removes what compilers unused for a week left.</summary>
    static void Prune(string root)
    {
        if (!Directory.Exists(root)) return;
        foreach (var old in Directory.GetDirectories(root))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddDays(-7)) Directory.Delete(old, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
