// Function.prototype.toString of generator functions and methods.
function* decl(a, b) { yield a + b; }
const expr = function* named() {};
const anon = function* () {};
const obj = { *method() { yield 1; } };
class C { static *gen() {} }
console.log(decl.toString());
console.log(String(expr), String(anon));
console.log(expr.name, anon.name, obj.method.name, C.gen.name);
