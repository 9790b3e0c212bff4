// Symbol.for uses a global registry; keyFor returns the key of registered symbols only.
var a = Symbol.for("app"), b = Symbol.for("app");
console.log(a === b, Symbol.keyFor(a), Symbol.keyFor(Symbol("app")), a.description);
console.log(Symbol.for() === Symbol.for("undefined"), Symbol.keyFor(Symbol.for()));
console.log(Symbol.keyFor(Symbol.iterator), Symbol.for("app") !== Symbol("app"));
try { Symbol.keyFor("app"); } catch (e) { console.log(e.name, e.message); }
console.log(Symbol.for.length, Symbol.keyFor.length, Symbol.for(1) === Symbol.for("1"));
