using System.Reflection;
using Jsc.Compiler.Building;
using Jsc.Interop;
using Jsc.Runtime.Errors;
using Xunit;

namespace Jsc.EndToEnd;

/// <summary>Builds of throwaway projects: every compile error listed, unseen modules, a relocated app, `jsc compile`.</summary>
[Collection(SamplesCollection.Name)]
public class BuildTests(Samples samples)
{
    static string Write(string dir, string relative, string text)
    {
        var path = Path.Combine(dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void CompileErrorsOfEveryModuleAreListed()
    {
        var project = samples.NewDirectory("broken");
        Write(project, "index.js", "require('./a');\nrequire('./b');\n");
        var a = Write(project, "a.js", "var x = 1;\nvar y = ;\n");
        var b = Write(project, "b.js", "var s = 'ok';\nvar t = s +;\n");
        var (code, _, stderr) = Samples.Jsc("build", project, "-o", Path.Combine(project, "out"));
        Assert.Equal(1, code);
        Assert.Contains($"{a}:2:9: SyntaxError: Unexpected token\nvar y = ;\n        ^\n", stderr);
        Assert.Contains($"{b}:2:12: SyntaxError: Unexpected token\nvar t = s +;\n           ^\n", stderr);
        Assert.Contains("jsc build: 2 error(s)", stderr);
        Assert.False(File.Exists(Path.Combine(project, "out", "broken.dll")));
    }

    [Fact]
    public void MSBuildErrorFormatPrintsOneCanonicalLinePerError()
    {
        var project = samples.NewDirectory("broken-msbuild");
        Write(project, "index.js", "require('./a');\nrequire('./b');\n");
        var a = Write(project, "a.js", "var x = 1;\nvar y = ;\n");
        var b = Write(project, "b.js", "var s = 'ok';\nvar t = s +;\n");
        var (code, stdout, stderr) = Samples.Jsc("build", project, "-o", Path.Combine(project, "out"), "--error-format", "msbuild");
        Assert.Equal((1, ""), (code, stdout));
        Assert.Equal($"{a}(2,9): error JSC1001: SyntaxError: Unexpected token\n{b}(2,12): error JSC1001: SyntaxError: Unexpected token\njsc build: 2 error(s)\n", stderr);
        var missing = Samples.Jsc("build", Path.Combine(project, "nowhere"), "-o", Path.Combine(project, "out"), "--error-format", "msbuild");
        Assert.Equal((1, $"jsc: error JSC1000: {Path.Combine(project, "nowhere")}: no such file or directory\n"), (missing.Code, missing.Err));
    }

    [Fact]
    public void ANamedNamespaceHoldsTheModuleTableAndTheInteropApiFindsIt()
    {
        var project = samples.NewDirectory("namespaced");
        Write(project, "index.js", "exports.twice = function (x) { return 2 * x; };\n");
        var built = ProjectBuilder.Build(new BuildOptions { Input = project, Output = Path.Combine(project, "out"), Namespace = "My.Js", AppHost = false });
        Assert.True(built.Success, string.Join("\n", built.Errors));
        var assembly = Assembly.LoadFrom(built.AssemblyPath!);
        Assert.NotNull(assembly.GetType("My.Js.ModuleTable"));
        Assert.Null(assembly.GetType("Jsc.Modules.ModuleTable"));
        using var js = JsRuntime.Start(assembly, stdout: TextWriter.Null, stderr: TextWriter.Null);
        dynamic module = js.Require("./index")!;
        Assert.Equal(42.0, (double)module.twice(21));
        Assert.Throws<BuildException>(() => ProjectBuilder.Build(new BuildOptions { Input = project, Output = Path.Combine(project, "bad"), Namespace = "1st.bad" }));
    }

    [Fact]
    public void AModuleTheBuildCouldNotSeeIsCompiledAtRunTimeOrNamedInAClearError()
    {
        var root = samples.NewDirectory("unseen");
        var project = Path.Combine(root, "app");
        Write(project, "index.js", "var m = require(process.argv[2]);\nconsole.log(m.answer);\n");
        var outside = Write(root, "outside.js", "exports.answer = 6 * 7;\n");
        var withCompiler = ProjectBuilder.Build(new BuildOptions { Input = project, Output = Path.Combine(root, "out") });
        Assert.Equal((0, "42\n", ""), Samples.Dotnet(withCompiler.AssemblyPath!, [outside]));

        var without = ProjectBuilder.Build(new BuildOptions { Input = project, Output = Path.Combine(root, "aot"), RuntimeCompile = false });
        var (code, stdout, stderr) = Samples.Dotnet(without.AssemblyPath!, [outside]);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains($"Error: Cannot compile module '{outside}' at run time: it is not in the built assembly", stderr);
    }

    [Fact]
    public void ARelocatedAppNeedsNoSourcesAndSeesItselfBesideTheApp()
    {
        var root = samples.NewDirectory("moved");
        var project = Path.Combine(root, "proj");
        Write(project, "package.json", "{ \"name\": \"moved\", \"main\": \"lib/main.js\" }");
        Write(project, "lib/main.js", "var c = require('./config.json');\nvar dep = require('dep');\nconsole.log(c.greeting, dep());\n" +
            "console.log(__filename === process.argv[1], require.resolve('dep'));\n");
        Write(project, "lib/config.json", "{ \"greeting\": \"hi\" }");
        Write(project, "node_modules/dep/package.json", "{ \"main\": \"./src/dep\" }");
        Write(project, "node_modules/dep/src/dep.js", "module.exports = function () { return 'dep'; };\n");
        var output = Path.Combine(root, "out");
        var built = ProjectBuilder.Build(new BuildOptions { Input = project, Output = output });
        Assert.True(built.Success, string.Join("\n", built.Errors));
        Directory.Delete(project, recursive: true);
        var (code, stdout, stderr) = Samples.Dotnet(built.AssemblyPath!, []);
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal($"hi dep\ntrue {Path.Combine(output, "node_modules", "dep", "src", "dep.js")}\n", stdout);
    }

    [Fact]
    public void AnUncaughtErrorReportsJavaScriptLinesEvenWhenTheSourcesAreGone()
    {
        var root = samples.NewDirectory("throws");
        var project = Path.Combine(root, "p");
        Write(project, "index.js", "var lib = require('./lib');\nlib.run();\n");
        Write(project, "lib.js", "exports.run = function run() {\n  var x = 1;\n  throw new Error('boom ' + x);\n};\n");
        var built = ProjectBuilder.Build(new BuildOptions { Input = project, Output = Path.Combine(root, "out") });
        // node prints the same head (its stack names the frame `Object.run` and adds its loader's frames).
        // Once the sources are gone the app's modules lie beside it, and so say its stack frames.
        static string Head(string dir) => $"{dir}/lib.js:3\n  throw new Error('boom ' + x);\n  ^\n\nError: boom 1\n    at run ({dir}/lib.js:3:9)\n    at Object.<anonymous> ({dir}/index.js:2:5)\n";
        foreach (var deleteSources in new[] { false, true })
        {
            if (deleteSources) Directory.Delete(project, recursive: true);
            var head = Head(deleteSources ? Path.Combine(root, "out") : project);
            var (code, stdout, stderr) = Samples.Dotnet(built.AssemblyPath!, []);
            Assert.Equal((1, ""), (code, stdout));
            Assert.StartsWith(head, stderr);
            Assert.EndsWith("\nNode.js v20.20.2\n", stderr);
        }
    }

    [Fact]
    public void SelfContainedIsOneExecutableThatRunsWithoutDotnet()
    {
        var root = samples.NewDirectory("self-contained");
        var built = ProjectBuilder.Build(new BuildOptions { Input = Samples.SampleDir("hello"), Output = Path.Combine(root, "out"), SelfContained = true, CacheDirectory = null });
        Assert.True(built.Success, string.Join("\n", built.Errors));
        // Alone in a directory of its own, with no dotnet on PATH and no DOTNET_ROOT.
        var alone = Directory.CreateDirectory(Path.Combine(root, "alone")).FullName;
        var exe = Path.Combine(alone, Path.GetFileName(built.AppHostPath!));
        File.Copy(built.AppHostPath!, exe);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(exe, File.GetUnixFileMode(built.AppHostPath!));
        BuiltAppTests.AssertLikeNode("hello-two", Samples.Run(exe, ["Ann", "Bob"], alone, environment =>
        {
            foreach (var name in environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList()) environment.Remove(name);
            environment["PATH"] = Path.Combine(root, "no-such-dir");
            environment["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = Path.Combine(root, "extracted");
        }));
    }

    [Fact]
    public void CompileWritesAnAssemblyAndAPdbThatMapsToJavaScriptLines()
    {
        var dir = samples.NewDirectory("compile");
        var file = Write(dir, "thrower.js", "'use strict';\n\nexports.fail = function fail(message) {\n  throw new TypeError(message);\n};\n");
        var (code, _, stderr) = Samples.Jsc("compile", file, "-o", Path.Combine(dir, "out"));
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(dir, "out", "thrower.pdb")));
        using var js = JsRuntime.Start(Assembly.LoadFrom(Path.Combine(dir, "out", "thrower.dll")));
        dynamic thrower = js.Require("./thrower.js")!;
        var error = Assert.Throws<JsException>(() => thrower.fail("bad input"));
        Assert.Equal("TypeError: bad input", error.Message);
        Assert.StartsWith($"TypeError: bad input\n    at fail ({file}:4:9)", error.JsStack);
        Assert.Contains(error.JsStack!, error.ToString());
    }
}
