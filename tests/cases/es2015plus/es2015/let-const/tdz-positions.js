// The temporal dead zone: which reads and writes of let/const/class bindings throw, and which do not.
function msg(f) { try { return "ok " + f(); } catch (e) { return e.name + ": " + e.message; } }

// Hoisted function declarations can run before the binding is initialised.
console.log(msg(function () { var r = early(); let v = 1; function early() { return v; } return r; }));
console.log(msg(function () { let v = 1; function late() { return v; } return late(); }));
// Function expressions and arrows created after the declaration are safe.
console.log(msg(function () { let v = 2; var f = () => v; return f(); }));
// Created before, called before: throws; called after: fine.
console.log(msg(function () { var f = () => v; var r = f(); let v = 3; return r; }));
console.log(msg(function () { var f = () => v; let v = 3; return f(); }));
// Own initialiser.
console.log(msg(function () { let self = typeof self; return self; }));
console.log(msg(function () { const [a, b = a] = [1]; return a + b; }));
console.log(msg(function () { const [a = b, b] = [undefined, 2]; return a + b; }));
// Writes before initialisation, compound and update too.
console.log(msg(function () { w = 1; let w; return w; }));
console.log(msg(function () { w += 1; let w = 0; return w; }));
console.log(msg(function () { w++; let w = 0; return w; }));
console.log(msg(function () { [w] = [1]; let w; return w; }));
console.log(msg(function () { c = 1; const c = 2; return c; }));
console.log(msg(function () { const c = 2; c = 3; return c; }));
// typeof does not protect a binding in its dead zone.
console.log(msg(function () { return typeof t; let t; }));
console.log(msg(function () { return typeof undeclaredName; }));
// Blocks and loops: each entry starts a fresh dead zone.
console.log(msg(function () {
  var out = [];
  for (var i = 0; i < 3; i++) {
    var get = function () { return k; };
    try { out.push(get()); } catch (e) { out.push(e.constructor.name); }
    let k = i;
    out.push(get());
  }
  return out.join(",");
}));
// Switch cases share one block: a later case can see the binding uninitialised.
console.log(msg(function () { switch (1) { case 0: let s = "zero"; case 1: return s; } }));
console.log(msg(function () { switch (0) { case 0: let s = "zero"; case 1: return s; } }));
// Classes: the name is in the dead zone until the class is defined, but usable inside.
console.log(msg(function () { new K(); class K {} }));
console.log(msg(function () { class K { static make() { return new K(); } } return K.make().constructor.name; }));
console.log(msg(function () { class K { static self = K.name; } return K.self; }));
console.log(msg(function () { const L = class Inner { static n = Inner.name; }; return L.n; }));
// A binding in a closure over a loop head.
console.log(msg(function () { var fs = []; for (let j = 0; j < 3; j++) fs.push(() => j); return fs.map(f => f()).join(); }));
// Shadowing: the inner block's binding is in its dead zone even when an outer one exists.
console.log(msg(function () { let x = "outer"; { try { x; } catch (e) { return e.message; } let x = "inner"; } }));
// Derived constructors: `this` before super().
class Base { constructor() { this.made = true; } }
console.log(msg(function () { class D extends Base { constructor() { this.x = 1; super(); } } return new D().x; }));
console.log(msg(function () { class D extends Base { constructor() { super(); this.x = 1; } } return new D().x + " " + new D().made; }));
console.log(msg(function () { class D extends Base { constructor() { return; } } return new D(); }));
console.log(msg(function () { class D extends Base { constructor() { return {custom: 1}; } } return new D().custom; }));
