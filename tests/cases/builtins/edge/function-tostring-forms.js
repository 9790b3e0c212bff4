// Function.prototype.toString for every function form returns the exact source text; natives print [native code].
function decl(a, b) { return a + b; }
var expr = function named() {};
var arrow = (x) => x * 2;
var asyncFn = async function () {};
var gen = function* g() { yield 1; };
var obj = { method() { return 1; }, get acc() { return 2; }, ['comp' + 'uted']() {}, async *ag() {} };
class K { constructor(x) { this.x = x; } static s() {} m() {} }
[decl, expr, arrow, asyncFn, gen, obj.method, Object.getOwnPropertyDescriptor(obj, 'acc').get, obj.computed, obj.ag, K, K.s, K.prototype.m].forEach(function (f) { console.log(f.toString()); });
console.log(Math.max.toString(), String(Function.prototype), decl.bind(null).toString(), String(class {}));
console.log(new Function('a', 'b', 'return a').toString());
console.log(new Function().toString());
