using System.Diagnostics;
using System.Text;

namespace Jsc.Runtime.Errors;

/// <summary>
/// Turns a .NET stack trace into V8's format ("\n    at fn (file.js:3:7)"), keeping only
/// frames of compiled JavaScript: methods the emitter marks with <see cref="JsFunctionAttribute"/>,
/// whose sequence points map back to JavaScript lines and columns.
/// </summary>
public static class StackTraceFormatter
{
    /// <summary>Error.stackTraceLimit's default.</summary>
    public static int Limit = 10;

    public static string Format(StackTrace? trace) => trace == null ? "" : Format(trace.GetFrames());

    public static string Format(IEnumerable<StackFrame> frames)
    {
        var sb = new StringBuilder();
        int count = 0;
        var list = frames as StackFrame[] ?? frames.ToArray();
        for (int i = 0; i < list.Length && count < Limit; i++)
        {
            var frame = list[i];
            var method = frame.GetMethod();
            if (method == null) continue;
            var attribute = (JsFunctionAttribute?)Attribute.GetCustomAttribute(method, typeof(JsFunctionAttribute));
            if (attribute == null) continue;
            string file = Modules.ModuleTable.MapSourcePath(frame.GetFileName() ?? attribute.File);
            int line = frame.GetFileLineNumber();
            int column = frame.GetFileColumnNumber();
            string location = line > 0 ? $"{file}:{line}:{column}" : file;
            string name = attribute.Name.Length > 0 && IsConstructCall(list, i) ? "new " + attribute.Name : attribute.Name;
            sb.Append("\n    at ");
            sb.Append(name.Length > 0 ? $"{name} ({location})" : location);
            count++;
        }
        return sb.ToString();
    }

    /// <summary>Whether the JavaScript frame at <paramref name="index"/> runs under [[Construct]] (V8 writes "at new F").</summary>
    static bool IsConstructCall(StackFrame[] frames, int index)
    {
        for (int i = index + 1; i < frames.Length && i <= index + 2; i++)
        {
            var caller = frames[i].GetMethod();
            if (caller == null) continue;
            if (caller.Name == "Construct" && typeof(Objects.JsFunction).IsAssignableFrom(caller.DeclaringType)) return true;
            if (caller.Name != "Invoke") return false;
        }
        return false;
    }
}

/// <summary>Marks an emitted method as the body of a JavaScript function, for stack traces.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JsFunctionAttribute(string name, string file) : Attribute
{
    public string Name { get; } = name;
    public string File { get; } = file;
}
