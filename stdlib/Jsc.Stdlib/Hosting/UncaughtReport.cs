using System.Reflection;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;

namespace Jsc.Stdlib.Hosting;

/// <summary>
/// node's report of an uncaught exception: where it was thrown (file:line, the source line and
/// a caret), then the error's stack (or the value), then node's version line. Shared by `jsc run`,
/// built apps and the interop runtime.
/// </summary>
public static class UncaughtReport
{
    public static void Write(JsException e, TextWriter stderr)
    {
        var location = ThrowLocation(e);
        if (location is var (file, line, column, method))
        {
            stderr.WriteLine($"{file}:{line}");
            var text = SourceLine(file, line, method);
            if (text != null)
            {
                stderr.WriteLine(text);
                stderr.WriteLine(new string(' ', Math.Max(0, column - 1)) + "^");
            }
            stderr.WriteLine();
        }
        if (e.Value.AsObject is JsError error && error.Get("stack") is { IsString: true } stack) stderr.WriteLine(stack.String);
        else
        {
            stderr.WriteLine("Uncaught " + JsException.Describe(e.Value));
        }
        stderr.WriteLine();
        stderr.WriteLine("Node.js v20.20.2");
    }

    /// <summary>The JavaScript file, line and column of the innermost compiled frame the exception passed through.</summary>
    static (string File, int Line, int Column, MethodBase Method)? ThrowLocation(JsException e)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(e, true).GetFrames())
        {
            var method = frame.GetMethod();
            if (method == null || !method.IsDefined(typeof(JsFunctionAttribute), false)) continue;
            var file = frame.GetFileName();
            if (file == null || frame.GetFileLineNumber() <= 0) continue;
            return (ModuleTable.MapSourcePath(file), frame.GetFileLineNumber(), frame.GetFileColumnNumber(), method);
        }
        return null;
    }

    /// <summary>
    /// A source line: from the module type's own copy of its source (every emitted module keeps
    /// one in its static `Source` field), so a built app shows it even where the .js file is gone.
    /// </summary>
    static string? SourceLine(string file, int line, MethodBase method)
    {
        var type = method.DeclaringType;
        while (type?.DeclaringType != null) type = type.DeclaringType;
        if (type?.GetField("Source", BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null) is string source)
            return source.Split('\n').Skip(line - 1).FirstOrDefault()?.TrimEnd('\r');
        try
        {
            return File.ReadLines(file).Skip(line - 1).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
