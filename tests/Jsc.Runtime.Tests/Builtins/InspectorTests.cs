using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Tests.Builtins.Support;
using Jsc.Runtime.Values;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// util.inspect and util.format against node v20. Every expected string was produced by
/// node (`util.inspect(value)`, `util.inspect(value, options)`, `util.format(...args)`) from
/// the same MiniJs expression with <see cref="CollectionTestGlobals.NodeDefinitions"/> and
/// Error.stackTraceLimit = 0; the NodeFacts re-run node to check the tables.
/// </summary>
public class InspectorTests : RealmTest
{
    public InspectorTests() => CollectionTestGlobals.Install(Realm);

    public static readonly (string Expression, string Expected)[] InspectCases =
    [
        ("1", "1"),
        ("-0", "-0"),
        ("-1.5", "-1.5"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("1e21", "1e+21"),
        ("0.1", "0.1"),
        ("123456789", "123456789"),
        ("'str'", "'str'"),
        ("''", "''"),
        ("\"it's\"", "\"it's\""),
        ("'say \"hi\"'", "'say \"hi\"'"),
        ("'it\\'s \"x\"'", "`it's \"x\"`"),
        ("'it\\'s \"x\" `y`'", "'it\\'s \"x\" `y`'"),
        ("'a\\nb'", "'a\\nb'"),
        ("'tab\\there'", "'tab\\there'"),
        ("'\\u0001\\u001f\\u007f\\u0085'", "'\\x01\\x1F\\x7F\\x85'"),
        ("'back\\\\slash'", "'back\\\\slash'"),
        ("'\\ud83d\\ude00'", "'\ud83d\ude00'"),
        ("'lone \\ud800 surrogate'", "'lone \\ud800 surrogate'"),
        ("'\u00e9 \u00fc \u65e5\u672c'", "'\u00e9 \u00fc \u65e5\u672c'"),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("undefined", "undefined"),
        ("Symbol('x')", "Symbol(x)"),
        ("Symbol()", "Symbol()"),
        ("Symbol.iterator", "Symbol(Symbol.iterator)"),
        ("Symbol('it\\'s')", "Symbol(it's)"),
        ("[]", "[]"),
        ("[1, 2, 3]", "[ 1, 2, 3 ]"),
        ("['a', 'b']", "[ 'a', 'b' ]"),
        ("[1, 'a', null, undefined, true]", "[ 1, 'a', null, undefined, true ]"),
        ("[-0, 0, -1]", "[ -0, 0, -1 ]"),
        ("[1, [2, [3, [4, [5]]]]]", "[ 1, [ 2, [ 3, [Array] ] ] ]"),
        ("[[[[1]]]]", "[ [ [ [Array] ] ] ]"),
        ("[[[]]]", "[ [ [] ] ]"),
        ("[{}, []]", "[ {}, [] ]"),
        ("Array(1)", "[ <1 empty item> ]"),
        ("Array(5)", "[ <5 empty items> ]"),
        ("sparse(5, {0: 1, 4: 5})", "[ 1, <3 empty items>, 5 ]"),
        ("sparse(5, {2: 'x'})", "[ <2 empty items>, 'x', <2 empty items> ]"),
        ("sparse(3, {0: 1})", "[ 1, <2 empty items> ]"),
        ("sparse(10, {0: 1, 1: 2, 5: 6})", "[ 1, 2, <3 empty items>, 6, <4 empty items> ]"),
        ("range(6)", "[ 0, 1, 2, 3, 4, 5 ]"),
        ("range(7)", "[\n  0, 1, 2, 3,\n  4, 5, 6\n]"),
        ("range(26)", "[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25\n]"),
        ("range(27)", "[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26\n]"),
        ("range(100)", "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99\n]"),
        ("range(101)", "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]"),
        ("range(102)", "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 2 more items\n]"),
        ("range(1000)", "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 900 more items\n]"),
        ("Array(101).fill(1)", "[\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n  1, 1, 1, 1,\n  ... 1 more item\n]"),
        ("Array(7).fill('ab')", "[\n  'ab', 'ab',\n  'ab', 'ab',\n  'ab', 'ab',\n  'ab'\n]"),
        ("Array(8).fill('abcdefghij')", "[\n  'abcdefghij',\n  'abcdefghij',\n  'abcdefghij',\n  'abcdefghij',\n  'abcdefghij',\n  'abcdefghij',\n  'abcdefghij',\n  'abcdefghij'\n]"),
        ("Array(5).fill('x'.repeat(20))", "[\n  'xxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxx'\n]"),
        ("Array(12).fill('abcdefghijklmnop')", "[\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop',\n  'abcdefghijklmnop'\n]"),
        ("Array(30).fill('abc')", "[\n  'abc', 'abc', 'abc', 'abc',\n  'abc', 'abc', 'abc', 'abc',\n  'abc', 'abc', 'abc', 'abc',\n  'abc', 'abc', 'abc', 'abc',\n  'abc', 'abc', 'abc', 'abc',\n  'abc', 'abc', 'abc', 'abc',\n  'abc', 'abc', 'abc', 'abc',\n  'abc', 'abc'\n]"),
        ("Array(7).fill(undefined)", "[\n  undefined,\n  undefined,\n  undefined,\n  undefined,\n  undefined,\n  undefined,\n  undefined\n]"),
        ("Array(7).fill(null)", "[\n  null, null,\n  null, null,\n  null, null,\n  null\n]"),
        ("Array(8).fill(true)", "[\n  true, true, true,\n  true, true, true,\n  true, true\n]"),
        ("[1, 22, 333, 4444, 55555, 666666, 7777777]", "[ 1, 22, 333, 4444, 55555, 666666, 7777777 ]"),
        ("[-1, 10, -100, 1000, -10000, 5, 6]", "[\n      -1,   10,\n    -100, 1000,\n  -10000,    5,\n       6\n]"),
        ("[1.5, -2.25, 3, 400, 5e-7, 6, 7]", "[\n  1.5, -2.25, 3,\n  400,  5e-7, 6,\n    7\n]"),
        ("['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']", "[\n  'a',       'bb',\n  'ccc',     'dddd',\n  'eeeee',   'ffffff',\n  'ggggggg'\n]"),
        ("[1, 'a', 2, 'b', 3, 'c', 4, 'd']", "[\n  1, 'a', 2, 'b',\n  3, 'c', 4, 'd'\n]"),
        ("['x'.repeat(80)]", "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n]"),
        ("['x'.repeat(100), 'y']", "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  'y'\n]"),
        ("['short', 'x'.repeat(75)]", "[\n  'short',\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n]"),
        ("[range(10), range(10), range(10)]", "[\n  [\n    0, 1, 2, 3, 4,\n    5, 6, 7, 8, 9\n  ],\n  [\n    0, 1, 2, 3, 4,\n    5, 6, 7, 8, 9\n  ],\n  [\n    0, 1, 2, 3, 4,\n    5, 6, 7, 8, 9\n  ]\n]"),
        ("[range(3), range(3), range(3), range(3), range(3), range(3), range(3)]", "[\n  [ 0, 1, 2 ],\n  [ 0, 1, 2 ],\n  [ 0, 1, 2 ],\n  [ 0, 1, 2 ],\n  [ 0, 1, 2 ],\n  [ 0, 1, 2 ],\n  [ 0, 1, 2 ]\n]"),
        ("Array(3).fill({a: 1, b: 'xx'})", "[ { a: 1, b: 'xx' }, { a: 1, b: 'xx' }, { a: 1, b: 'xx' } ]"),
        ("Array(7).fill({a: 1})", "[\n  { a: 1 }, { a: 1 },\n  { a: 1 }, { a: 1 },\n  { a: 1 }, { a: 1 },\n  { a: 1 }\n]"),
        ("Array(4).fill([1, 2, 3])", "[ [ 1, 2, 3 ], [ 1, 2, 3 ], [ 1, 2, 3 ], [ 1, 2, 3 ] ]"),
        ("Object.assign([1, 2], {a: 1})", "[ 1, 2, a: 1 ]"),
        ("Object.assign([], {a: 1})", "[ a: 1 ]"),
        ("Object.assign(sparse(3, {1: 1}), {k: 'v'})", "[ <1 empty item>, 1, <1 empty item>, k: 'v' ]"),
        ("{}", "{}"),
        ("{a: 1}", "{ a: 1 }"),
        ("{a: 1, b: 'two', c: [3], d: {e: null}}", "{ a: 1, b: 'two', c: [ 3 ], d: { e: null } }"),
        ("{'b-c': 2, 'a b': 3, '1a': 4, _ok: 5, $no: 6}", "{ 'b-c': 2, 'a b': 3, '1a': 4, _ok: 5, '$no': 6 }"),
        ("{1: 'a', b: 2}", "{ '1': 'a', b: 2 }"),
        ("{'': 1}", "{ '': 1 }"),
        ("{'\u00fc': 1}", "{ '\u00fc': 1 }"),
        ("{a: {b: {c: {d: {e: 1}}}}}", "{ a: { b: { c: [Object] } } }"),
        ("{a: {b: {c: {}}}}", "{ a: { b: { c: {} } } }"),
        ("{a: {b: {c: []}}}", "{ a: { b: { c: [] } } }"),
        ("{a: {b: {c: [1]}}}", "{ a: { b: { c: [Array] } } }"),
        ("{a: [{b: {c: 1}}]}", "{ a: [ { b: [Object] } ] }"),
        ("{aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6}", "{\n  aaaaaaaaaa: 1,\n  bbbbbbbbbb: 2,\n  cccccccccc: 3,\n  dddddddddd: 4,\n  eeeeeeeeee: 5,\n  ffffffffff: 6\n}"),
        ("{aaaaaaaaaa: 'x'.repeat(30), bbbbbbbbbb: 'y'.repeat(30)}", "{\n  aaaaaaaaaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  bbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n}"),
        ("{a: 'x'.repeat(100)}", "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}"),
        ("{a: 'line one\\nline two\\nline three that is long enough to wrap around the limit'}", "{\n  a: 'line one\\nline two\\nline three that is long enough to wrap around the limit'\n}"),
        ("{s: 'ab\\n'.repeat(30)}", "{\n  s: 'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n' +\n    'ab\\n'\n}"),
        ("{a: range(30), b: 'x'}", "{\n  a: [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ],\n  b: 'x'\n}"),
        ("{a: range(7), b: range(7)}", "{\n  a: [\n    0, 1, 2, 3,\n    4, 5, 6\n  ],\n  b: [\n    0, 1, 2, 3,\n    4, 5, 6\n  ]\n}"),
        ("{list: Array(3).fill('x'.repeat(30))}", "{\n  list: [\n    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n  ]\n}"),
        ("{a: 1, b: {c: 2, d: {e: 3, f: {g: 4}}}}", "{ a: 1, b: { c: 2, d: { e: 3, f: [Object] } } }"),
        ("{outer: {inner: {deep: 'value', other: 'thing', more: 'stuff', evenMore: 'content here'}}}", "{\n  outer: {\n    inner: {\n      deep: 'value',\n      other: 'thing',\n      more: 'stuff',\n      evenMore: 'content here'\n    }\n  }\n}"),
        ("{a: [[1, 2, [3, 4, [5, [6]]]]]}", "{ a: [ [ 1, 2, [Array] ] ] }"),
        ("{f: fn('f')}", "{ f: [Function: f] }"),
        ("{f: fn('')}", "{ f: [Function (anonymous)] }"),
        ("{k: cls('K')}", "{ k: [class K] }"),
        ("[fn('a'), fn(''), cls('B')]", "[ [Function: a], [Function (anonymous)], [class B] ]"),
        ("fn('foo')", "[Function: foo]"),
        ("fn('')", "[Function (anonymous)]"),
        ("cls('A')", "[class A]"),
        ("cls('')", "[class (anonymous)]"),
        ("Object.assign(fn('f'), {a: 1})", "[Function: f] { a: 1 }"),
        ("Object.assign(fn(''), {b: 2})", "[Function (anonymous)] { b: 2 }"),
        ("inst('Foo', {a: 1})", "Foo { a: 1 }"),
        ("inst('Foo', {})", "Foo {}"),
        ("inst('Bar', {x: inst('Baz', {y: 1})})", "Bar { x: Baz { y: 1 } }"),
        ("[inst('P', {x: 1, y: 2}), inst('P', {x: 3, y: 4})]", "[ P { x: 1, y: 2 }, P { x: 3, y: 4 } ]"),
        ("Object.create(null)", "[Object: null prototype] {}"),
        ("Object.assign(Object.create(null), {a: 1})", "[Object: null prototype] { a: 1 }"),
        ("{p: Object.create(null)}", "{ p: [Object: null prototype] {} }"),
        ("new Number(3)", "[Number: 3]"),
        ("new Number(-0)", "[Number: -0]"),
        ("new String('ab')", "[String: 'ab']"),
        ("new String('')", "[String: '']"),
        ("new Boolean(false)", "[Boolean: false]"),
        ("Object(Symbol('s'))", "[Symbol: Symbol(s)]"),
        ("Object.assign(new Number(1), {a: 2})", "[Number: 1] { a: 2 }"),
        ("Object.assign(new String('ab'), {c: 3})", "[String: 'ab'] { c: 3 }"),
        ("[new Number(1), new String('x')]", "[ [Number: 1], [String: 'x'] ]"),
        ("new Error('boom')", "[Error: boom]"),
        ("new TypeError('bad thing')", "[TypeError: bad thing]"),
        ("new RangeError('r')", "[RangeError: r]"),
        ("new Error()", "[Error]"),
        ("new Error('multi\\nline')", "[Error: multi\nline]"),
        ("Object.assign(new Error('x'), {code: 'E1'})", "[Error: x] { code: 'E1' }"),
        ("Object.assign(new Error('x'), {code: 'E1', errno: 2})", "[Error: x] { code: 'E1', errno: 2 }"),
        ("[new Error('in array')]", "[ [Error: in array] ]"),
        ("{e: new RangeError('in object')}", "{ e: [RangeError: in object] }"),
        ("{e: Object.assign(new Error('deep'), {info: {a: 1}})}", "{ e: [Error: deep] { info: { a: 1 } } }"),
        ("circ()", "<ref *1> { a: 1, self: [Circular *1] }"),
        ("circ2()", "<ref *1> { arr: [ 1, [Circular *1] ], b: { c: [Circular *1] } }"),
        ("[circ()]", "[ <ref *1> { a: 1, self: [Circular *1] } ]"),
        ("{a: circ(), b: circ()}", "{\n  a: <ref *1> { a: 1, self: [Circular *1] },\n  b: <ref *2> { a: 1, self: [Circular *2] }\n}"),
        ("getter({}, 'a')", "{ a: [Getter] }"),
        ("setter({}, 'b')", "{ b: [Setter] }"),
        ("accessor({}, 'c')", "{ c: [Getter/Setter] }"),
        ("getter({x: 1}, 'y')", "{ x: 1, y: [Getter] }"),
        ("Object.defineProperty({}, Symbol('k'), {value: 1, enumerable: true})", "{ [Symbol(k)]: 1 }"),
        ("Object.defineProperty({}, Symbol(), {value: 1, enumerable: true})", "{ [Symbol()]: 1 }"),
        ("Object.defineProperty({a: 1}, 'b', {value: 2})", "{ a: 1 }"),
        ("Object.defineProperty({a: 1}, Symbol('hidden'), {value: 2})", "{ a: 1 }"),
        ("Object.defineProperty({a: 1}, Symbol.toStringTag, {value: 'Tag'})", "Object [Tag] { a: 1 }"),
        ("Object.defineProperty({}, Symbol.toStringTag, {value: 'Tag'})", "Object [Tag] {}"),
        ("Object.defineProperty({a: 1}, Symbol.toStringTag, {value: 'Tag', enumerable: true})", "{ a: 1, [Symbol(Symbol.toStringTag)]: 'Tag' }"),
        ("Object.defineProperty(inst('Foo', {a: 1}), Symbol.toStringTag, {value: 'Foo'})", "Foo { a: 1 }"),
        ("Object.defineProperty(inst('Foo', {a: 1}), Symbol.toStringTag, {value: 'Bar'})", "Foo [Bar] { a: 1 }"),
        ("Object.defineProperty([1], Symbol.toStringTag, {value: 'Arr'})", "Array(1) [Arr] [ 1 ]"),
        ("Object.setPrototypeOf([1, 2], null)", "[Array(2): null prototype] [ 1, 2 ]"),
        ("Object.setPrototypeOf({a: 1}, inst('Base', {}))", "Base { a: 1 }"),
        ("Object.setPrototypeOf({a: 1}, Object.create(null))", "Object <[Object: null prototype] {}> { a: 1 }"),
        ("Object.setPrototypeOf(fn('nf'), null)", "[Function (null prototype): nf]"),
        ("{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26}", "{\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n  e: 5,\n  f: 6,\n  g: 7,\n  h: 8,\n  i: 9,\n  j: 10,\n  k: 11,\n  l: 12,\n  m: 13,\n  n: 14,\n  o: 15,\n  p: 16,\n  q: 17,\n  r: 18,\n  s: 19,\n  t: 20,\n  u: 21,\n  v: 22,\n  w: 23,\n  x: 24,\n  y: 25,\n  z: 26\n}"),
        ("[{a: 1, b: 2}, {a: 3, b: 4}, {a: 5, b: 6}, {a: 7, b: 8}, {a: 9, b: 10}, {a: 11, b: 12}, {a: 13, b: 14}]", "[\n  { a: 1, b: 2 },\n  { a: 3, b: 4 },\n  { a: 5, b: 6 },\n  { a: 7, b: 8 },\n  { a: 9, b: 10 },\n  { a: 11, b: 12 },\n  { a: 13, b: 14 }\n]"),
        ("[['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6], ['g', 7]]", "[\n  [ 'a', 1 ],\n  [ 'b', 2 ],\n  [ 'c', 3 ],\n  [ 'd', 4 ],\n  [ 'e', 5 ],\n  [ 'f', 6 ],\n  [ 'g', 7 ]\n]"),
        ("{matrix: [range(5), range(5), range(5)]}", "{ matrix: [ [ 0, 1, 2, 3, 4 ], [ 0, 1, 2, 3, 4 ], [ 0, 1, 2, 3, 4 ] ] }"),
        ("{data: {users: [{name: 'alice', age: 30, tags: ['a', 'b']}, {name: 'bob', age: 25, tags: []}]}}", "{ data: { users: [ [Object], [Object] ] } }"),
        ("[undefined, null, NaN, -0, Infinity, -Infinity, 0]", "[ undefined, null, NaN, -0, Infinity, -Infinity, 0 ]"),
        ("[1, 2, 3, 'four', 5, 6, 7, 8, 9, 10]", "[\n  1,      2, 3,\n  'four', 5, 6,\n  7,      8, 9,\n  10\n]"),
        ("range(16).map(twice)", "[\n   0,  2,  4,  6,  8, 10,\n  12, 14, 16, 18, 20, 22,\n  24, 26, 28, 30\n]"),
        ("Array.from('abcdefghijklmnopqrstuvwxyz')", "[\n  'a', 'b', 'c', 'd', 'e', 'f',\n  'g', 'h', 'i', 'j', 'k', 'l',\n  'm', 'n', 'o', 'p', 'q', 'r',\n  's', 't', 'u', 'v', 'w', 'x',\n  'y', 'z'\n]"),
        ("Array(3)", "[ <3 empty items> ]"),
        ("[Array(2), Array(3)]", "[ [ <2 empty items> ], [ <3 empty items> ] ]"),
        ("['a\\nb', 'c']", "[ 'a\\nb', 'c' ]"),
        ("[Symbol('a'), Symbol.iterator]", "[ Symbol(a), Symbol(Symbol.iterator) ]"),
        ("Object.defineProperty({}, 'x', {value: undefined, enumerable: true})", "{ x: undefined }"),
        ("{u: undefined, n: null}", "{ u: undefined, n: null }"),
        ("Object.keys({a: 1, b: 2})", "[ 'a', 'b' ]"),
        ("[1, 2, 3].keys()", "Object [Array Iterator] {}"),
        ("'x'.repeat(10001)", "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... 1 more character"),
        ("Array.prototype", "Object(0) []"),
        ("String.prototype", "{}"),
        ("Object.prototype", "[Object: null prototype] {}"),
        ("Number.prototype", "{}"),
        ("Function.prototype", "[Function (anonymous)] Object"),
    ];

    public static readonly (string Expression, string Options, string Expected)[] OptionsCases =
    [
        ("{a: {b: {c: 1}}}", "{depth: 0}", "{ a: [Object] }"),
        ("{a: {b: {c: {d: {e: 1}}}}}", "{depth: null}", "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}"),
        ("{a: {b: {c: {d: {e: 1}}}}}", "{depth: Infinity}", "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}"),
        ("[[1, [2, [3]]]]", "{depth: 1}", "[ [ 1, [Array] ] ]"),
        ("{a: 1, b: [1, 2]}", "{compact: false}", "{\n  a: 1,\n  b: [\n    1,\n    2\n  ]\n}"),
        ("{a: 1, b: {c: [1, 2]}}", "{compact: true}", "{ a: 1, b: { c: [ 1, 2 ] } }"),
        ("{a: {b: {c: {d: 1}}}}", "{compact: 1}", "{\n  a: {\n    b: { c: [Object] }\n  }\n}"),
        ("range(30)", "{compact: false}", "[\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29\n]"),
        ("range(30)", "{breakLength: Infinity}", "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]"),
        ("{aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6}", "{breakLength: 40}", "{\n  aaaaaaaaaa: 1,\n  bbbbbbbbbb: 2,\n  cccccccccc: 3,\n  dddddddddd: 4,\n  eeeeeeeeee: 5,\n  ffffffffff: 6\n}"),
        ("{a: 1, b: 'x', c: null, d: undefined, e: Symbol('s'), f: true, g: [1]}", "{colors: true}", "{\n  a: \u001b[33m1\u001b[39m,\n  b: \u001b[32m'x'\u001b[39m,\n  c: \u001b[1mnull\u001b[22m,\n  d: \u001b[90mundefined\u001b[39m,\n  e: \u001b[32mSymbol(s)\u001b[39m,\n  f: \u001b[33mtrue\u001b[39m,\n  g: [ \u001b[33m1\u001b[39m ]\n}"),
        ("range(30)", "{colors: true}", "[\n   \u001b[33m0\u001b[39m,  \u001b[33m1\u001b[39m,  \u001b[33m2\u001b[39m,  \u001b[33m3\u001b[39m,  \u001b[33m4\u001b[39m,  \u001b[33m5\u001b[39m,  \u001b[33m6\u001b[39m,  \u001b[33m7\u001b[39m,  \u001b[33m8\u001b[39m,\n   \u001b[33m9\u001b[39m, \u001b[33m10\u001b[39m, \u001b[33m11\u001b[39m, \u001b[33m12\u001b[39m, \u001b[33m13\u001b[39m, \u001b[33m14\u001b[39m, \u001b[33m15\u001b[39m, \u001b[33m16\u001b[39m, \u001b[33m17\u001b[39m,\n  \u001b[33m18\u001b[39m, \u001b[33m19\u001b[39m, \u001b[33m20\u001b[39m, \u001b[33m21\u001b[39m, \u001b[33m22\u001b[39m, \u001b[33m23\u001b[39m, \u001b[33m24\u001b[39m, \u001b[33m25\u001b[39m, \u001b[33m26\u001b[39m,\n  \u001b[33m27\u001b[39m, \u001b[33m28\u001b[39m, \u001b[33m29\u001b[39m\n]"),
        ("{c: 1, a: 2, b: 3}", "{sorted: true}", "{ a: 2, b: 3, c: 1 }"),
        ("range(10)", "{maxArrayLength: 2}", "[ 0, 1, ... 8 more items ]"),
        ("range(10)", "{maxArrayLength: 0}", "[ ... 10 more items ]"),
        ("sparse(10, {0: 1, 9: 2})", "{maxArrayLength: 1}", "[ 1, ... 9 more items ]"),
        ("'abcdefgh'", "{maxStringLength: 3}", "'abc'... 5 more characters"),
        ("['abcdefgh']", "{maxStringLength: 1}", "[ 'a'... 7 more characters ]"),
        ("[1, 2]", "{showHidden: true}", "[ 1, 2, [length]: 2 ]"),
        ("Object.defineProperty({a: 1}, 'b', {value: 2})", "{showHidden: true}", "{ a: 1, [b]: 2 }"),
        ("{n: 1234567.891, m: -1234567, s: 123}", "{numericSeparator: true}", "{ n: 1_234_567.891, m: -1_234_567, s: 123 }"),
        ("getter({}, 'a')", "{getters: true}", "{ a: [Getter: 1] }"),
        ("accessor({}, 'a')", "{getters: 'set'}", "{ a: [Getter/Setter: 1] }"),
        ("accessor({}, 'a')", "{getters: 'get'}", "{ a: [Getter/Setter] }"),
    ];

    /// <summary>Each expression is the array of util.format's arguments.</summary>
    public static readonly (string Arguments, string Expected)[] FormatCases =
    [
        ("['%s', 'x']", "x"),
        ("['%s is %d years', 'Bob', 42]", "Bob is 42 years"),
        ("['%d', '42']", "42"),
        ("['%d', -0]", "-0"),
        ("['%d', 'abc']", "NaN"),
        ("['%i', 42.9]", "42"),
        ("['%i', '0x1F']", "31"),
        ("['%i', '  -12px']", "-12"),
        ("['%f', '1.5abc']", "1.5"),
        ("['%f', 'x']", "NaN"),
        ("['%f', '.5e3x']", "500"),
        ("['%j', {a: [1, 'x']}]", "{\"a\":[1,\"x\"]}"),
        ("['%j', circ()]", "[Circular]"),
        ("['%j', undefined]", "undefined"),
        ("['%O', {a: {b: {c: {d: 1}}}}]", "{ a: { b: { c: [Object] } } }"),
        ("['%o', [1, 2]]", "[ 1, 2, [length]: 2 ]"),
        ("['%o', {a: 1}]", "{ a: 1 }"),
        ("['%c styled', 'color: red']", " styled"),
        ("['100%%', 1]", "100% 1"),
        ("['%%s', 'x']", "%s x"),
        ("['%s %s', 'only']", "only %s"),
        ("['%x', 1]", "%x 1"),
        ("['a', 1, 'b', {c: 2}]", "a 1 b { c: 2 }"),
        ("[1, 2, 3]", "1 2 3"),
        ("[{a: 1}, 'str', ['x']]", "{ a: 1 } str [ 'x' ]"),
        ("['%s', {a: 1}]", "{ a: 1 }"),
        ("['%s', [1, [2, [3]]]]", "[ 1, [Array] ]"),
        ("['%s', null]", "null"),
        ("['%s', undefined]", "undefined"),
        ("['%s', Symbol('x')]", "Symbol(x)"),
        ("['%s', -0]", "-0"),
        ("['%s', new Error('e')]", "[Error: e]"),
        ("['%s', inst('Foo', {a: 1})]", "Foo { a: 1 }"),
        ("['%s', Object.create(null)]", "[Object: null prototype] {}"),
        ("['%s', {toString: fn('x')}]", "undefined"),
        ("['%s %o', 'a']", "a %o"),
        ("['trailing %']", "trailing %"),
        ("['%s', 'a', 'extra', 1]", "a extra 1"),
        ("['']", ""),
        ("[]", ""),
        ("['%d%d', 1, 2]", "12"),
        ("['%s:%s', 'a', 'b', 'c']", "a:b c"),
    ];

    static void AssertAll<T>(IEnumerable<T> cases, Func<T, string> describe, Func<T, string> expected, Func<T, string> actual)
    {
        var wrong = new List<string>();
        foreach (var c in cases)
        {
            string result;
            try { result = actual(c); }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException) { result = "C# " + e.GetType().Name + ": " + e.Message; }
            if (result != expected(c)) wrong.Add($"{describe(c)}\n    expected {Show.Quote(expected(c))}\n    actual   {Show.Quote(result)}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} cases failed:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Inspect_MatchesNode() =>
        AssertAll(InspectCases, c => c.Expression, c => c.Expected, c => Inspector.Inspect(MiniJs.Evaluate(c.Expression)));

    [Fact]
    public void InspectWithOptions_MatchesNode() =>
        AssertAll(OptionsCases, c => c.Expression + " " + c.Options, c => c.Expected,
            c => Inspector.Inspect(MiniJs.Evaluate(c.Expression), InspectOptions.FromObject(MiniJs.Evaluate(c.Options))));

    [Fact]
    public void Format_MatchesNode() =>
        AssertAll(FormatCases, c => c.Arguments, c => c.Expected, c =>
        {
            var array = (JsArray)MiniJs.Evaluate(c.Arguments).Object;
            var args = new JsValue[array.Length];
            for (uint i = 0; i < array.Length; i++) args[i] = array.GetIndex(i);
            return Inspector.Format(args);
        });

    [NodeFact]
    public void InspectExpectations_MatchNode() =>
        CollectionTestGlobals.AssertNodeAgrees(InspectCases, "require('util').inspect((0, eval)('(' + expr + ')'))");

    [NodeFact]
    public void OptionsExpectations_MatchNode() =>
        CollectionTestGlobals.AssertNodeAgrees(OptionsCases.Select(c => (c.Expression + "\t" + c.Options, c.Expected)),
            "require('util').inspect((0, eval)('(' + expr.split('\\t')[0] + ')'), (0, eval)('(' + expr.split('\\t')[1] + ')'))");

    [NodeFact]
    public void FormatExpectations_MatchNode() =>
        CollectionTestGlobals.AssertNodeAgrees(FormatCases, "require('util').format(...(0, eval)(expr))");

    /// <summary>Random nested literals (seeded), inspected here and by node: exercises grouping and line breaking broadly.</summary>
    [NodeFact]
    public void Inspect_RandomValues_MatchNode()
    {
        var random = new Random(20261122);
        var literals = Enumerable.Range(0, 400).Select(_ => RandomLiteral(random, 0)).ToList();
        var node = NodeOracle.Run(CollectionTestGlobals.NodeDefinitions +
            "module.exports = (expr) => require('util').inspect((0, eval)('(' + expr + ')'));", literals);
        var wrong = new List<string>();
        for (int i = 0; i < literals.Count; i++)
        {
            var actual = Inspector.Inspect(MiniJs.Evaluate(literals[i]));
            if (actual != node[i]) wrong.Add($"{literals[i]}\n    node   {Show.Quote(node[i])}\n    actual {Show.Quote(actual)}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {literals.Count} differ:\n" + string.Join("\n", wrong.Take(10)));
    }

    static readonly string[] Keys = ["a", "b", "id", "name", "value", "items", "x_1", "longPropertyName", "'with space'", "'dash-key'", "'1'", "'it\\'s'"];
    static readonly string[] Words = ["", "a", "hello", "it\\'s", "say \\\"hi\\\"", "tab\\there", "line\\nbreak", "ünïcödé", "日本語", "x"];

    static string RandomLiteral(Random random, int depth)
    {
        int kind = random.Next(depth >= 4 ? 6 : 10);
        switch (kind)
        {
            case 0: return random.Next(-1000, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 1: return (random.NextDouble() * 200 - 100).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            case 2: return "'" + Words[random.Next(Words.Length)] + "'";
            case 3: return "'" + new string((char)('a' + random.Next(26)), random.Next(20, 120)) + "'";
            case 4: return random.Next(4) switch { 0 => "true", 1 => "null", 2 => "undefined", _ => "-0" };
            case 5: return random.Next(3) == 0 ? $"range({random.Next(0, 130)})" : random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 6 or 7:
            {
                int count = random.Next(3) == 0 ? random.Next(0, 4) : random.Next(4, 30);
                var items = Enumerable.Range(0, count).Select(_ => RandomLiteral(random, depth + (random.Next(3) == 0 ? 1 : 2)));
                return "[" + string.Join(", ", items) + "]";
            }
            default:
            {
                int count = random.Next(0, 7);
                var keys = Keys.OrderBy(_ => random.Next()).Take(count);
                return "{" + string.Join(", ", keys.Select(k => k + ": " + RandomLiteral(random, depth + 1))) + "}";
            }
        }
    }

    [Fact]
    public void DeepNesting_WithInfiniteDepth_StopsInsteadOfCrashing()
    {
        var root = new JsObject(Realm.ObjectPrototype);
        var current = root;
        for (int i = 0; i < 100000; i++)
        {
            var next = new JsObject(Realm.ObjectPrototype);
            current.FastAddProperty("a", next);
            current = next;
        }
        var text = Inspector.Inspect(root, new InspectOptions { Depth = double.PositiveInfinity });
        Assert.Contains("[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]", text);
    }

    [Fact]
    public void CustomInspect_IsCalledWithDepthAndOptions()
    {
        var symbol = Inspector.CustomInspectSymbol;
        Assert.NotNull(symbol);
        var obj = new JsObject(Realm.ObjectPrototype);
        obj.FastAddProperty(symbol!, new JsNativeFunction(Realm, "custom", 2, (_, args) =>
            $"custom depth={args[0]} colors={args[1].Object.Get("colors")}"));
        var outer = new JsObject(Realm.ObjectPrototype);
        outer.FastAddProperty("x", obj);
        Assert.Equal("{ x: custom depth=1 colors=false }", Inspector.Inspect(outer));
    }
}
