using Xunit;

namespace Jsc.Compiler.Tests.Corpus;

/// <summary>
/// Every .js file of the pinned libraries of tests/parser/package.json and of their dependency
/// trees (tests/parser/corpus.js picks them): Jsc must parse exactly what acorn parses, as the
/// same sourceType, to the same AST.
/// </summary>
public class RealCodeTests
{
    static readonly string[] Libraries =
        ["lodash", "underscore", "esprima", "acorn", "marked", "moment", "jquery", "async", "express", "uglify-js", "typescript"];

    /// <summary>Names relative to tests/parser/node_modules, from the manifest.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusSetup.Real.Files.Keys.Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse(string file)
    {
        CorpusCheck.WithKnownFailures(file, () =>
        {
            var acorn = CorpusSetup.Real.Files[file];
            // A script that acorn could only parse as a module (an ES module shipped as .js) is
            // parsed as a module here too; a file acorn rejected both ways must be rejected.
            CorpusCheck.Check(file, Path.Combine(CorpusSetup.RealRoot, file), acorn.IsModule,
                mustParse: acorn.Error == null, acorn);
        });
    }

    [Fact]
    public void Every_library_is_in_the_corpus()
    {
        var packages = CorpusSetup.Real.Files.Keys.Select(f => f[..f.IndexOf('/')]).ToHashSet();
        foreach (var library in Libraries) Assert.Contains(library, packages);
        // express alone pulls in some 70 packages; far fewer means its dependencies were missed.
        Assert.True(packages.Count > 60, $"only {packages.Count} packages in the real-code corpus");
        Assert.Contains("typescript/lib/typescript.js", CorpusSetup.Real.Files.Keys);
    }
}
