using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Jsc.Build;

/// <summary>
/// Turns the `JsProject` items into what the targets need before anything is compiled: each
/// project's full path, assembly name (metadata `Name`, else the item's file or directory name),
/// table namespace (metadata `Namespace`, else `Jsc.Modules.` + the name in PascalCase, so
/// two projects' `ModuleTable` types never clash) and output assembly; and, as `Inputs`, every
/// .js/.json file under the project's directory (for a single file, its directory), tagged
/// with the project's output and settings (the compile target batches on them, so it runs once
/// per changed project and sees only that project's metadata).
/// </summary>
public sealed class JscResolveProjects : Microsoft.Build.Utilities.Task
{
    [Required] public ITaskItem[] JsProjects { get; set; } = [];

    /// <summary>Where each project's assembly goes: OutputRoot/NAME/NAME.dll.</summary>
    [Required] public string OutputRoot { get; set; } = "";

    /// <summary>Files every project also depends on (the compiler).</summary>
    public ITaskItem[] ExtraInputs { get; set; } = [];

    [Output] public ITaskItem[] Projects { get; set; } = [];

    [Output] public ITaskItem[] Inputs { get; set; } = [];

    public override bool Execute()
    {
        var projects = new List<ITaskItem>();
        var inputs = new List<ITaskItem>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in JsProjects)
        {
            var path = Path.GetFullPath(item.GetMetadata("FullPath")).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            bool isDirectory = Directory.Exists(path);
            if (!isDirectory && !File.Exists(path))
            {
                Log.LogError(null, "JSC1003", null, item.ItemSpec, 0, 0, 0, 0, $"JsProject '{item.ItemSpec}': no such file or directory");
                continue;
            }
            var name = item.GetMetadata("Name");
            if (name.Length == 0)
                name = isDirectory || Path.GetFileName(path) == "package.json"
                    ? Path.GetFileName(isDirectory ? path : Path.GetDirectoryName(path)!)
                    : Path.GetFileNameWithoutExtension(path);
            if (!names.Add(name))
            {
                Log.LogError(null, "JSC1004", null, item.ItemSpec, 0, 0, 0, 0, $"two JsProject items are named '{name}'; give one a Name metadata");
                continue;
            }
            var ns = item.GetMetadata("Namespace");
            if (ns.Length == 0) ns = "Jsc.Modules." + PascalCase(name);
            var output = Path.Combine(Path.GetFullPath(OutputRoot), name);
            var assembly = Path.Combine(output, name + ".dll");

            var project = new TaskItem(path);
            item.CopyMetadataTo(project);
            project.SetMetadata("JscName", name);
            project.SetMetadata("JscNamespace", ns);
            project.SetMetadata("OutputDirectory", output);
            project.SetMetadata("OutputAssembly", assembly);
            project.SetMetadata("RuntimeCompile", string.Equals(item.GetMetadata("NoRuntimeCompile"), "true", StringComparison.OrdinalIgnoreCase) ? "false" : "true");
            projects.Add(project);

            var root = isDirectory ? path : Path.GetDirectoryName(path)!;
            var files = SourceFiles(root).Concat(isDirectory ? [] : [path]).Concat(ExtraInputs.Select(i => i.GetMetadata("FullPath")));
            foreach (var file in files.Distinct(StringComparer.Ordinal))
            {
                var input = new TaskItem(file);
                input.SetMetadata("JscProject", path);
                foreach (var key in new[] { "JscName", "JscNamespace", "OutputDirectory", "OutputAssembly", "RuntimeCompile" })
                    input.SetMetadata(key, project.GetMetadata(key));
                input.SetMetadata("JscEntry", item.GetMetadata("Entry"));
                inputs.Add(input);
            }
        }
        Projects = projects.ToArray();
        Inputs = inputs.ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <summary>The .js/.json files under <paramref name="root"/>, hidden directories (.git, ...) aside.</summary>
    static IEnumerable<string> SourceFiles(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.TryPop(out var dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir))
                if (file.EndsWith(".js", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)) yield return file;
            foreach (var sub in Directory.EnumerateDirectories(dir))
                if (!Path.GetFileName(sub).StartsWith('.')) pending.Push(sub);
        }
    }

    /// <summary>`word-freq` → `WordFreq`; a leading digit gets an underscore.</summary>
    static string PascalCase(string name)
    {
        var result = new StringBuilder();
        bool upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (result.Length == 0 || char.IsDigit(result[0])) result.Insert(0, '_');
        return result.ToString();
    }
}
