// Indirect eval declares globals like a script, except that its vars can be deleted; a global
// function that cannot be defined (a non-configurable, read-only global) is a TypeError.
var geval = eval;
geval("var fromEval = 1; function fnFromEval() { return 2; }");
var d = Object.getOwnPropertyDescriptor(globalThis, "fromEval");
console.log(d.value, d.writable, d.enumerable, d.configurable);
var f = Object.getOwnPropertyDescriptor(globalThis, "fnFromEval");
console.log(typeof f.value, f.writable, f.enumerable, f.configurable, fnFromEval());
console.log(delete globalThis.fromEval, typeof fromEval);
["NaN", "undefined", "Infinity"].forEach(function (name) {
  try {
    geval("function " + name + "() {}");
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
});
console.log(typeof NaN, NaN !== NaN);
Object.defineProperty(globalThis, "fixedButWritable", { value: 1, writable: true, enumerable: true, configurable: false });
geval("function fixedButWritable() { return 'replaced'; }");
console.log(fixedButWritable());
console.log(geval("var a = 1; a + 1"), geval("if (true) { 'completion'; }"));
