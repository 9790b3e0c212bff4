// Object.assign: getters invoked once, setters on the target called, symbols copied, strings spread, exceptions stop it.
var log = [];
var src = { get a() { log.push('get a'); return 1; }, b: 2 };
var target = { set a(v) { log.push('set a ' + v); } };
Object.assign(target, src);
console.log(log.join(', '), target.b);
var sym = Symbol('s');
var r = Object.assign({}, 'abc', [9], { [sym]: 'sym' }, null, 1, true);
console.log(JSON.stringify(r), r[sym]);
var frozen = Object.freeze({ x: 1 });
try { Object.assign(frozen, { y: 2 }); } catch (e) { console.log(e.name, e.message); }
var partial = {};
try { Object.assign(partial, { a: 1 }, { get b() { throw new Error('boom'); } }, { c: 3 }); } catch (e) { console.log(e.message, JSON.stringify(partial)); }
try { Object.assign(null, {}); } catch (e) { console.log(e.name, e.message); }
var n = Object.assign(5, { a: 1 });
console.log(typeof n, n.a, n instanceof Number);
var order = Object.assign({}, { b: 1, 2: 'two', a: 1, 1: 'one' });
console.log(Object.keys(order).join());
