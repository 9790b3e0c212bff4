// Runtime errors inside eval code propagate to the caller as ordinary exceptions.
function run(src) {
  try { return "value: " + eval(src); } catch (e) { return e.name + ": " + e.message; }
}
console.log(run("null.x"));
console.log(run("undefinedName"));
console.log(run("throw new RangeError('from eval')"));
console.log(run("throw 'primitive'") === "undefined: undefined" ? "primitive has no name" : run("throw 'primitive'"));
console.log(run("var partial = 1; partialMissing; partial = 2"));
console.log(typeof partial, typeof partialMissing);
console.log(run("[1, 2].map(function (x) { return x * 3; }).join()"));
