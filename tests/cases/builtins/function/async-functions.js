// Async functions return promises and have their own constructor.
async function af() { return 1; }
var AsyncFunction = Object.getPrototypeOf(af).constructor;
console.log(AsyncFunction.name, Object.prototype.toString.call(af), af.prototype);
var p = af();
console.log(p instanceof Promise, Object.prototype.toString.call(p));
try { new af(); } catch (e) { console.log(e.name, e.message); }
var dyn = new AsyncFunction("x", "return await x;");
dyn(7).then(function (v) { console.log("resolved", v, dyn.name); });
af().then(function (v) { console.log("af", v); });
console.log("sync end");
