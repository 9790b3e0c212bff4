using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// `jsc build` of samples/ run with `dotnet OUT/NAME.dll` and the app host: stdout, stderr and
/// the exit code equal node's, recorded in data/ by data/record.sh from data/cases.tsv.
/// </summary>
[Collection(SamplesCollection.Name)]
public class BuiltAppTests(Samples samples)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(Samples.DataDir, "cases.tsv")))
            if (line.Length > 0 && line[0] != '#') data.Add(line.Split('\t')[0]);
        return data;
    }

    internal static (string Sample, string[] Args) Case(string name)
    {
        var fields = File.ReadLines(Path.Combine(Samples.DataDir, "cases.tsv")).First(l => l.Split('\t')[0] == name).Split('\t');
        return (fields[1], fields[2..]);
    }

    internal static void AssertLikeNode(string name, (int Code, string Out, string Err) actual)
    {
        string Expected(string ext) => File.ReadAllText(Path.Combine(Samples.DataDir, name + ext));
        Assert.Equal(Expected(".stdout"), actual.Out);
        Assert.Equal(Expected(".stderr"), actual.Err);
        Assert.Equal(int.Parse(Expected(".code").Trim()), actual.Code);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DotnetRunsTheBuiltAppLikeNode(string name)
    {
        var (sample, args) = Case(name);
        var built = samples.Built(sample);
        AssertLikeNode(name, Samples.Dotnet(built.AssemblyPath!, args, Samples.SampleDir(sample)));
    }

    [Theory]
    [InlineData("hello-two")]
    [InlineData("wordfreq-usage")]
    public void TheAppHostRunsItToo(string name)
    {
        var (sample, args) = Case(name);
        var built = samples.Built(sample);
        Assert.True(File.Exists(built.AppHostPath));
        AssertLikeNode(name, Samples.Run(built.AppHostPath!, args));
    }

    [Theory]
    [InlineData("wordfreq-table")]
    [InlineData("wordfreq-json")]
    public void WithoutTheCompilerEveryModuleComesFromTheTable(string name)
    {
        var (sample, args) = Case(name);
        var built = samples.Built(sample, runtimeCompile: false);
        var output = Path.GetDirectoryName(built.AssemblyPath)!;
        Assert.False(File.Exists(Path.Combine(output, "Jsc.Compiler.dll")));
        Assert.False(File.Exists(Path.Combine(output, "Mono.Cecil.dll")));
        AssertLikeNode(name, Samples.Dotnet(built.AssemblyPath!, args));
    }

    [Theory]
    [InlineData("wordfreq-table")]
    [InlineData("wordfreq-usage")]
    public void ReadyToRunImagesRunLikeNode(string name)
    {
        var (sample, args) = Case(name);
        var built = samples.Built(sample, readyToRun: true);
        var output = Path.GetDirectoryName(built.AssemblyPath)!;
        foreach (var assembly in new[] { built.AssemblyPath!, Path.Combine(output, "Jsc.Runtime.dll"), Path.Combine(output, "Jsc.Stdlib.dll") })
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, assembly + " has no ReadyToRun code");
        }
        AssertLikeNode(name, Samples.Run(built.AppHostPath!, args));
    }

    [Fact]
    public void TheBuildTakesTheReachableModulesTheDynamicallyRequiredPackageAndTheStdlibsOwn()
    {
        var modules = samples.Built("wordfreq").Modules;
        Assert.Equal("index.js", modules[0]);
        Assert.Contains("node_modules/tally/lib/tally.js", modules);
        Assert.Contains("formats/csv.js", modules);  // only reachable through require('./formats/' + name)
        Assert.Contains("node:internal/bootstrap", modules);
        Assert.Contains("node:events", modules);
        Assert.DoesNotContain("data/stopwords.json", modules);  // data, not code
    }
}
