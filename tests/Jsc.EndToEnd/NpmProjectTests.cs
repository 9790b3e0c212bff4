using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// Real npm packages (marked, uglify-js, js-yaml, commander) built with `jsc build` and run with
/// `dotnet OUT/NAME.dll` from the project's directory: stdout, stderr and the exit code equal
/// `node ENTRY` run there with the same arguments (node is the oracle, run by the test).
/// </summary>
[Collection(NpmProjectsCollection.Name)]
public class NpmProjectTests(NpmProjects projects)
{
    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "markdown", "index.js", ["README.md"] },
        { "minify", "index.js", ["input.js"] },
        { "yaml2json", "index.js", ["config.yaml"] },
        { "todo-cli", "cli.js", ["list"] },
        { "todo-cli", "cli.js", ["--verbose", "list", "-n", "2", "--done"] },
        { "todo-cli", "cli.js", ["add", "buy", "milk", "-p", "high"] },
        { "todo-cli", "cli.js", ["--help"] },
        { "todo-cli", "cli.js", ["add", "--help"] },
        { "todo-cli", "cli.js", ["--version"] },
        { "todo-cli", "cli.js", ["list", "-n", "zero"] },  // commander's InvalidArgumentError: exit 1
        { "todo-cli", "cli.js", ["remove"] },              // an unknown command
        { "todo-cli", "cli.js", [] },                      // no command: the help on stderr
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheBuiltAppPrintsWhatNodePrints(string project, string entry, string[] args)
    {
        var built = projects.Built(project);
        var dir = NpmProjects.ProjectDir(project);
        var node = Samples.Run("node", [entry, .. args], dir);
        Assert.Equal(node, Samples.Dotnet(built.AssemblyPath!, args, dir));
    }

    [Fact]
    public void TheCliEntryComesFromPackageJsonBin()
    {
        var built = projects.Built("todo-cli");
        Assert.Equal("cli.js", built.Modules[0]);
        Assert.Contains("node_modules/commander/index.js", built.Modules);
        Assert.EndsWith("todo-cli.dll", built.AssemblyPath);
    }
}
