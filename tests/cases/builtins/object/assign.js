// assign copies own enumerable string and symbol properties with [[Get]] and [[Set]].
var s = Symbol("s");
var src = { a: 1, get b() { return "got"; } };
src[s] = "sym";
Object.defineProperty(src, "hidden", { value: 1, enumerable: false });
var t = Object.assign({ a: 0 }, src);
console.log(t.a, t.b, t[s], "hidden" in t, typeof Object.getOwnPropertyDescriptor(t, "b").value);
console.log(Object.keys(Object.assign({}, null, undefined, "ab", 1, true)).join(","));
var log = [];
var target = { set x(v) { log.push("set " + v); } };
Object.assign(target, { x: 1 }, { x: 2 });
console.log(log.join(","));
var order = [];
var traced = { get b() { order.push("b"); return 1; }, get a() { order.push("a"); return 2; } };
Object.assign({}, traced);
console.log(order.join(","));
try { Object.assign(null, {}); } catch (e) { console.log(e.name, e.message); }
try { Object.assign(Object.freeze({ x: 1 }), { x: 2 }); } catch (e) { console.log(e.name, e.message); }
console.log(typeof Object.assign(1, { a: 1 }), Object.assign.length);
