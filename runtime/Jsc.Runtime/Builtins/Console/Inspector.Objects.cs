using System.Text.RegularExpressions;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>How objects are named: constructor names, prefixes, functions, classes, boxed primitives, errors.</summary>
public static partial class Inspector
{
    /// <summary>getConstructorName: the first `constructor` up the chain that value is an instance of; null for a null-prototype chain.</summary>
    static string? GetConstructorName(JsObject obj, Context ctx, int recurseTimes)
    {
        JsObject? firstProto = null;
        bool firstProtoSet = false;
        var tmp = obj;
        for (JsObject? o = obj; o != null;)
        {
            // Object.prototype and Function.prototype answer for themselves, even with a tampered `constructor`.
            if (ReferenceEquals(o, ctx.Realm.ObjectPrototype) && !ReferenceEquals(tmp, o)) return "Object";
            if (ReferenceEquals(o, ctx.Realm.FunctionPrototype) && !ReferenceEquals(tmp, o)) return "Function";
            if (o.GetOwnProperty("constructor") is { IsDataDescriptor: true } descriptor && descriptor.Value.Ref is JsFunction ctor)
            {
                var name = ctor.Get("name");
                if (!(name.IsString && name.String.Length == 0) && IsInstanceof(tmp, ctor)) return SafeToString(name);
            }
            o = o.GetPrototypeOf();
            if (!firstProtoSet)
            {
                firstProto = o;
                firstProtoSet = true;
            }
        }
        if (firstProto == null) return null;
        var res = InternalGetConstructorName(tmp);
        if (recurseTimes > ctx.Options.Depth) return $"{res} <Complex prototype>";
        var protoConstr = GetConstructorName(firstProto, ctx, recurseTimes + 1);
        if (protoConstr == null)
        {
            var options = ctx.Options.Clone();
            options.CustomInspect = false;
            options.Depth = -1;
            return $"{res} <{Inspect(JsValue.FromObject(firstProto), options)}>";
        }
        return $"{res} <{protoConstr}>";
    }

    /// <summary>`object instanceof constructor` by OrdinaryHasInstance, never throwing.</summary>
    static bool IsInstanceof(JsObject value, JsFunction constructor)
    {
        try
        {
            while (constructor is BoundFunction bound) constructor = bound.Target;
            if (constructor.Get("prototype").Ref is not JsObject proto) return false;
            for (var p = value.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
                if (ReferenceEquals(p, proto)) return true;
            return false;
        }
        catch (JsException)
        {
            return false;
        }
    }

    /// <summary>V8's internal class name of an object (JSReceiver::class_name), for null-prototype objects.</summary>
    static string InternalGetConstructorName(JsObject value) => value.ClassName switch
    {
        "Arguments" => "Object",
        var name => name,
    };

    static string GetPrefix(string? constructor, string tag, string fallback, string size = "")
    {
        if (constructor == null)
        {
            if (tag.Length > 0 && fallback != tag) return $"[{fallback}{size}: null prototype] [{tag}] ";
            return $"[{fallback}{size}: null prototype] ";
        }
        if (tag.Length > 0 && constructor != tag) return $"{constructor}{size} [{tag}] ";
        return $"{constructor}{size} ";
    }

    static string GetCtxStyle(JsObject value, string? constructor, string tag)
    {
        string fallback = "";
        if (constructor == null)
        {
            fallback = InternalGetConstructorName(value);
            if (fallback == tag) fallback = "Object";
        }
        return GetPrefix(constructor, tag, fallback);
    }

    static string GetFunctionBase(Context ctx, JsFunction value, string? constructor, string tag)
    {
        if (value is JsClosure { Info.Kind: var kind } && (kind & FunctionKind.ClassConstructor) != 0)
            return GetClassBase(value, constructor, tag);
        string type = "Function";
        if (value is JsClosure closure)
        {
            if ((closure.Info.Kind & FunctionKind.Generator) != 0) type = "Generator" + type;
            if ((closure.Info.Kind & FunctionKind.Async) != 0) type = "Async" + type;
        }
        var b = "[" + type;
        if (constructor == null) b += " (null prototype)";
        var name = value.Get("name");
        if (name.IsString && name.String.Length == 0) b += " (anonymous)";
        else b += ": " + SafeToString(name);
        b += "]";
        if (constructor != type && constructor != null) b += " " + constructor;
        if (tag.Length > 0 && constructor != tag) b += $" [{tag}]";
        return b;
    }

    static string GetClassBase(JsFunction value, string? constructor, string tag)
    {
        var nameValue = value.GetOwnProperty("name") != null ? value.Get("name") : JsValue.Undefined;
        var name = TypeConversion.ToBoolean(nameValue) ? SafeToString(nameValue) : "(anonymous)";
        var b = $"class {name}";
        if (constructor != "Function" && constructor != null) b += $" [{constructor}]";
        if (tag.Length > 0 && constructor != tag) b += $" [{tag}]";
        if (constructor != null)
        {
            var superName = value.GetPrototypeOf()?.Get("name") ?? JsValue.Undefined;
            if (TypeConversion.ToBoolean(superName)) b += $" extends {SafeToString(superName)}";
        }
        else b += " extends [null prototype]";
        return $"[{b}]";
    }

    static string GetBoxedBase(Context ctx, JsPrimitiveWrapper value, List<PropertyKey> keys, string? constructor, string tag)
    {
        var primitive = value.PrimitiveValue;
        string type = value.ClassName;
        // A boxed String's index keys only repeat its characters.
        if (primitive.IsString) keys.RemoveRange(0, Math.Min(primitive.String.Length, keys.Count));
        var b = $"[{type}";
        if (type != constructor) b += constructor == null ? " (null prototype)" : $" ({constructor})";
        b += $": {FormatPrimitive(ctx, primitive, colors: false)}]";
        if (tag.Length > 0 && tag != constructor) b += $" [{tag}]";
        if (keys.Count != 0 || !ctx.Options.Colors) return b;
        return Stylize(ctx, b, type.ToLowerInvariant());
    }

    static bool IsError(Context ctx, JsObject value)
    {
        if (value is JsError) return true;
        for (var p = value.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
            if (ReferenceEquals(p, ctx.Realm.ErrorPrototype)) return true;
        return false;
    }

    /// <summary>RegExp.prototype.toString: "/source/flags".</summary>
    static string RegExpToString(JsObject value) =>
        $"/{SafeToString(value.Get("source"))}/{SafeToString(value.Get("flags"))}";

    /// <summary>toISOString, or toString for an invalid date, through Date.prototype's own methods.</summary>
    static string DateToString(JsObject value)
    {
        var proto = Realm.Current.DatePrototype;
        var time = proto.Get("getTime").Ref is JsFunction getTime ? getTime.Call(JsValue.FromObject(value), ReadOnlySpan<JsValue>.Empty) : JsValue.NaN;
        var method = time.IsNumber && !double.IsNaN(time.Number) ? "toISOString" : "toString";
        return proto.Get(method).Ref is JsFunction f ? SafeToString(f.Call(JsValue.FromObject(value), ReadOnlySpan<JsValue>.Empty)) : "Invalid Date";
    }

    static string FormatError(Context ctx, JsObject err, string? constructor, string tag, List<PropertyKey> keys)
    {
        var nameValue = err.Get("name");
        var name = nameValue.IsNullOrUndefined ? "Error" : SafeToString(nameValue);
        var stack = GetStackString(err);
        RemoveDuplicateErrorKeys(ctx, keys, err, stack);
        if (err.HasProperty("cause") && !keys.Exists(k => k.Value is "cause")) keys.Add("cause");
        if (err.Get("errors").Ref is JsArray && !keys.Exists(k => k.Value is "errors")) keys.Add("errors");
        stack = ImproveStack(stack, constructor, name, tag);
        // `(err.message && stack.indexOf(err.message)) || -1`: a message found at 0 counts as not found.
        var message = err.Get("message");
        int pos = -1;
        if (TypeConversion.ToBoolean(message))
        {
            var m = SafeToString(message);
            int found = stack.IndexOf(m, StringComparison.Ordinal);
            if (found > 0) pos = found + m.Length;
        }
        int stackStart = stack.IndexOf("\n    at", Math.Max(pos, 0), StringComparison.Ordinal);
        if (stackStart == -1) stack = $"[{stack}]";
        else
        {
            var lines = GetStackFrames(ctx, err, stack[(stackStart + 1)..]);
            stack = stack[..stackStart] + "\n" + string.Join("\n", lines);
        }
        if (ctx.IndentationLvl != 0) stack = stack.Replace("\n", "\n" + new string(' ', ctx.IndentationLvl));
        return stack;
    }

    static string GetStackString(JsObject error)
    {
        var stack = error.Get("stack");
        if (TypeConversion.ToBoolean(stack)) return SafeToString(stack);
        // Error.prototype.toString
        var name = error.Get("name");
        var message = error.Get("message");
        var n = name.IsUndefined ? "Error" : SafeToString(name);
        var m = message.IsUndefined ? "" : SafeToString(message);
        return n.Length == 0 ? m : m.Length == 0 ? n : $"{n}: {m}";
    }

    static void RemoveDuplicateErrorKeys(Context ctx, List<PropertyKey> keys, JsObject err, string stack)
    {
        if (ctx.Options.ShowHidden || keys.Count == 0) return;
        foreach (var name in new[] { "name", "message", "stack" })
        {
            int index = keys.FindIndex(k => k.Value is string s && s == name);
            if (index != -1 && stack.Contains(SafeToString(err.Get(name)), StringComparison.Ordinal)) keys.RemoveAt(index);
        }
    }

    [GeneratedRegex(@"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)")]
    private static partial Regex StackNameStart();
    [GeneratedRegex(@"^([a-z_A-Z0-9-]*Error)$")]
    private static partial Regex StackNameOnly();

    static string ImproveStack(string stack, string? constructor, string name, string tag)
    {
        int len = name.Length;
        if (constructor == null || name.EndsWith("Error", StringComparison.Ordinal) && stack.StartsWith(name, StringComparison.Ordinal)
            && (stack.Length == len || stack[len] == ':' || stack[len] == '\n'))
        {
            var fallback = "Error";
            if (constructor == null)
            {
                var start = StackNameStart().Match(stack);
                if (!start.Success) start = StackNameOnly().Match(stack);
                fallback = start.Success ? start.Groups[1].Value : "";
                len = fallback.Length;
                if (fallback.Length == 0) fallback = "Error";
            }
            var prefix = GetPrefix(constructor, tag, fallback)[..^1];
            if (name != prefix)
            {
                if (prefix.Contains(name, StringComparison.Ordinal))
                    stack = len == 0 ? $"{prefix}: {stack}" : prefix + stack[len..];
                else
                    stack = $"{prefix} [{name}]{stack[len..]}";
            }
        }
        return stack;
    }

    /// <summary>getStackFrames: the frame lines, with those repeated from err.cause's stack folded into "... n lines matching".</summary>
    static List<string> GetStackFrames(Context ctx, JsObject err, string stack)
    {
        var frames = stack.Split('\n').ToList();
        JsValue cause;
        try
        {
            cause = err.Get("cause");
        }
        catch (JsException)
        {
            return frames;
        }
        if (cause.Ref is JsObject causeObject && IsError(ctx, causeObject))
        {
            var causeStack = GetStackString(causeObject);
            int causeStackStart = causeStack.IndexOf("\n    at", StringComparison.Ordinal);
            if (causeStackStart != -1)
            {
                var causeFrames = causeStack[(causeStackStart + 1)..].Split('\n');
                var (len, offset) = IdenticalSequenceRange(frames, causeFrames);
                if (len > 0)
                {
                    int skipped = len - 2;
                    var msg = $"    ... {skipped} lines matching cause stack trace ...";
                    frames.RemoveRange(offset + 1, skipped);
                    frames.Insert(offset + 1, Stylize(ctx, msg, "undefined"));
                }
            }
        }
        return frames;
    }

    static (int Len, int Offset) IdenticalSequenceRange(List<string> a, string[] b)
    {
        for (int i = 0; i < a.Count - 3; i++)
        {
            int pos = Array.IndexOf(b, a[i]);
            if (pos == -1) continue;
            int rest = b.Length - pos;
            if (rest <= 3) continue;
            int len = 1;
            int maxLen = Math.Min(a.Count - i, rest);
            while (maxLen > len && a[i + len] == b[pos + len]) len++;
            if (len > 3) return (len, i);
        }
        return (0, 0);
    }
}
