// Indirect eval and new Function see globals; they cannot see module variables.
var g = (function () { return this; })();
var moduleOnly = "module";
g.globalOnly = "global";
console.log((0, eval)("typeof moduleOnly"), (0, eval)("typeof globalOnly"));
console.log(new Function("return typeof moduleOnly")(), new Function("return globalOnly")());
(0, eval)("var evalGlobal = 1");
console.log(typeof evalGlobal, Object.getOwnPropertyDescriptor(g, "evalGlobal").configurable);
delete g.evalGlobal;
delete g.globalOnly;
console.log(typeof evalGlobal, typeof globalOnly);
