using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// Array built-ins as MiniJs expressions with the results node shows for them (generated
/// by running each case in node with <see cref="CollectionTestGlobals.NodeDefinitions"/>;
/// <see cref="ExpectationsMatchNode"/> re-checks the table). Callbacks are test globals
/// such as `twice` and `isOdd` since MiniJs has no function literals.
/// </summary>
public class ArrayTests : RealmTest
{
    public ArrayTests() => CollectionTestGlobals.Install(Realm);

    public static readonly (string Expression, string Expected)[] Cases =
    [
        ("Array()", "[]"),
        ("Array(3)", "[undefined,undefined,undefined]"),
        ("Array(3).length", "3"),
        ("new Array(2, 3)", "[2,3]"),
        ("Array('3')", "[\"3\"]"),
        ("Array(-1)", "throws RangeError: Invalid array length"),
        ("Array(1.5)", "throws RangeError: Invalid array length"),
        ("new Array(4294967296)", "throws RangeError: Invalid array length"),
        ("Array.isArray([])", "true"),
        ("Array.isArray({length: 0})", "false"),
        ("Array.isArray(Array.prototype)", "true"),
        ("Array.of(1, 2, 3)", "[1,2,3]"),
        ("Array.of()", "[]"),
        ("Array.from('abc')", "[\"a\",\"b\",\"c\"]"),
        ("Array.from({length: 3})", "[undefined,undefined,undefined]"),
        ("Array.from({length: 2, 0: 'a', 1: 'b'})", "[\"a\",\"b\"]"),
        ("Array.from([1, 2, 3], twice)", "[2,4,6]"),
        ("Array.from(range(4), pairs)", "[[0,0],[1,1],[2,2],[3,3]]"),
        ("Array.from([1], 1)", "throws TypeError: 1 is not a function"),
        ("Array.from(null)", "throws TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))"),
        ("Array.prototype.length", "0"),
        ("[1, 2, 3].at(0)", "1"),
        ("[1, 2, 3].at(-1)", "3"),
        ("[1, 2, 3].at(3)", "undefined"),
        ("[1, 2, 3].at(-4)", "undefined"),
        ("[1, 2, 3].at('1')", "2"),
        ("[1, 2].concat([3, 4], 5, [[6]])", "[1,2,3,4,5,[6]]"),
        ("[].concat(1, 'a', null)", "[1,\"a\",null]"),
        ("[1].concat(sparse(3, {1: 'x'}))", "[1,undefined,\"x\",undefined]"),
        ("Array.prototype.concat.call(1, 2)", "[[Number: 1],2]"),
        ("[1, 2, 3, 4, 5].copyWithin(0, 3)", "[4,5,3,4,5]"),
        ("[1, 2, 3, 4, 5].copyWithin(1, 0, 3)", "[1,1,2,3,5]"),
        ("[1, 2, 3, 4, 5].copyWithin(-2, 0)", "[1,2,3,1,2]"),
        ("[1, 2, 3].fill(0)", "[0,0,0]"),
        ("[1, 2, 3, 4].fill(9, 1, 3)", "[1,9,9,4]"),
        ("[1, 2, 3, 4].fill(9, -2)", "[1,2,9,9]"),
        ("Array(3).fill('x')", "[\"x\",\"x\",\"x\"]"),
        ("[1, 2, 3, 4].find(isOdd)", "1"),
        ("[2, 4].find(isOdd)", "undefined"),
        ("[1, 2, 3, 4].findIndex(isOdd)", "0"),
        ("[2, 4].findIndex(isOdd)", "-1"),
        ("[1, 2, 3, 4].findLast(isOdd)", "3"),
        ("[1, 2, 3, 4].findLastIndex(isOdd)", "2"),
        ("[].find(1)", "throws TypeError: 1 is not a function"),
        ("[1, 2, 1].lastIndexOf(1)", "2"),
        ("[1, 2, 1].lastIndexOf(1, 1)", "0"),
        ("[1, 2, 1].lastIndexOf(1, -2)", "0"),
        ("[1, 2, 1].lastIndexOf(3)", "-1"),
        ("[1, 2, 3].pop()", "3"),
        ("[].pop()", "undefined"),
        ("[1, 2].push(3, 4)", "4"),
        ("[3, 1, 2].reverse()", "[2,1,3]"),
        ("sparse(4, {0: 'a', 3: 'd', 1: 'b'}).reverse()", "[\"d\",undefined,\"b\",\"a\"]"),
        ("[1, 2, 3].shift()", "1"),
        ("[].shift()", "undefined"),
        ("[1, 2].unshift(0)", "3"),
        ("[1, 2].unshift(-1, 0)", "4"),
        ("[1, 2, 3, 4, 5].slice(1, 3)", "[2,3]"),
        ("[1, 2, 3, 4, 5].slice(-2)", "[4,5]"),
        ("[1, 2, 3].slice()", "[1,2,3]"),
        ("[1, 2, 3].slice(2, 1)", "[]"),
        ("sparse(4, {1: 'b'}).slice(0, 3)", "[undefined,\"b\",undefined]"),
        ("Array.prototype.slice.call('abc', 1)", "[\"b\",\"c\"]"),
        ("Array.prototype.slice.call({length: 2, 0: 'x', 1: 'y'})", "[\"x\",\"y\"]"),
        ("[3, 1, 10, 2].sort()", "[1,10,2,3]"),
        ("[3, 1, 10, 2].sort(desc)", "[10,3,2,1]"),
        ("['b', undefined, 'a', 'c'].sort()", "[\"a\",\"b\",\"c\",undefined]"),
        ("sparse(5, {0: 3, 2: 1, 4: undefined}).sort()", "[1,3,undefined,undefined,undefined]"),
        ("[5, 1, 4, 2, 3].sort(gt)", "[5,1,4,2,3]"),
        ("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].sort(desc)", "[12,11,10,9,8,7,6,5,4,3,2,1]"),
        ("sortCalls([5, 1, 4, 2, 3])", "\"1:5 4:1 4:5 4:1 2:4 2:1 3:4 3:2\""),
        ("sortCalls([3, 2, 1])", "\"2:3 1:2\""),
        ("sortCalls(range(20).reverse())", "\"18:19 17:18 16:17 15:16 14:15 13:14 12:13 11:12 10:11 9:10 8:9 7:8 6:7 5:6 4:5 3:4 2:3 1:2 0:1\""),
        ("[true, false, 'true', null, 'null'].sort()", "[false,null,\"null\",true,\"true\"]"),
        ("[1, 2].sort(1)", "throws TypeError: The comparison function must be either a function or undefined"),
        ("[-1, -2, 0, 1, -0].sort()", "[-1,-2,0,-0,1]"),
        ("['B', 'a', 'C', 'b'].sort()", "[\"B\",\"C\",\"a\",\"b\"]"),
        ("[1, 2, 3, 4, 5].splice(1, 2)", "[2,3]"),
        ("[1, 2, 3, 4, 5].splice(-2)", "[4,5]"),
        ("[1, 2, 3].splice(1, 0, 'a', 'b')", "[]"),
        ("[1, 2, 3].splice()", "[]"),
        ("[1, 2, 3].splice(0, 1, 'x', 'y', 'z')", "[1]"),
        ("[1, 2, NaN].includes(NaN)", "true"),
        ("[1, 2, 3].includes(2, 2)", "false"),
        ("[1, 2, 3].includes('2')", "false"),
        ("Array(3).includes(undefined)", "true"),
        ("[1, 2, NaN].indexOf(NaN)", "-1"),
        ("[1, 2, 3].indexOf(3, -1)", "2"),
        ("[1, 2, 3].indexOf(1, 1)", "-1"),
        ("Array(3).indexOf(undefined)", "-1"),
        ("[1, 2, 3].join()", "\"1,2,3\""),
        ("[1, 2, 3].join('-')", "\"1-2-3\""),
        ("[1, null, undefined, 2].join()", "\"1,,,2\""),
        ("[[1, 2], [3]].join(';')", "\"1,2;3\""),
        ("[].join()", "\"\""),
        ("Array(3).join('x')", "\"xx\""),
        ("circ2().arr.join()", "\"1,[object Object]\""),
        ("Array.from([1, 2].keys())", "[0,1]"),
        ("Array.from(['a', 'b'].entries())", "[[0,\"a\"],[1,\"b\"]]"),
        ("Array.from(['a', 'b'].values())", "[\"a\",\"b\"]"),
        ("[1, 2].values().next()", "{value:1,done:false}"),
        ("[].values().next()", "{value:undefined,done:true}"),
        ("[1, 2, 3].forEach(twice)", "undefined"),
        ("[1, 2, 3].filter(isOdd)", "[1,3]"),
        ("[1, sparse(3, {0: 1, 2: 3}), 3].flat()", "[1,1,3,3]"),
        ("[1, [2, [3, [4]]]].flat()", "[1,2,[3,[4]]]"),
        ("[1, [2, [3, [4]]]].flat(Infinity)", "[1,2,3,4]"),
        ("[1, [2, [3, [4]]]].flat(0)", "[1,[2,[3,[4]]]]"),
        ("sparse(3, {0: [1], 2: 2}).flat()", "[1,2]"),
        ("[1, 2, 3].flatMap(pairs)", "[1,0,2,1,3,2]"),
        ("[1].flatMap(1)", "throws TypeError: flatMap mapper function is not callable"),
        ("[1, 2, 3].map(twice)", "[2,4,6]"),
        ("sparse(3, {0: 1, 2: 3}).map(twice)", "[2,undefined,6]"),
        ("[1, 2, 3].map(third)", "[3,3,3]"),
        ("[1, 3].every(isOdd)", "true"),
        ("[1, 2].every(isOdd)", "false"),
        ("[].every(isOdd)", "true"),
        ("[2, 3].some(isOdd)", "true"),
        ("[].some(isOdd)", "false"),
        ("[1, 2, 3, 4].reduce(add)", "10"),
        ("[1, 2, 3].reduce(add, 10)", "16"),
        ("['a', 'b', 'c'].reduce(add)", "\"abc\""),
        ("['a', 'b', 'c'].reduceRight(add)", "\"cba\""),
        ("[].reduce(add)", "throws TypeError: Reduce of empty array with no initial value"),
        ("[].reduce(add, 0)", "0"),
        ("sparse(3, {1: 5}).reduce(add)", "5"),
        ("[1, 2, 3].toString()", "\"1,2,3\""),
        ("[1, [2, [3]]].toString()", "\"1,2,3\""),
        ("Array.prototype.toString.call({join: 1})", "\"[object Object]\""),
        ("[1, 'a', null].toLocaleString()", "\"1,a,\""),
        ("[3, 1, 2].toReversed()", "[2,1,3]"),
        ("[3, 1, 2].toSorted()", "[1,2,3]"),
        ("[3, 1, 2].toSorted(desc)", "[3,2,1]"),
        ("sparse(3, {0: 'b'}).toSorted()", "[\"b\",undefined,undefined]"),
        ("[1, 2, 3, 4].toSpliced(1, 2, 'x')", "[1,\"x\",4]"),
        ("[1, 2, 3].with(1, 'x')", "[1,\"x\",3]"),
        ("[1, 2, 3].with(-1, 'x')", "[1,2,\"x\"]"),
        ("[].with(1, 2)", "throws RangeError: Invalid index : 1"),
        ("[1, 2, 3].keys().toString()", "\"[object Array Iterator]\""),
        ("Array.prototype.concat.length", "1"),
        ("Array.prototype.splice.length", "2"),
        ("Array.prototype[Symbol.iterator] === Array.prototype.values", "true"),
        ("Array.prototype.values.name", "\"values\""),
        ("Object.keys(Array.prototype[Symbol.unscopables])", "[\"at\",\"copyWithin\",\"entries\",\"fill\",\"find\",\"findIndex\",\"findLast\",\"findLastIndex\",\"flat\",\"flatMap\",\"includes\",\"keys\",\"values\",\"toReversed\",\"toSorted\",\"toSpliced\"]"),
        ("Array[Symbol.species] === Array", "true"),
        ("Object.getOwnPropertyNames(Array.prototype)", "[\"length\",\"constructor\",\"at\",\"concat\",\"copyWithin\",\"fill\",\"find\",\"findIndex\",\"findLast\",\"findLastIndex\",\"lastIndexOf\",\"pop\",\"push\",\"reverse\",\"shift\",\"unshift\",\"slice\",\"sort\",\"splice\",\"includes\",\"indexOf\",\"join\",\"keys\",\"entries\",\"values\",\"forEach\",\"filter\",\"flat\",\"flatMap\",\"map\",\"every\",\"some\",\"reduce\",\"reduceRight\",\"toLocaleString\",\"toString\",\"toReversed\",\"toSorted\",\"toSpliced\",\"with\"]"),
        ("Object.getOwnPropertyNames(Array)", "[\"length\",\"name\",\"prototype\",\"isArray\",\"from\",\"of\"]"),
        ("Array.prototype.forEach.call(null, twice)", "throws TypeError: Array.prototype.forEach called on null or undefined"),
        ("Array.prototype.map.call(undefined, twice)", "throws TypeError: Array.prototype.map called on null or undefined"),
        ("Array.prototype.join.call(null)", "throws TypeError: Cannot convert undefined or null to object"),
        ("Array.prototype.reduce.call('abc', add)", "\"abc\""),
        ("Array.prototype.map.call('ab', twice)", "[NaN,NaN]"),
        ("Array.prototype.indexOf.call({length: 3, 2: 'x'}, 'x')", "2"),
        ("Array.prototype.push.call(Object.freeze([1, 2]), 3)", "throws TypeError: Cannot add property 2, object is not extensible"),
        ("Array.prototype.pop.call(Object.freeze([1, 2]))", "throws TypeError: Cannot delete property '1' of [object Array]"),
        ("Array.prototype.shift.call(Object.freeze([1, 2]))", "throws TypeError: Cannot assign to read only property '0' of object '[object Array]'"),
        ("Array.prototype.fill.call(Object.freeze([1]), 0)", "throws TypeError: Cannot assign to read only property '0' of object '[object Array]'"),
        ("Array.prototype.push.call({length: 2}, 'a')", "3"),
        ("Array.prototype.pop.call({length: 2, 1: 'b'})", "\"b\""),
        ("Array.prototype.splice.call({length: 3, 0: 'a', 1: 'b', 2: 'c'}, 1, 1)", "[\"b\"]"),
        ("Array.prototype.reverse.call({length: 3, 0: 'a', 2: 'c'})", "{0:\"c\",2:\"a\",length:3}"),
        ("Array.prototype.sort.call({length: 3, 0: 'c', 1: 'a', 2: 'b'})", "{0:\"a\",1:\"b\",2:\"c\",length:3}"),
        ("Array.prototype.unshift.call({length: 1, 0: 'a'}, 'z')", "2"),
        ("Array.prototype.includes.call('abc', 'b')", "true"),
        ("Array.prototype.copyWithin.call({length: 5, 3: 1}, 0, 3)", "{0:1,3:1,length:5}"),
        ("[1, 2, 3].entries().next().value", "[0,1]"),
        ("[].concat.call([1], [2]).length", "2"),
        ("range(5).map(twice).filter(isOdd)", "[]"),
        ("range(10).slice(3, 6).reverse().join(',')", "\"5,4,3\""),
    ];

    [Fact]
    public void Cases_MatchNode() => AssertCases(Cases);

    [NodeFact]
    public void ExpectationsMatchNode() => CollectionTestGlobals.AssertNodeAgrees(Cases);

    static JsValue Eval(string expression) => MiniJs.Evaluate(expression);

    [Fact]
    public void Push_GrowsDenseArrayInPlace()
    {
        var array = (JsArray)Eval("[]").Object;
        var push = array.Get("push");
        for (int i = 0; i < 5000; i++) ObjectOperations.CallFunction(push, array, i);
        Assert.Equal(5000u, array.Length);
        Assert.True(array.IsDense);
        Assert.Equal("4999", Show.Value(array.GetIndex(4999)));
    }

    [Fact]
    public void ShiftAndUnshift_KeepHolesAndOrder()
    {
        var array = Eval("sparse(4, {0: 'a', 2: 'c', 3: 'd'})");
        ObjectOperations.CallFunction(array.Object.Get("shift"), array);
        Assert.Equal("[undefined,\"c\",\"d\"]", Show.Value(array));
        Assert.False(array.Object.HasProperty("0"));
        ObjectOperations.CallFunction(array.Object.Get("unshift"), array, "x", "y");
        Assert.Equal("[\"x\",\"y\",undefined,\"c\",\"d\"]", Show.Value(array));
        Assert.False(array.Object.HasProperty("2"));
    }

    [Fact]
    public void Splice_OnLargeDenseArray_MovesTail()
    {
        var array = (JsArray)Eval("range(2000)").Object;
        var removed = (JsArray)ObjectOperations.CallFunction(array.Get("splice"), array, 10, 1000, "a", "b").Object;
        Assert.Equal(1000u, removed.Length);
        Assert.Equal(1002u, array.Length);
        Assert.Equal("9 a b 1010 1999", string.Join(" ", new uint[] { 9, 10, 11, 12, 1001 }.Select(i => TypeConversion.ToString(array.GetIndex(i)))));
    }

    [Fact]
    public void Sort_IsStable()
    {
        // Sort pairs by their first item only: equal keys keep their original order.
        var pairs = new JsArray(Realm.ArrayPrototype, Enumerable.Range(0, 100).Select(i =>
            (JsValue)new JsArray(Realm.ArrayPrototype, [i % 3, i])).ToArray());
        var byFirst = new JsNativeFunction(Realm, "byFirst", 2, (_, args) =>
            Operators.Subtract(args[0].Object.Get("0"), args[1].Object.Get("0")));
        ObjectOperations.CallFunction(pairs.Get("sort"), pairs, byFirst);
        var seen = new List<(double, double)>();
        for (uint i = 0; i < pairs.Length; i++)
        {
            var pair = pairs.GetIndex(i).Object;
            seen.Add((pair.Get("0").Number, pair.Get("1").Number));
        }
        Assert.Equal(seen.OrderBy(p => p.Item1).ToList(), seen);
    }

    [Fact]
    public void Sort_LargeRandomArray_MatchesOrdinalOrder()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 3000).Select(_ => random.Next(100000)).ToList();
        var array = new JsArray(Realm.ArrayPrototype, values.Select(v => (JsValue)(double)v).ToArray());
        ObjectOperations.CallFunction(array.Get("sort"), array);
        var expected = values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var actual = Enumerable.Range(0, 3000).Select(i => TypeConversion.ToString(array.GetIndex((uint)i))).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Join_CyclicArray_JoinsInnerReferenceAsEmpty()
    {
        var array = (JsArray)Eval("[1, 2]").Object;
        array.Push(array);
        Assert.Equal("\"1,2,\"", Show.Value(ObjectOperations.CallFunction(array.Get("join"), array)));
    }

    [Fact]
    public void ForEach_SeesElementsAddedAndRemovedDuringIteration()
    {
        var array = (JsArray)Eval("[1, 2, 3]").Object;
        var seen = new List<string>();
        var callback = new JsNativeFunction(Realm, "cb", 1, (_, args) =>
        {
            seen.Add(Show.Value(args[0]));
            if (seen.Count == 1) ObjectOperations.CallFunction(array.Get("pop"), array);
            return JsValue.Undefined;
        });
        ObjectOperations.CallFunction(array.Get("forEach"), array, callback);
        Assert.Equal(["1", "2"], seen);
    }

    [Fact]
    public void ArrayIterator_IsItsOwnIterable_AndTagged()
    {
        Assert.Equal("true", MiniJs.Run("[].values()[Symbol.iterator]().next().done"));
        Assert.Equal("\"Array Iterator\"", MiniJs.Run("[].values()[Symbol.toStringTag]"));
        Assert.Equal("throws TypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>",
            MiniJs.Run("[].values().next.call({})"));
    }

    [Fact]
    public void ArrayFrom_UsesTheIteratorProtocol()
    {
        var iterable = new JsObject(Realm.ObjectPrototype);
        int count = 0;
        var iterator = new JsObject(Realm.ObjectPrototype);
        iterator.FastAddProperty("next", new JsNativeFunction(Realm, "next", 0, (_, _) =>
            ArrayAlgorithms.CreateIterResultObject(count, ++count > 3)));
        iterable.FastAddProperty(JsSymbol.Iterator, new JsNativeFunction(Realm, "[Symbol.iterator]", 0, (_, _) => iterator));
        var result = ObjectOperations.CallFunction(Eval("Array.from"), Eval("Array"), iterable);
        Assert.Equal("[0,1,2]", Show.Value(result));
    }

    [Fact]
    public void Species_SubclassConstructorIsUsed()
    {
        var array = (JsArray)Eval("[1, 2, 3]").Object;
        var made = new List<double>();
        JsNativeFunction? species = null;
        species = new JsNativeFunction(Realm, "MyArray", 1, (_, args) => JsValue.Undefined, (args, newTarget) =>
        {
            made.Add(args.Length > 0 ? args[0].Number : -1);
            return new JsArray(Realm.ArrayPrototype);
        });
        var ctor = new JsObject(Realm.ObjectPrototype);
        ctor.FastAddProperty(JsSymbol.Species, species);
        array.FastAddProperty("constructor", ctor);
        ObjectOperations.CallFunction(array.Get("map"), array, Eval("twice"));
        ObjectOperations.CallFunction(array.Get("filter"), array, Eval("isOdd"));
        Assert.Equal([3.0, 0.0], made);
    }
}

/// <summary>
/// Globals the collection tests call from MiniJs (callbacks and value builders), and their
/// JavaScript twins for node.
/// </summary>
static class CollectionTestGlobals
{
    public const string NodeDefinitions = """
        globalThis.range = (n) => Array.from({ length: n }, (_, i) => i);
        globalThis.twice = (x) => x * 2;
        globalThis.isOdd = (x) => x % 2 === 1;
        globalThis.add = (a, b) => a + b;
        globalThis.desc = (a, b) => b - a;
        globalThis.gt = (a, b) => a > b;
        globalThis.pairs = (x, i) => [x, i];
        globalThis.third = (x, i, a) => a.length;
        globalThis.isNeg = (x) => x < 0;
        globalThis.fn = (name) => ({ [name]: function () {} })[name];
        globalThis.cls = (name) => ({ [name]: class {} })[name];
        globalThis.inst = (name, props) => Object.assign(new (globalThis.cls(name))(), props);
        globalThis.sparse = (n, props) => Object.assign(new Array(n), props);
        globalThis.circ = () => { const o = { a: 1 }; o.self = o; return o; };
        globalThis.circ2 = () => { const a = [1]; const o = { arr: a }; a.push(o); o.b = { c: o }; return o; };
        globalThis.sortCalls = (arr) => { const log = []; arr.sort((a, b) => { log.push(a + ':' + b); return a - b; }); return log.join(' '); };
        globalThis.arrayLike = (props) => props;
        globalThis.upper = (m) => m.toUpperCase();
        globalThis.replacerArgs = (...args) => '[' + args.join('|') + ']';
        globalThis.getter = (obj, key) => Object.defineProperty(obj, key, { get() { return 1; }, enumerable: true, configurable: true });
        globalThis.setter = (obj, key) => Object.defineProperty(obj, key, { set(v) {}, enumerable: true, configurable: true });
        globalThis.accessor = (obj, key) => Object.defineProperty(obj, key, { get() { return 1; }, set(v) {}, enumerable: true, configurable: true });
        Error.stackTraceLimit = 0;
        """;

    public static void Install(Realm realm)
    {
        void Define(string name, int length, NativeCode code) =>
            realm.DefineGlobal(name, JsValue.FromObject(new JsNativeFunction(realm, name, length, code)));
        JsValue Assign(JsValue target, JsValue source) =>
            ObjectOperations.CallFunction(realm.GlobalObject.Get("Object").Object.Get("assign"), JsValue.Undefined, target, source);
        JsArray List(params JsValue[] items) => new(realm.ArrayPrototype, items);
        JsValue Accessor(JsValue obj, JsValue key, bool get, bool set)
        {
            var getter = get ? new JsNativeFunction(realm, "get", 0, (_, _) => 1) : null;
            var setter = set ? new JsNativeFunction(realm, "set", 1, (_, _) => JsValue.Undefined) : null;
            obj.Object.DefinePropertyOrThrow(TypeConversion.ToPropertyKey(key), new PropertyDescriptor
            {
                Getter = getter, HasGet = getter != null, Setter = setter, HasSet = setter != null,
                Enumerable = true, HasEnumerable = true, Configurable = true, HasConfigurable = true,
            });
            return obj;
        }

        Define("range", 1, (_, a) => List(Enumerable.Range(0, (int)a[0].Number).Select(i => (JsValue)i).ToArray()));
        Define("twice", 1, (_, a) => Operators.Multiply(a.Arg(0), 2));
        Define("isOdd", 1, (_, a) => Comparison.StrictEquals(Operators.Modulo(a.Arg(0), 2), 1));
        Define("add", 2, (_, a) => Operators.Add(a.Arg(0), a.Arg(1)));
        Define("desc", 2, (_, a) => Operators.Subtract(a.Arg(1), a.Arg(0)));
        Define("gt", 2, (_, a) => Operators.GreaterThan(a.Arg(0), a.Arg(1)));
        Define("pairs", 2, (_, a) => List(a.Arg(0), a.Arg(1)));
        Define("third", 3, (_, a) => ObjectOperations.GetIndex(a.Arg(2), "length"));
        Define("isNeg", 1, (_, a) => Operators.LessThan(a.Arg(0), 0));
        Define("fn", 1, (_, a) => new JsNativeFunction(realm, TypeConversion.ToString(a.Arg(0)), 0, (_, _) => JsValue.Undefined));
        Define("cls", 1, (_, a) => MakeClass(TypeConversion.ToString(a.Arg(0))));
        Define("inst", 2, (_, a) =>
        {
            var instance = new JsObject(MakeClass(TypeConversion.ToString(a.Arg(0))).Get("prototype").Object);
            return Assign(instance, a.Arg(1));
        });
        Define("sparse", 2, (_, a) => Assign(ArrayAlgorithms.ArrayCreate(a[0].Number), a.Arg(1)));
        Define("circ", 0, (_, _) =>
        {
            var o = new JsObject(realm.ObjectPrototype);
            o.FastAddProperty("a", 1);
            o.FastAddProperty("self", o);
            return o;
        });
        Define("circ2", 0, (_, _) =>
        {
            var array = List(1);
            var o = new JsObject(realm.ObjectPrototype);
            o.FastAddProperty("arr", array);
            array.Push(o);
            var b = new JsObject(realm.ObjectPrototype);
            b.FastAddProperty("c", o);
            o.FastAddProperty("b", b);
            return o;
        });
        Define("sortCalls", 1, (_, a) =>
        {
            var log = new List<string>();
            var comparator = new JsNativeFunction(realm, "", 2, (_, c) =>
            {
                log.Add(TypeConversion.ToString(c[0]) + ":" + TypeConversion.ToString(c[1]));
                return Operators.Subtract(c[0], c[1]);
            });
            ObjectOperations.CallFunction(a[0].Object.Get("sort"), a[0], comparator);
            return string.Join(" ", log);
        });
        Define("arrayLike", 1, (_, a) => a.Arg(0));
        Define("upper", 1, (_, a) => ObjectOperations.CallFunction(ObjectOperations.GetIndex(a.Arg(0), "toUpperCase"), a.Arg(0)));
        Define("replacerArgs", 0, (_, a) => "[" + string.Join("|", a.ToArray().Select(TypeConversion.ToString)) + "]");
        Define("getter", 2, (_, a) => Accessor(a.Arg(0), a.Arg(1), get: true, set: false));
        Define("setter", 2, (_, a) => Accessor(a.Arg(0), a.Arg(1), get: false, set: true));
        Define("accessor", 2, (_, a) => Accessor(a.Arg(0), a.Arg(1), get: true, set: true));
    }

    /// <summary>`class Name {}`: a compiled-function object whose code is never run.</summary>
    static JsClosure MakeClass(string name) =>
        new(new FunctionInfo(name, 0, (int)(FunctionKind.ClassConstructor | FunctionKind.Strict), 0, $"class {name} {{}}", 0, name.Length + 9), null);

    /// <summary>Checks that node, given the same globals, shows each case as the table expects.</summary>
    public static void AssertNodeAgrees(IEnumerable<(string Expression, string Expected)> cases) =>
        AssertNodeAgrees(cases, "show((0, eval)(expr))");

    public static void AssertNodeAgrees(IEnumerable<(string Expression, string Expected)> cases, string evaluate)
    {
        var list = cases.ToList();
        var actual = NodeOracle.Run(NodeOracle.ShowFunction + NodeDefinitions +
            $"module.exports = (expr) => {{ try {{ return {evaluate}; }} catch (e) {{ return thrown(e); }} }};",
            list.Select(c => c.Expression).ToList());
        var wrong = list.Zip(actual).Where(p => p.First.Expected != p.Second)
            .Select(p => $"{p.First.Expression}: expected {p.First.Expected}, node {p.Second}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} expectations disagree with node:\n" + string.Join("\n", wrong.Take(30)));
    }
}
