using Jsc.Compiler.Hosting;
using Jsc.Compiler.Syntax;
using Xunit;

namespace Jsc.Compiler.Tests.Emit;

/// <summary>Compiling and running through the hosting API: exit codes and what reaches stdout/stderr.</summary>
public class HostingTests
{
    static (int Code, string Out, string Err) Run(string source, bool script = false)
    {
        var program = script ? JscEngine.CompileScript(source, "test.js") : JscEngine.Compile(source, "test.js");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = program.Run(stdout, stderr, ["jsc", "test.js"]);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void UncaughtErrorExitsWithOneAndPrintsTheStack()
    {
        var (code, stdout, stderr) = Run("console.log('before');\nfunction boom() { throw new TypeError('bad'); }\nboom();");
        Assert.Equal(1, code);
        Assert.Equal("before\n", stdout);
        Assert.Contains("TypeError: bad\n    at boom (", stderr);
        Assert.Contains("test.js:2:25)", stderr);
    }

    [Fact]
    public void DeepRecursionIsACatchableRangeError()
    {
        var (code, stdout, _) = Run("function f(n) { return f(n + 1) + 1; }\ntry { f(0); } catch (e) { console.log(e instanceof RangeError, e.message); }");
        Assert.Equal(0, code);
        Assert.Equal("true Maximum call stack size exceeded\n", stdout);
    }

    [Fact]
    public void SyntaxErrorsCarryTheLocation()
    {
        var e = Assert.Throws<SyntaxError>(() => JscEngine.Compile("var a = ;", "bad.js"));
        Assert.Equal("bad.js:1:9: SyntaxError: Unexpected token\nvar a = ;\n        ^", e.Format());
    }

    [Fact]
    public void ScriptDeclarationsAreGlobals()
    {
        var (_, stdout, _) = Run("var x = 1; function f() { return this === globalThis; }\nconsole.log(globalThis.x, typeof globalThis.f, f());", script: true);
        Assert.Equal("1 function true\n", stdout);
    }

    [Fact]
    public void ModuleTopLevelThisIsExportsAndReturnIsAllowed()
    {
        var (code, stdout, _) = Run("console.log(this === module.exports, typeof arguments);\nreturn;\nconsole.log('unreached');");
        Assert.Equal(0, code);
        Assert.Equal("true object\n", stdout);
    }
}
