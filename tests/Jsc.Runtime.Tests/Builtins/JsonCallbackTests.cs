using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// JSON behaviour that needs functions or shared objects, built in C#: replacer and reviver
/// calls, toJSON, and V8's circular-structure messages. Expected strings are node's output
/// for the equivalent JavaScript, quoted in each test.
/// </summary>
public class JsonCallbackTests : RealmTest
{
    JsValue Stringify(params JsValue[] args) => Json("stringify").Call(JsValue.Undefined, args);
    JsValue Parse(params JsValue[] args) => Json("parse").Call(JsValue.Undefined, args);
    JsFunction Json(string name) => (JsFunction)Realm.GlobalObject.Get("JSON").Object.Get(name).Object;
    JsValue ParseJson(string text) => Parse(text);
    JsFunction Function(string name, NativeCode code) => new JsNativeFunction(Realm, name, 2, code);

    [Fact]
    public void ReplacerFunctionSeesHolderKeysAndValues()
    {
        // JSON.stringify({a: 1, b: [2, {c: 3}]}, function (k, v) { calls.push(...); return typeof v === 'number' ? v * 10 : v; })
        var calls = new List<string>();
        var replacer = Function("replacer", (self, args) =>
        {
            calls.Add($"{args[0].String}:{self.TypeOf()}:{args[1].TypeOf()}");
            return args[1].IsNumber ? args[1].Number * 10 : args[1];
        });
        Assert.Equal("{\"a\":10,\"b\":[20,{\"c\":30}]}", Stringify(ParseJson("{\"a\":1,\"b\":[2,{\"c\":3}]}"), replacer).String);
        Assert.Equal(":object:object a:object:number b:object:object 0:object:number 1:object:object c:object:number", string.Join(" ", calls));
    }

    [Fact]
    public void ReplacerReturningUndefinedDropsPropertiesAndNullsElements()
    {
        var replacer = Function("r", (_, args) => args[0].String is "b" or "0" ? JsValue.Undefined : args[1]);
        Assert.Equal("{\"a\":1,\"c\":[null,2]}", Stringify(ParseJson("{\"a\":1,\"b\":2,\"c\":[1,2]}"), replacer).String);
    }

    [Fact]
    public void ReplacerIsCalledForTheRootWithTheEmptyKey()
    {
        var replacer = Function("r", (_, args) =>
        {
            if (args[0].String != "") return args[1];
            var wrapper = new JsObject(Realm.ObjectPrototype);
            wrapper.CreateDataProperty("wrapped", args[1]);
            return wrapper;
        });
        Assert.Equal("{\"wrapped\":5}", Stringify(5, replacer).String);
    }

    [Fact]
    public void ToJsonReceivesTheKey()
    {
        // {d: {toJSON(k) { return 'key=' + k; }}, arr: [{toJSON(k) { return 'idx=' + k; }}]}
        var root = ParseJson("{\"d\":{},\"arr\":[{}]}").Object;
        var toJson = Function("toJSON", (_, args) => "key=" + args[0].String);
        root.Get("d").Object.CreateDataProperty("toJSON", toJson);
        ((JsArray)root.Get("arr").Object).GetIndex(0).Object.CreateDataProperty("toJSON", Function("toJSON", (_, args) => "idx=" + args[0].String));
        Assert.Equal("{\"d\":\"key=d\",\"arr\":[\"idx=0\"]}", Stringify(root).String);
    }

    [Fact]
    public void ReviverRunsDepthFirstAndDeletesUndefined()
    {
        var calls = new List<string>();
        var reviver = Function("reviver", (_, args) =>
        {
            calls.Add(args[0].String);
            return args[1].IsNumber ? args[1].Number + 1 : args[0].String == "d" ? JsValue.Undefined : args[1];
        });
        var result = Parse("{\"a\":1,\"b\":{\"c\":[10,20]},\"d\":\"x\"}", reviver);
        Assert.Equal("{\"a\":2,\"b\":{\"c\":[11,21]}}", Stringify(result).String);
        Assert.Equal("a,0,1,c,b,d,", string.Join(",", calls));
    }

    /// <summary>Builds the object graph from JSON, then links `path` (dot-separated, from the root) to the target at `targetPath`.</summary>
    string CircularMessage(JsValue root, string path, string targetPath)
    {
        JsValue Walk(string p)
        {
            var v = root;
            foreach (var part in p.Split('.', StringSplitOptions.RemoveEmptyEntries)) v = v.Object.Get(part == "<empty>" ? "" : part);
            return v;
        }
        int dot = path.LastIndexOf('.');
        var holder = Walk(dot < 0 ? "" : path[..dot]).Object;
        string key = path[(dot + 1)..];
        holder.Set(key == "<empty>" ? "" : key, Walk(targetPath), throwOnFailure: true);
        var e = Assert.Throws<JsException>(() => Stringify(root));
        return Show.Thrown(e.Value);
    }

    [Fact]
    public void SelfReference()
    {
        // const o = {}; o.a = o; JSON.stringify(o)
        Assert.Equal("throws TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'a' closes the circle",
            CircularMessage(ParseJson("{}"), "a", ""));
    }

    [Fact]
    public void CycleThroughArrays()
    {
        // const o = {x:{y:[1,{}]}}; o.x.y[1].z = o;
        Assert.Equal("throws TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'x' -> object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    --- property 'z' closes the circle",
            CircularMessage(ParseJson("{\"x\":{\"y\":[1,{}]}}"), "x.y.1.z", ""));
    }

    [Fact]
    public void LongCycleIsElided()
    {
        // const o = {x:{y:{z:{w:{v:{}}}}}}; o.x.y.z.w.v.u = o.x;
        Assert.Equal("throws TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Object'\n    |     property 'z' -> object with constructor 'Object'\n    |     ...\n    |     property 'v' -> object with constructor 'Object'\n    --- property 'u' closes the circle",
            CircularMessage(ParseJson("{\"x\":{\"y\":{\"z\":{\"w\":{\"v\":{}}}}}}"), "x.y.z.w.v.u", "x"));
    }

    [Fact]
    public void ArraySelfReferenceAndEmptyKey()
    {
        // const a = []; a.push(a);
        Assert.Equal("throws TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    --- index 0 closes the circle",
            CircularMessage(ParseJson("[0]"), "0", ""));
        // const o = {}; o[''] = o;
        Assert.Equal("throws TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- <anonymous> closes the circle",
            CircularMessage(ParseJson("{}"), "<empty>", ""));
    }

    [Fact]
    public void ConstructorNameComesFromThePrototype()
    {
        // class Foo {}; const o = new Foo(); o.self = o;
        var proto = new JsObject(Realm.ObjectPrototype);
        var foo = Function("Foo", (_, _) => JsValue.Undefined);
        proto.FastAddProperty("constructor", foo, PropertyFlags.Writable | PropertyFlags.Configurable);
        var o = new JsObject(proto);
        o.CreateDataProperty("self", o);
        var e = Assert.Throws<JsException>(() => Stringify(o));
        Assert.Equal("throws TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Foo'\n    --- property 'self' closes the circle", Show.Thrown(e.Value));
    }

    [Fact]
    public void DeepNestingParsesAndPrints()
    {
        string text = new string('[', 3000) + new string(']', 3000);
        Assert.Equal(text, Stringify(Parse(text)).String);
    }
}
