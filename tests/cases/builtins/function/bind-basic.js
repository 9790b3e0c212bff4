// bind fixes this and leading arguments; the bound function has a derived name and length.
function add(a, b, c) { return this.base + a + b + c; }
var bound = add.bind({ base: 100 }, 1);
console.log(bound(2, 3), bound.name, bound.length, typeof bound.prototype);
var more = bound.bind(null, 2);
console.log(more(3), more.name, more.length);
console.log(add.bind(null, 1, 2, 3, 4, 5).length, add.bind().length);
var anon = (function () {}).bind();
console.log(JSON.stringify(anon.name), (() => 1).bind().name);
var o = { m: function () { return this === o; } };
console.log(o.m.bind(o)(), o.m.bind(null).call(o));
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.name, e.message); }
console.log(Function.prototype.bind.length, Object.prototype.toString.call(bound));
