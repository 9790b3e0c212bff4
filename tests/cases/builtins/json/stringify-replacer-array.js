// A replacer array lists the keys to keep, in its own order, at every depth.
var o = { a: 1, b: 2, c: { a: 3, b: 4, d: 5 }, 1: "one" };
console.log(JSON.stringify(o, ["b", "a"]));
console.log(JSON.stringify(o, ["c", "a"]));
console.log(JSON.stringify(o, [1, "a"]));
console.log(JSON.stringify(o, ["a", "a", "b"]));
console.log(JSON.stringify(o, [new String("b"), new Number(1), {}, true, null]));
console.log(JSON.stringify(o, []));
console.log(JSON.stringify([{ a: 1, b: 2 }, { b: 3 }], ["b"]));
console.log(JSON.stringify({ a: undefined, b: 1 }, ["a", "b", "missing"]));
console.log(JSON.stringify(o, "not a replacer"), JSON.stringify(o, null) === JSON.stringify(o));
