using System.Diagnostics;
using System.Globalization;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The `console` global as node v20 defines it (lib/internal/console/constructor.js):
/// log/info/debug/dirxml and dir to <see cref="Realm.StandardOutput"/>; warn/error, trace
/// and failed asserts to <see cref="Realm.StandardError"/>. Output goes through
/// <see cref="Inspector.FormatWithOptions"/>, indented by console.group.
/// https://nodejs.org/docs/latest-v20.x/api/console.html
/// </summary>
public sealed partial class ConsoleObject : JsObject
{
    readonly Realm _realm;
    string _groupIndent = "";
    readonly Dictionary<string, long> _times = new();
    readonly Dictionary<string, int> _counts = new();
    bool _warnedOnce;

    ConsoleObject(Realm realm) : base(realm.ObjectPrototype)
    {
        _realm = realm;
    }

    public static ConsoleObject Install(Realm realm)
    {
        var console = new ConsoleObject(realm);
        // node's console methods are enumerable own properties, in this order.
        var methods = new (string Name, NativeCode Code)[]
        {
            ("log", console.Log), ("warn", console.Warn), ("dir", console.Dir), ("time", console.Time),
            ("timeEnd", console.TimeEnd), ("timeLog", console.TimeLog), ("trace", console.Trace),
            ("assert", console.Assert), ("clear", (_, _) => JsValue.Undefined), ("count", console.Count),
            ("countReset", console.CountReset), ("group", console.Group), ("groupEnd", console.GroupEnd),
            ("table", console.Table), ("debug", console.Log), ("info", console.Log), ("dirxml", console.Log),
            ("error", console.Warn), ("groupCollapsed", console.Group),
        };
        foreach (var (name, code) in methods)
            console.FastAddProperty(name, JsValue.FromObject(new JsNativeFunction(realm, name, 0, code)));
        console.FastAddProperty(JsSymbol.ToStringTag, "console", PropertyFlags.Configurable);
        realm.DefineGlobal("console", JsValue.FromObject(console), enumerable: true);
        Inspector.CustomInspectSymbol ??= SymbolFor(realm, "nodejs.util.inspect.custom");
        return console;
    }

    /// <summary>Symbol.for(key) through the realm's Symbol (the registry is shared by all realms).</summary>
    static JsSymbol? SymbolFor(Realm realm, string key) =>
        realm.GlobalObject.Get("Symbol").AsObject?.Get("for").Ref is JsFunction symbolFor && symbolFor.Call(JsValue.Undefined, [key]) is { IsSymbol: true } symbol
            ? symbol.Symbol : null;

    /// <summary>kWriteToConsole: the group indentation before every line, then a newline.</summary>
    void Write(bool toStdout, string text)
    {
        if (_groupIndent.Length != 0)
        {
            if (text.Contains('\n')) text = text.Replace("\n", "\n" + _groupIndent);
            text = _groupIndent + text;
        }
        var writer = toStdout ? _realm.StandardOutput : _realm.StandardError;
        writer.Write(text + "\n");
    }

    JsValue Log(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        Write(true, Inspector.Format(args));
        return JsValue.Undefined;
    }

    JsValue Warn(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        Write(false, Inspector.Format(args));
        return JsValue.Undefined;
    }

    /// <summary>console.dir(object, options): inspect with customInspect off, options applied over node's defaults.</summary>
    JsValue Dir(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var options = InspectOptions.FromObject(args.Arg(1), new InspectOptions { CustomInspect = false });
        Write(true, Inspector.Inspect(args.Arg(0), options));
        return JsValue.Undefined;
    }

    static string Label(ReadOnlySpan<JsValue> args) => args.Arg(0).IsUndefined ? "default" : TypeConversion.ToString(args[0]);

    JsValue Time(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var label = Label(args);
        if (_times.ContainsKey(label)) EmitWarning($"Label '{label}' already exists for console.time()");
        else _times[label] = Stopwatch.GetTimestamp();
        return JsValue.Undefined;
    }

    JsValue TimeEnd(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var label = Label(args);
        if (TimeLogImpl("timeEnd", label, ReadOnlySpan<JsValue>.Empty)) _times.Remove(label);
        return JsValue.Undefined;
    }

    JsValue TimeLog(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        TimeLogImpl("timeLog", Label(args), args.Length > 1 ? args[1..] : ReadOnlySpan<JsValue>.Empty);
        return JsValue.Undefined;
    }

    bool TimeLogImpl(string name, string label, ReadOnlySpan<JsValue> data)
    {
        if (!_times.TryGetValue(label, out var start))
        {
            EmitWarning($"No such label '{label}' for console.{name}()");
            return false;
        }
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var all = new JsValue[3 + data.Length];
        all[0] = "%s: %s";
        all[1] = label;
        all[2] = FormatTime(ms);
        data.CopyTo(all.AsSpan(3));
        Write(true, Inspector.Format(all));
        return true;
    }

    /// <summary>formatTime: "1.234ms", "1.500s", "1:02.003 (m:ss.mmm)", "1:02:03.004 (h:mm:ss.mmm)".</summary>
    public static string FormatTime(double ms)
    {
        double hours = 0, minutes = 0, seconds = 0;
        if (ms >= 1000)
        {
            if (ms >= 60000)
            {
                if (ms >= 3600000)
                {
                    hours = Math.Floor(ms / 3600000);
                    ms %= 3600000;
                }
                minutes = Math.Floor(ms / 60000);
                ms %= 60000;
            }
            seconds = ms / 1000;
        }
        if (hours != 0 || minutes != 0)
        {
            var parts = seconds.ToString("F3", CultureInfo.InvariantCulture).Split('.');
            var res = hours != 0 ? $"{hours}:{Pad2(minutes)}" : minutes.ToString(CultureInfo.InvariantCulture);
            return $"{res}:{parts[0].PadLeft(2, '0')}.{parts[1]} ({(hours != 0 ? "h:m" : "")}m:ss.mmm)";
        }
        if (seconds != 0) return seconds.ToString("F3", CultureInfo.InvariantCulture) + "s";
        return TypeConversion.NumberToString(double.Parse(ms.ToString("F3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)) + "ms";
    }

    static string Pad2(double value) => value.ToString(CultureInfo.InvariantCulture).PadLeft(2, '0');

    /// <summary>console.trace: "Trace: message" and the JavaScript stack, to stderr.</summary>
    JsValue Trace(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var message = Inspector.Format(args);
        var frames = StackTraceFormatter.Format(new StackTrace(1, fNeedFileInfo: true));
        Write(false, (message.Length == 0 ? "Trace" : "Trace: " + message) + frames);
        return JsValue.Undefined;
    }

    JsValue Assert(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (TypeConversion.ToBoolean(args.Arg(0))) return JsValue.Undefined;
        var rest = args.Length > 1 ? args[1..].ToArray() : [];
        if (rest.Length == 0) rest = ["Assertion failed"];
        else rest[0] = "Assertion failed: " + TypeConversion.ToString(rest[0]);
        return Warn(thisValue, rest);
    }

    JsValue Count(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var label = Label(args);
        int count = _counts.GetValueOrDefault(label) + 1;
        _counts[label] = count;
        Write(true, $"{label}: {count}");
        return JsValue.Undefined;
    }

    JsValue CountReset(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var label = Label(args);
        if (!_counts.Remove(label)) EmitWarning($"Count for '{label}' does not exist");
        return JsValue.Undefined;
    }

    JsValue Group(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length > 0) Log(thisValue, args);
        _groupIndent += "  ";
        return JsValue.Undefined;
    }

    JsValue GroupEnd(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        _groupIndent = _groupIndent[..Math.Max(0, _groupIndent.Length - 2)];
        return JsValue.Undefined;
    }

    /// <summary>process.emitWarning's default output, as node prints it to stderr.</summary>
    void EmitWarning(string message)
    {
        var writer = _realm.StandardError;
        writer.Write($"(node:{Environment.ProcessId}) Warning: {message}\n");
        if (!_warnedOnce) writer.Write("(Use `node --trace-warnings ...` to show where the warning was created)\n");
        _warnedOnce = true;
    }
}
