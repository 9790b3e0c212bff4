// V8's TypeError messages for spreading, destructuring and iterating non-iterables.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { var a = [...5]; }));
console.log(msg(function () { for (var x of 1) {} }));
console.log(msg(function () { new Map([1]); }));
console.log(msg(function () { new Set(5); }));
console.log(msg(function () { Array.from({ [Symbol.iterator]: 1 }); }));
