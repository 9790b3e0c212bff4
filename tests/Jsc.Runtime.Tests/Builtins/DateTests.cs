using System.Globalization;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// Date built-ins called from C# in a given local time zone (DateTimeZone.Override), each
/// case an input and what node v20 prints with the same TZ (rows in DateTests.Cases.cs and
/// DateTests.Formats.cs). Numbers are written as JavaScript's String(n) writes them.
/// </summary>
public partial class DateTests : IDisposable
{
    [Theory, MemberData(nameof(ParseCases))]
    public void Parse(string zone, string text, string expected)
    {
        UseZone(zone);
        Assert.Equal(expected, Text(Call(Date, "parse", text)));
    }

    [Theory, MemberData(nameof(ComponentCases))]
    public void ConstructFromComponents(string zone, string components, string time, string text)
    {
        UseZone(zone);
        var date = Date.Construct(Args(components), Date).Object;
        Assert.Equal(time, Text(Call(date, "getTime")));
        Assert.Equal(text, Call(date, "toString").String);
    }

    [Theory, MemberData(nameof(UtcCases))]
    public void Utc(string args, string expected)
    {
        UseZone("UTC");
        Assert.Equal(expected, Text(Call(Date, "UTC", Args(args))));
    }

    [Theory, MemberData(nameof(FormatCases))]
    public void Format(string zone, string timeValue, string expected)
    {
        UseZone(zone);
        var date = Date.Construct([Number(timeValue)], Date).Object;
        string iso;
        try
        {
            iso = Call(date, "toISOString").String;
        }
        catch (JsException e)
        {
            Assert.Same(_realm.RangeErrorPrototype, e.Value.Object.Prototype);
            iso = "RangeError: " + e.Value.Object.Get("message");
        }
        string[] getters = ["getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "getMilliseconds",
            "getTimezoneOffset", "getYear", "getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCDay", "getUTCHours"];
        var json = (JsFunction)_realm.GlobalObject.Get("JSON").Object.Get("stringify").Object;
        var parts = new[]
        {
            Call(date, "toString").String, Call(date, "toDateString").String, Call(date, "toTimeString").String,
            Call(date, "toUTCString").String, iso, Call(date, "toLocaleString").String, Call(date, "toLocaleDateString").String,
            Call(date, "toLocaleTimeString").String, string.Join(",", getters.Select(g => Text(Call(date, g)))),
            Text(json.Call(JsValue.Undefined, [date])),
        };
        Assert.Equal(expected, string.Join(" | ", parts));
    }

    [Theory, MemberData(nameof(SetterCases))]
    public void Setter(string zone, string start, string method, string args, string expected)
    {
        UseZone(zone);
        var date = Date.Construct([Number(start)], Date).Object;
        var result = Call(date, method, Args(args));
        Assert.Equal(expected, Text(result) + " " + Call(date, "toString").String);
    }

    [Theory, MemberData(nameof(LocaleCases))]
    public void Locale(string zone, string timeValue, string method, string options, string expected)
    {
        UseZone(zone);
        var date = Date.Construct([Number(timeValue)], Date).Object;
        string actual;
        try
        {
            actual = (options.Length == 0 ? Call(date, method) : Call(date, method, "en-US", OptionsFromJson(options))).String;
        }
        catch (JsException e)
        {
            actual = Inspect.ConstructorName(e.Value.Object) + ": " + e.Value.Object.Get("message");
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CalledAsFunctionReturnsNowAsString()
    {
        UseZone("Asia/Kolkata");
        var text = Date.Call(JsValue.Undefined, [1, 2]).String;
        Assert.Matches(@"^\w{3} \w{3} \d\d \d{4} \d\d:\d\d:\d\d GMT\+0530 \(India Standard Time\)$", text);
        double now = Call(Date, "now").Number;
        Assert.Equal(Math.Floor(now), now);
        Assert.InRange(now, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 5000, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 5000);
    }

    [Fact]
    public void CopiesDatesAndConvertsObjects()
    {
        UseZone("UTC");
        var original = Date.Construct([1646128800000], Date).Object;
        var copy = Date.Construct([original], Date).Object;
        Assert.NotSame(original, copy);
        Assert.Equal(1646128800000, Call(copy, "getTime").Number);
        var proto = _realm.DatePrototype;
        Assert.Same(proto.Get("toUTCString").Object, proto.Get("toGMTString").Object);
        Assert.Equal(7, Date.Get("length").Number);
        Assert.Equal(7, Date.Get("UTC").Object.Get("length").Number);
    }

    [Fact]
    public void ToPrimitiveHints()
    {
        UseZone("UTC");
        var date = Date.Construct([0], Date).Object;
        var toPrimitive = (JsFunction)date.Get(JsSymbol.ToPrimitive).Object;
        Assert.Equal(0, toPrimitive.Call(date, ["number"]).Number);
        Assert.Equal("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", toPrimitive.Call(date, ["default"]).String);
        Assert.Equal("Invalid hint: x", Message(() => toPrimitive.Call(date, ["x"])));
        Assert.Equal("Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1", Message(() => toPrimitive.Call(1, ["number"])));
        Assert.Equal("this is not a Date object.", Message(() => ((JsFunction)_realm.DatePrototype.Get("getTime").Object).Call(JsValue.Undefined, [])));
        Assert.Equal("Invalid time zone specified: Foo/Bar", Message(() => Call(date, "toLocaleString", "en-US", Options("timeZone", "Foo/Bar"))));
        Assert.Equal("1/1/1970, 5:30:00 AM", Call(date, "toLocaleString", "en-US", Options("timeZone", "Asia/Kolkata")).String);
    }

    [Fact]
    public void OverrideIsPerThreadAndUnknownZonesPrintOffsets()
    {
        UseZone("Asia/Kathmandu");
        var date = Date.Construct([0], Date).Object;
        Assert.Equal("Thu Jan 01 1970 05:30:00 GMT+0530 (Nepal Time)", Call(date, "toString").String);
        DateTimeZone.Override = DateTimeZone.Find("Etc/GMT+5");
        Assert.Equal("Wed Dec 31 1969 19:00:00 GMT-0500 (GMT-05:00)", Call(date, "toString").String);
    }

    // --- helpers ---

    readonly Realm _realm = Realm.Create();

    JsFunction Date => (JsFunction)_realm.GlobalObject.Get("Date").Object;

    void UseZone(string zone)
    {
        Realm.Current = _realm;
        DateTimeZone.Override = DateTimeZone.Find(zone) ?? throw new ArgumentException(zone);
    }

    public void Dispose() => DateTimeZone.Override = null;

    static JsValue Call(JsObject target, string method, params JsValue[] args) =>
        ((JsFunction)target.Get(method).Object).Call(target, args);

    JsObject Options(string key, string value)
    {
        var o = new JsObject(_realm.ObjectPrototype);
        o.FastAddProperty(key, value);
        return o;
    }

    /// <summary>A flat JSON object of strings and booleans, as the generator writes options.</summary>
    JsObject OptionsFromJson(string json)
    {
        var o = new JsObject(_realm.ObjectPrototype);
        foreach (var property in System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateObject())
        {
            var value = property.Value;
            o.FastAddProperty(property.Name, value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetBoolean());
        }
        return o;
    }

    static string Message(Action action) =>
        Assert.Throws<JsException>(action).Value.Object.Get("message").String;

    static JsValue Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d
        : text == "NaN" ? double.NaN : text;

    /// <summary>The comma-separated arguments of a row: numbers, NaN, or strings.</summary>
    static JsValue[] Args(string list) => list.Length == 0 ? [] : list.Split(',').Select(Number).ToArray();

    static string Text(JsValue value) => TypeConversion.ToString(value);
}
