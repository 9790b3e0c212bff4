using System.Diagnostics;
using Xunit;

namespace Jsc.Compiler.Tests.Cli;

/// <summary>The `jsc` command end to end, as a process: bad input gets a clear message and exit code 1.</summary>
public class JscCommandTests
{
    static (int Code, string Out, string Err) Jsc(params string[] args)
    {
        var jsc = Path.Combine(AppContext.BaseDirectory, "jsc.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(jsc);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    static string TempFile(string name, byte[] content)
    {
        var dir = Directory.CreateTempSubdirectory("jsc-cli-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void ParseCheckReportsEachFile()
    {
        var good = TempFile("good.js", "var a = 1;"u8.ToArray());
        var empty = TempFile("empty.js", []);
        var bad = TempFile("bad.js", "var a = ;\n"u8.ToArray());
        var (code, stdout, stderr) = Jsc("parse", "--check", good, empty, bad);
        Assert.Equal(1, code);
        Assert.Equal($"OK {good}\nOK {empty}\n", stdout);
        Assert.Equal($"{bad}:1:9: SyntaxError: Unexpected token\nvar a = ;\n        ^\n", stderr);
    }

    [Fact]
    public void MissingAndInvalidFilesAreClearErrors()
    {
        var invalid = TempFile("latin1.js", [0x76, 0x61, 0x72, 0x20, 0xE9, 0x3B]);
        var (code, _, stderr) = Jsc("parse", "/nonexistent/dir/x.js", invalid);
        Assert.Equal(1, code);
        Assert.Contains("/nonexistent/dir/x.js: cannot read file", stderr);
        Assert.Contains($"{invalid}: not valid UTF-8 (byte offset 4)", stderr);
    }

    [Fact]
    public void RunReportsAMissingModuleAsNodeDoes()
    {
        var main = TempFile("main.js", "require('./nowhere');\n"u8.ToArray());
        var (code, _, stderr) = Jsc("run", main);
        Assert.Equal(1, code);
        Assert.Contains("Error: Cannot find module './nowhere'", stderr);
    }

    [Fact]
    public void RunPassesArgumentsAndExitCodes()
    {
        var main = TempFile("main.js", "console.log(process.argv.slice(2).join(','));\nprocess.exitCode = 3;\n"u8.ToArray());
        var (code, stdout, _) = Jsc("run", main, "a", "b");
        Assert.Equal(3, code);
        Assert.Equal("a,b\n", stdout);
    }

    [Fact]
    public void UnknownCommandsAndOptionsAreUsageErrors()
    {
        Assert.Equal(2, Jsc("frobnicate").Code);
        Assert.Equal(2, Jsc("parse", "--bogus", "x.js").Code);
        Assert.Equal(2, Jsc("run").Code);
    }
}
