using Xunit;

namespace Jsc.EndToEnd;

/// <summary>
/// `jsc run` as node's own command line is used by programs that start themselves again:
/// `jsc FILE args` runs FILE, and process.execPath is a program that does so.
/// </summary>
[Collection(SamplesCollection.Name)]
public class CliRunTests(Samples samples)
{
    [Fact]
    public void AScriptGivenFirstRunsLikeRun()
    {
        var dir = samples.NewDirectory("cli-file");
        var script = Path.Combine(dir, "hello.js");
        File.WriteAllText(script, "console.log('hello', process.argv.slice(2).join(' '));\n");
        var (code, stdout, stderr) = Samples.Jsc(script, "a", "b");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("hello a b\n", stdout);
    }

    [Fact]
    public void ExecPathRunsAScriptAsNodeDoes()
    {
        var dir = samples.NewDirectory("cli-execpath");
        File.WriteAllText(Path.Combine(dir, "child.js"), "console.log('child', process.argv[2]);\n");
        var parent = Path.Combine(dir, "parent.js");
        File.WriteAllText(parent, """
            var execFile = require('child_process').execFile;
            execFile(process.execPath, [__dirname + '/child.js', 'x'], function(err, stdout, stderr) {
              console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
            });
            """);
        var (code, stdout, stderr) = Samples.Jsc("run", parent);
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("null \"child x\\n\" \"\"\n", stdout);
    }

    [Fact]
    public void DashIStartsTheReplOnStdin()
    {
        var dir = samples.NewDirectory("cli-repl");
        var parent = Path.Combine(dir, "parent.js");
        File.WriteAllText(parent, """
            var spawn = require('child_process').spawn;
            var child = spawn(process.execPath, ['-i']);
            var out = '';
            child.stdout.on('data', function (d) { out += d; });
            child.on('exit', function (code) { console.log(code, JSON.stringify(out)); });
            child.stdin.end('6 * 7\nvar t = "x"\nt + t\n');
            """);
        var (code, stdout, stderr) = Samples.Jsc("run", parent);
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("0 \"> 42\\n> undefined\\n> 'xx'\\n> \"\n", stdout);
    }
}
