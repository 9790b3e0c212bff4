// How console.log shows generators and generator functions.
function* g() { yield 1; }
const anon = function* () {};
console.log(g, anon, g());
console.log([g], { g });
console.log(Object.getPrototypeOf(g));
class C { *m() {} }
console.log(C.prototype.m);
