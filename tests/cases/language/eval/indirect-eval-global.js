// Indirect eval runs in the global scope: it cannot see locals and declares globals.
var moduleLocal = "module local";
function f() {
  var local = "function local";
  var indirect = eval;
  return [
    (0, eval)("typeof local"),
    indirect("typeof moduleLocal"),
    eval("typeof local")
  ].join(" ");
}
console.log(f());
(0, eval)("var declaredGlobally = 'global var'; function globalFn() { return 'global fn'; }");
var g = (function () { return this; })();
console.log(typeof declaredGlobally, g.declaredGlobally, globalFn());
console.log((0, eval)("this") === g);
console.log((0, eval)("typeof this"), eval("this") === module.exports);
var e = eval;
console.log(e("1 + 2"), e("typeof e"));
delete g.declaredGlobally;
delete g.globalFn;
console.log(typeof declaredGlobally);
