using Jsc.Compiler.Emit;

namespace Jsc.Compiler.Building;

/// <summary>What `jsc build` (or a future MSBuild task) asks of <see cref="ProjectBuilder"/>.</summary>
public sealed class BuildOptions
{
    /// <summary>A project directory, its package.json, or the entry .js file.</summary>
    public required string Input { get; init; }

    /// <summary>The output directory.</summary>
    public required string Output { get; init; }

    /// <summary>The entry file, relative to the project root (default: package.json main, then bin, then index.js).</summary>
    public string? Entry { get; init; }

    /// <summary>The assembly's name (default: package.json name, else the directory's name).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The namespace of the module table and the module types (`NS.ModuleTable`): distinct
    /// namespaces let one C# project reference several built assemblies.
    /// </summary>
    public string Namespace { get; init; } = ModuleAssembly.DefaultNamespace;

    /// <summary>Marks the assembly so the JIT keeps locals for debuggers; the PDB is written either way.</summary>
    public bool Debug { get; init; }

    /// <summary>Ship the compiler beside the app, for modules the build did not see, eval and `new Function`.</summary>
    public bool RuntimeCompile { get; init; } = true;

    /// <summary>Precompile the app and the runtime with crossgen2 (<see cref="Building.ReadyToRun"/>).</summary>
    public bool ReadyToRun { get; init; }

    /// <summary>Also publish OUT/NAME as one self-contained executable (<see cref="SingleFilePublish"/>), in place of the app host.</summary>
    public bool SelfContained { get; init; }

    /// <summary>Write the app host (`OUT/NAME`) beside the dll.</summary>
    public bool AppHost { get; init; } = true;

    /// <summary>Progress lines (one per module with --verbose) go here.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>A terminal to draw a progress bar on (<see cref="BuildProgress"/>), and its width in columns.</summary>
    public TextWriter? Terminal { get; init; }

    public int TerminalWidth { get; init; } = 80;

    /// <summary>
    /// The incremental cache's directory (<see cref="ModuleCache"/>: modules whose text it holds are
    /// not compiled again), or null to compile every module.
    /// </summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory;

    /// <summary>$XDG_CACHE_HOME/jsc/modules, else ~/.cache/jsc/modules (%LOCALAPPDATA%\jsc\modules on Windows).</summary>
    public static string DefaultCacheDirectory => ModuleCache.DefaultDirectory;
}

/// <summary>What a build produced, or every error it found.</summary>
public sealed class BuildResult
{
    /// <summary>Every error (<see cref="BuildError"/>: printed as `file:line:col: SyntaxError: message` with its code frame).</summary>
    public List<BuildError> Errors { get; } = new();

    /// <summary>Requests that did not resolve, files of dynamically required packages that did not compile, ...</summary>
    public List<string> Warnings { get; } = new();

    /// <summary>Keys of the compiled modules (`node:NAME` for the stdlib's), entry first.</summary>
    public List<string> Modules { get; } = new();

    /// <summary>How many of <see cref="Modules"/> came from the incremental cache instead of being compiled.</summary>
    public int CachedModules { get; set; }

    public int CompiledModules => Modules.Count - CachedModules;

    public string? AssemblyPath { get; set; }
    public string? AppHostPath { get; set; }
    public bool Success => Errors.Count == 0;
}
