// A replacer array also filters nested objects but never array elements.
var v = { a: [{ a: 1, b: 2 }, 3], b: { a: { b: { a: 0 } } } };
console.log(JSON.stringify(v, ["a"]));
console.log(JSON.stringify(v, ["a"], 1));
console.log(JSON.stringify([{ x: 1, y: 2 }, [{ x: 3 }]], ["y"]));
