// The space argument: numbers clamp to 10, strings are cut to 10 characters.
var v = { a: [1, { b: 2 }], c: {}, d: [] };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, "--"));
console.log(JSON.stringify([1], null, 20) === JSON.stringify([1], null, 10));
console.log(JSON.stringify([1], null, "0123456789abc"));
console.log(JSON.stringify([1], null, 0), JSON.stringify([1], null, -3), JSON.stringify([1], null, ""));
console.log(JSON.stringify([1], null, 1.9), JSON.stringify({ x: 1 }, null, new Number(3)));
console.log(JSON.stringify({ x: 1 }, null, new String("\t")));
console.log(JSON.stringify({ x: 1 }, null, true), JSON.stringify({ x: [] }, null, " "));
