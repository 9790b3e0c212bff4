using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Jsc.Build;

/// <summary>
/// Compiles one Node project (a directory, its package.json or an entry .js file) into
/// <see cref="OutputDirectory"/>/<see cref="Name"/>.dll by running `jsc build` out of process:
/// `dotnet exec tools/jsc.dll build ... --error-format msbuild`.
///
/// Why out of process: MSBuild keeps task assemblies loaded in long-lived worker nodes, so an
/// in-process compiler would keep its static state (the stdlib's module registry, registered
/// module tables) and its loaded Jsc.Runtime/Jsc.Stdlib/Mono.Cecil from one build to the next,
/// even after the package was updated; it would also run on MSBuild's thread stack, where deep
/// JavaScript nesting overflows, and share the process with MSBuild's own System.* and
/// Microsoft.CodeAnalysis versions. A process per compiled project costs a few hundred
/// milliseconds, and the target only runs when a JavaScript input changed.
///
/// Each error jsc prints (`file.js(line,col): error JSC1001: message`) is logged as an MSBuild
/// error with its file, line, column and code, so IDEs and CI logs link every one of them.
/// </summary>
public sealed partial class JscCompile : ToolTask
{
    /// <summary>The project directory, its package.json, or an entry .js file.</summary>
    [Required] public string Project { get; set; } = "";

    /// <summary>The assembly's name (the file is NAME.dll).</summary>
    [Required] public string Name { get; set; } = "";

    /// <summary>The namespace of its module table type (`NS.ModuleTable`).</summary>
    [Required] public string Namespace { get; set; } = "";

    [Required] public string OutputDirectory { get; set; } = "";

    /// <summary>jsc.dll (default: beside this task assembly).</summary>
    public string? JscPath { get; set; }

    /// <summary>The entry file relative to the project, when not package.json's main/bin or index.js.</summary>
    public string? Entry { get; set; }

    /// <summary>False: the app cannot compile modules at run time (the compiler is not shipped).</summary>
    public bool RuntimeCompile { get; set; } = true;

    public bool Debug { get; set; }

    /// <summary>The built assembly.</summary>
    [Output] public string AssemblyPath => Path.Combine(OutputDirectory, Name + ".dll");

    protected override string ToolName => OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    /// <summary>The dotnet host running this build (MSBuild says where), else the one on PATH.</summary>
    protected override string GenerateFullPathToTool()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } process && Path.GetFileName(process) == ToolName) return process;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, ToolName))) return Path.Combine(dir, ToolName);
        return ToolName;
    }

    protected override string GenerateCommandLineCommands()
    {
        var jsc = JscPath ?? Path.Combine(Path.GetDirectoryName(typeof(JscCompile).Assembly.Location)!, "jsc.dll");
        var command = new CommandLineBuilder();
        command.AppendSwitch("exec");
        command.AppendFileNameIfNotNull(jsc);
        command.AppendSwitch("build");
        command.AppendFileNameIfNotNull(Project);
        command.AppendSwitchIfNotNull("-o ", OutputDirectory);
        command.AppendSwitchIfNotNull("--name ", Name);
        command.AppendSwitchIfNotNull("--namespace ", Namespace);
        if (!string.IsNullOrEmpty(Entry)) command.AppendSwitchIfNotNull("--entry ", Entry);
        if (!RuntimeCompile) command.AppendSwitch("--no-runtime-compile");
        command.AppendSwitch(Debug ? "--debug" : "--release");
        command.AppendSwitch("--no-apphost");
        command.AppendSwitch("--error-format msbuild");
        return command.ToString();
    }

    public override bool Execute()
    {
        Log.LogMessage(MessageImportance.High, $"jsc: compiling {Project} -> {AssemblyPath}");
        return base.Execute();
    }

    [GeneratedRegex(@"^(?<file>.*?)(\((?<line>\d+),(?<column>\d+)\))?: error (?<code>JSC\d{4}): (?<message>.*)$")]
    private static partial Regex CanonicalError();

    /// <summary>jsc's canonical error lines become MSBuild errors; anything else is a message.</summary>
    protected override void LogEventsFromTextOutput(string line, MessageImportance importance)
    {
        var match = CanonicalError().Match(line);
        if (!match.Success)
        {
            Log.LogMessage(importance, line);
            return;
        }
        int lineNumber = match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0;
        int column = match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0;
        var file = match.Groups["file"].Value;
        Log.LogError(subcategory: null, match.Groups["code"].Value, helpKeyword: null, file == "jsc" ? Project : file,
            lineNumber, column, 0, 0, match.Groups["message"].Value);
    }
}
