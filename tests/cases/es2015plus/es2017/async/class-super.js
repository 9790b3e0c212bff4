// Async methods calling super methods.
class A { async greet() { await null; return 'A'; } }
class B extends A { async greet() { var base = await super.greet(); return base + 'B'; } }
new B().greet().then(function (v) { console.log(v); });
