using System.Text;
using Xunit;

namespace Jsc.Conformance;

/// <summary>
/// Each case of tests/cases is compiled with Jsc and run; its stdout must equal node's
/// (&lt;name&gt;.expected) exactly, and its exit code node's (&lt;name&gt;.exitcode, else 0).
/// Cases listed in tests/cases/known-failures.txt must still fail. To re-record node's
/// behaviour: node tests/cases/record.js [paths...].
/// </summary>
public class ConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseCorpus.Names) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run(string file)
    {
        var result = await CaseRunner.Run(file);
        string? failure = Judge(file, result);
        if (CaseCorpus.KnownFailures.TryGetValue(file, out var reason))
        {
            if (failure == null) Assert.Fail($"{file} passes now: remove it from tests/cases/known-failures.txt (listed as: {reason})");
            return;
        }
        if (failure != null) Assert.Fail(failure);
    }

    [Fact]
    public void Every_case_has_an_expectation()
    {
        var missing = CaseCorpus.Names.Where(n => !File.Exists(ExpectedPath(n))).ToList();
        Assert.True(missing.Count == 0,
            $"no .expected for {string.Join(", ", missing)}: run node tests/cases/record.js {string.Join(" ", missing.Select(m => "tests/cases/" + m))}");
    }

    [Fact]
    public void Known_failures_name_existing_cases()
    {
        var cases = CaseCorpus.Names.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, reason) in CaseCorpus.KnownFailures)
        {
            Assert.True(cases.Contains(name), $"tests/cases/known-failures.txt lists {name}, which is not a case");
            Assert.False(string.IsNullOrEmpty(reason), $"tests/cases/known-failures.txt: {name} needs '# reason'");
        }
    }

    static string ExpectedPath(string name) => Path.ChangeExtension(CaseCorpus.PathOf(name), ".expected");

    /// <summary>Null when the run matches node's; otherwise what to show.</summary>
    static string? Judge(string name, CaseResult result)
    {
        if (result.TimedOut) return $"{name}: did not finish within {CaseRunner.TimeLimit.TotalSeconds} s";
        if (result.Crash != null)
        {
            return $"{name}: {result.Crash.GetType().Name} from the compiler or host:\n{result.Crash}\n"
                + Section("stdout so far", result.Stdout) + Section("stderr", result.Stderr);
        }
        string expectedPath = ExpectedPath(name);
        if (!File.Exists(expectedPath)) return $"{name}: no .expected; run node tests/cases/record.js tests/cases/{name}";
        string expected = CaseCorpus.ReadText(expectedPath);
        string exitCodePath = Path.ChangeExtension(expectedPath, ".exitcode");
        int expectedExit = File.Exists(exitCodePath) ? int.Parse(File.ReadAllText(exitCodePath).Trim()) : 0;

        var message = new StringBuilder();
        if (!string.Equals(expected, result.Stdout, StringComparison.Ordinal))
        {
            message.Append($"{name}: stdout differs from node's\n").Append(FirstDifference(expected, result.Stdout));
        }
        if (expectedExit != result.ExitCode)
        {
            message.Append($"{name}: exit code {result.ExitCode}, node's is {expectedExit}\n");
        }
        if (message.Length == 0) return null;
        return message.Append(Section("stderr", result.Stderr)).ToString();
    }

    static string FirstDifference(string expected, string actual)
    {
        var want = Lines(expected);
        var got = Lines(actual);
        int line = 0;
        while (line < want.Count && line < got.Count && want[line] == got[line]) line++;
        string Show(List<string> lines) => line < lines.Count ? Quote(lines[line]) : "<end of output>";
        return $"first difference at line {line + 1}:\n  expected: {Show(want)}\n  actual:   {Show(got)}\n";
    }

    // Lines with their '\n', so that a missing final newline is a difference too.
    static List<string> Lines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    static string Quote(string line)
    {
        var text = new StringBuilder("\"");
        foreach (char c in line)
        {
            if (c == '"' || c == '\\') text.Append('\\').Append(c);
            else if (c == '\n') text.Append("\\n");
            else if (c < ' ' || c is >= '\u007f' and <= '\u009f' || char.IsSurrogate(c)) text.Append($"\\u{(int)c:x4}");
            else text.Append(c);
        }
        return text.Append('"').ToString();
    }

    static string Section(string title, string text) =>
        text.Length == 0 ? $"({title}: empty)\n" : $"--- {title} ---\n{text}{(text.EndsWith('\n') ? "" : "\n")}---\n";
}
