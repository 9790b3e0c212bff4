using Jsc.Compiler.Building;
using Xunit;

namespace Jsc.EndToEnd;

/// <summary>The incremental cache: an unchanged module is not compiled again, a changed one is; the progress bar on a terminal.</summary>
[Collection(NpmProjectsCollection.Name)]
public class IncrementalBuildTests(NpmProjects projects)
{
    [Fact]
    public void ASecondBuildCompilesNoModuleAndStillRunsLikeNode()
    {
        var dir = NpmProjects.ProjectDir("yaml2json");
        NpmProjects.Install(dir);
        var cache = projects.NewDirectory("cache");
        BuildResult Build(string output) => ProjectBuilder.Build(new BuildOptions { Input = dir, Output = Path.Combine(cache, output), CacheDirectory = cache });

        var first = Build("first");
        Assert.True(first.Success, string.Join("\n", first.Errors));
        Assert.Equal((first.Modules.Count, 0), (first.CompiledModules, first.CachedModules));
        var second = Build("second");
        Assert.Equal(first.Modules, second.Modules);
        Assert.Equal((0, first.Modules.Count), (second.CompiledModules, second.CachedModules));
        Assert.Equal(Samples.Run("node", ["index.js", "config.yaml"], dir), Samples.Dotnet(second.AssemblyPath!, ["config.yaml"], dir));
    }

    [Fact]
    public void OnlyTheChangedModuleIsCompiledAndItsStackFramesStillMapToJavaScript()
    {
        var project = projects.NewDirectory("changed");
        var cache = Path.Combine(project, "cache");
        File.WriteAllText(Path.Combine(project, "index.js"), "var lib = require('./lib');\nconsole.log(lib.value);\nlib.fail();\n");
        File.WriteAllText(Path.Combine(project, "lib.js"), "exports.value = 1;\nexports.fail = function fail() {\n  throw new Error('one');\n};\n");
        BuildResult Build() => ProjectBuilder.Build(new BuildOptions { Input = project, Output = Path.Combine(project, "out"), CacheDirectory = cache, AppHost = false });
        var first = Build();
        Assert.Equal(0, first.CachedModules);
        File.WriteAllText(Path.Combine(project, "lib.js"), "exports.value = 2;\n\nexports.fail = function fail() {\n  throw new Error('two');\n};\n");
        var second = Build();
        Assert.Equal(1, second.CompiledModules);
        var (code, stdout, stderr) = Samples.Dotnet(second.AssemblyPath!, []);
        Assert.Equal((1, "2\n"), (code, stdout));
        Assert.Contains($"Error: two\n    at fail ({project}/lib.js:4:9)\n    at Object.<anonymous> ({project}/index.js:3:5)\n", stderr);
    }

    [Fact]
    public void ATerminalGetsAProgressBarThatIsClearedAtTheEnd()
    {
        var project = projects.NewDirectory("progress");
        File.WriteAllText(Path.Combine(project, "index.js"), "require('./a');\nrequire('events');\n");
        File.WriteAllText(Path.Combine(project, "a.js"), "module.exports = 1;\n");
        var terminal = new StringWriter();
        var built = ProjectBuilder.Build(new BuildOptions { Input = project, Output = Path.Combine(project, "out"), CacheDirectory = null, Terminal = terminal, TerminalWidth = 200, AppHost = false });
        Assert.True(built.Success);
        Assert.Equal(built.CompiledModules, built.Modules.Count);
        var frames = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("[", frames[0]);
        Assert.Contains("] 1/", frames[0]);
        Assert.EndsWith("index.js", frames[0].TrimEnd());
        Assert.Contains($"] {built.Modules.Count}/{built.Modules.Count} ", frames[^2]);
        Assert.Equal("", frames[^1].Trim());
    }
}
