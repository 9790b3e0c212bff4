using System.Runtime.ExceptionServices;
using System.Text;
using Jsc.Compiler.Ast;
using Jsc.Compiler.Syntax;
using Xunit;

namespace Jsc.Compiler.Tests.Corpus;

/// <summary>Parses a corpus file with Jsc and judges the result against acorn's.</summary>
public static class CorpusCheck
{
    /// <summary>Either a parse's canonical-JSON sha256, or the SyntaxError it raised.</summary>
    public sealed record Outcome(string? Sha256, SyntaxError? Error);

    // Minified and generated code nests deeply, and both the parser and the writer recurse;
    // a thread pool thread's stack is too small to be sure.
    const int StackBytes = 256 * 1024 * 1024;

    // Beyond this, dumping our JSON for a mismatch would write hundreds of MB.
    const long MaxDumpSourceBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Reads a file as node's readFileSync(f, 'utf8') does: a BOM stays in the text as U+FEFF
    /// (File.ReadAllText would drop it and shift every offset against acorn's).
    /// </summary>
    public static SourceText Load(string path, string name) =>
        new(Encoding.UTF8.GetString(File.ReadAllBytes(path)), name);

    public static Outcome Parse(SourceText source, bool module) => OnBigStack(() =>
    {
        Ast.Program program;
        try
        {
            program = module ? Parser.ParseModule(source) : Parser.ParseScript(source);
        }
        catch (SyntaxError e)
        {
            return new Outcome(null, e);
        }
        using var writer = new Sha256TextWriter();
        EstreeJson.Write(program, source, writer);
        return new Outcome(writer.HexDigest(), null);
    });

    /// <summary>
    /// Checks one file. <paramref name="mustParse"/> false means it must be rejected;
    /// <paramref name="acorn"/> non-null means our AST must also equal acorn's.
    /// </summary>
    public static void Check(string name, string path, bool module, bool mustParse, AcornReference? acorn)
    {
        var source = Load(path, name);
        var outcome = Parse(source, module);
        string kind = module ? "module" : "script";
        if (!mustParse)
        {
            if (outcome.Error == null) Assert.Fail($"{name}: parsed as a {kind}, but it must be rejected with a SyntaxError");
            return;
        }
        if (outcome.Error != null) Assert.Fail($"{name}: must parse as a {kind}, but:\n{outcome.Error.Format()}");
        if (acorn?.Sha256 != null && acorn.Sha256 != outcome.Sha256)
        {
            Assert.Fail($"{name}: the AST differs from acorn's (canonical JSON sha256 {outcome.Sha256}, acorn's {acorn.Sha256}).\n"
                + DebugHint(name, path, source, module));
        }
    }

    /// <summary>
    /// Runs a case, inverted when it is listed in known-failures.txt: a listed case must still
    /// fail, so that a fix cannot leave a stale entry behind.
    /// </summary>
    public static void WithKnownFailures(string name, Action check)
    {
        if (!CorpusSetup.KnownFailures.TryGetValue(name, out var reason))
        {
            check();
            return;
        }
        try
        {
            check();
        }
        catch (Exception)
        {
            // Any failure will do, a crash included: the entry says this case does not work yet.
            return;
        }
        Assert.Fail($"{name} passes now: remove it from tests/parser/known-failures.txt (listed as: {reason})");
    }

    // Writes our canonical JSON next to the manifests and says how to diff it with acorn's.
    static string DebugHint(string name, string path, SourceText source, bool module)
    {
        string parserDir = CorpusSetup.ParserDir;
        string acornCommand = $"node tests/parser/acorn-json.js {Relative(path)}{(module ? " --module" : "")} > acorn.json";
        if (new FileInfo(path).Length > MaxDumpSourceBytes)
        {
            return $"Too large to dump here. Compare: {acornCommand}, then write ours with EstreeJson.Write "
                + "and run node tests/parser/first-diff.js acorn.json ours.json";
        }
        string ours = Path.Combine(parserDir, ".cache", "ours", name.Replace('/', '_') + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(ours)!);
        OnBigStack(() =>
        {
            var program = module ? Parser.ParseModule(source) : Parser.ParseScript(source);
            using var file = new StreamWriter(ours, append: false, new UTF8Encoding(false));
            EstreeJson.Write(program, source, file);
            return 0;
        });
        return $"Ours is in {Relative(ours)}. Compare: {acornCommand} && node tests/parser/first-diff.js acorn.json {Relative(ours)}";
    }

    static string Relative(string path) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(CorpusSetup.ParserDir))!, path).Replace('\\', '/');

    static T OnBigStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
