// Array.from reads strings, Sets, Maps and generator objects through their iterators.
console.log(Array.from("abc").join(","), Array.from("a\uD83D\uDE00b").length);
console.log(Array.from(new Set([1, 2, 2, 3])).join(","));
console.log(JSON.stringify(Array.from(new Map([[1, "a"], [2, "b"]]))));
function* gen() { yield 1; yield 2; yield 3; }
console.log(Array.from(gen()).join(","));
console.log(Array.from([1, , 3]).length, 1 in Array.from([1, , 3]));
console.log(Array.from(new Set(["x"]).keys())[0]);
console.log(Array.from.length, Array.from.name);
try { Array.from(null); } catch (e) { console.log(e.name, e.message); }
