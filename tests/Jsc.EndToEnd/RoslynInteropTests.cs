using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// A C# program (data/InteropProgram.cs.txt) compiled with Roslyn against a built assembly,
/// then run as its own process beside it: the exports are called from C# as a user would.
/// </summary>
[Collection(SamplesCollection.Name)]
public class RoslynInteropTests(Samples samples)
{
    [Fact]
    public void ACSharpProgramCallsTheExportsOfABuiltAssembly()
    {
        var built = samples.Built("wordfreq");
        var output = Path.GetDirectoryName(built.AssemblyPath)!;
        var source = File.ReadAllText(Path.Combine(Samples.DataDir, "InteropProgram.cs.txt"));
        // The running framework's and the test's assemblies (Jsc.Runtime, Jsc.Stdlib), plus the built one.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !p.EndsWith("Jsc.EndToEnd.dll", StringComparison.Ordinal))
            .Append(built.AssemblyPath!)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("interop-check",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var program = Path.Combine(output, "interop-check.dll");
        var emitted = compilation.Emit(program);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        File.Copy(Path.ChangeExtension(built.AssemblyPath!, ".runtimeconfig.json"), Path.Combine(output, "interop-check.runtimeconfig.json"), overwrite: true);

        var (code, stdout, stderr) = Samples.Dotnet(program, []);
        Assert.Equal("", stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(Samples.DataDir, "InteropProgram.expected")), stdout);
        Assert.Equal(0, code);
    }
}
