using Xunit;

namespace Jsc.Compiler.Tests.Corpus;

/// <summary>
/// tc39's test262-parser-tests: pass/ and pass-explicit/ must parse (to acorn's AST where acorn
/// parses them too), fail/ and early/ must be rejected, except the files of
/// tests/parser/test262-accepted.txt that later editions made valid.
/// </summary>
public class Test262ParserTests
{
    static readonly string[] Folders = ["pass", "pass-explicit", "fail", "early"];

    /// <summary>Every file of the suite, from the folder itself rather than the manifest.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in Folders.SelectMany(ListFolder).Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    static IEnumerable<string> ListFolder(string folder) =>
        Directory.EnumerateFiles(Path.Combine(CorpusSetup.Test262Root, folder), "*.js")
            .Select(path => folder + "/" + Path.GetFileName(path));

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse(string file)
    {
        CorpusCheck.WithKnownFailures(file, () =>
        {
            Assert.True(CorpusSetup.Test262.Files.TryGetValue(file, out var acorn),
                $"{file} is missing from the acorn manifest: delete tests/parser/.cache and run again");
            string folder = file[..file.IndexOf('/')];
            bool mustParse = folder is "pass" or "pass-explicit" || CorpusSetup.Test262Accepted.ContainsKey(file);
            // The suite's own convention: *.module.js is a module, everything else a script.
            bool module = file.EndsWith(".module.js", StringComparison.Ordinal);
            CorpusCheck.Check(file, Path.Combine(CorpusSetup.Test262Root, file), module, mustParse, mustParse ? acorn : null);
        });
    }

    [Fact]
    public void Corpus_is_complete()
    {
        // 0.0.5 has 1981 files in each pass folder and 1399 to reject; fewer means a broken install.
        var counts = Folders.ToDictionary(f => f, f => ListFolder(f).Count());
        Assert.Equal(1981, counts["pass"]);
        Assert.Equal(1981, counts["pass-explicit"]);
        Assert.Equal(731, counts["fail"]);
        Assert.Equal(668, counts["early"]);
        Assert.Equal(counts.Values.Sum(), CorpusSetup.Test262.Files.Count);
    }

    [Fact]
    public void Accepted_list_names_only_fail_and_early_files()
    {
        foreach (var file in CorpusSetup.Test262Accepted.Keys)
        {
            Assert.True(file.StartsWith("fail/", StringComparison.Ordinal) || file.StartsWith("early/", StringComparison.Ordinal),
                $"test262-accepted.txt: {file} is not under fail/ or early/");
            Assert.True(File.Exists(Path.Combine(CorpusSetup.Test262Root, file)), $"test262-accepted.txt: no file {file}");
        }
    }

    [Fact]
    public void Accepted_list_is_what_acorn_accepts_less_its_known_mistakes()
    {
        // Acorn 8.19 wrongly lets a class be named eval or arguments, though class code is strict;
        // and it takes identifier characters from Unicode 18, where U+2B81E is assigned, while
        // node 20 and .NET 10 (whose Unicode data Jsc uses) still reject it.
        string[] acornMistakes = ["early/84ef3bbaa772075f.js", "early/987442878ab414e7.js", "fail/c060a3014ad24dfd.js"];
        var acornAccepts = CorpusSetup.Test262.Files
            .Where(e => e.Key.StartsWith("fail/", StringComparison.Ordinal) || e.Key.StartsWith("early/", StringComparison.Ordinal))
            .Where(e => e.Value.Error == null)
            .Select(e => e.Key)
            .Except(acornMistakes)
            .Order(StringComparer.Ordinal);
        Assert.Equal(acornAccepts, CorpusSetup.Test262Accepted.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Known_failures_name_only_existing_cases()
    {
        foreach (var name in CorpusSetup.KnownFailures.Keys)
        {
            Assert.True(CorpusSetup.Test262.Files.ContainsKey(name) || CorpusSetup.Real.Files.ContainsKey(name),
                $"known-failures.txt: {name} is no corpus case (test262 names look like pass/x.js, real code like lodash/lodash.js)");
        }
    }
}
