// Callable proxies: the apply trap for calls (this, arguments array), the construct trap for new (newTarget), bound and methods.
function sum(a, b) { return a + b; }
const logged = new Proxy(sum, {
  apply(target, thisArg, args) { return 'apply(' + args.join(',') + ')=' + Reflect.apply(target, thisArg, args) + (thisArg ? ' this=' + thisArg.tag : ''); },
});
console.log(logged(1, 2), logged.call({ tag: 'T' }, 3, 4), logged.apply(null, [5, 6]), logged.bind(null, 7)(8), typeof logged, logged.name, logged.length);
const obj = { tag: 'method', logged };
console.log(obj.logged(1, 1));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const P = new Proxy(Point, {
  construct(target, args, newTarget) { const o = Reflect.construct(target, args.map(v => v * 2), newTarget); o.viaTrap = newTarget === P; return o; },
});
const pt = new P(1, 2);
console.log(pt.x, pt.y, pt.viaTrap, pt instanceof Point, Object.getPrototypeOf(pt) === Point.prototype);
class Sub extends P {}
const s = new Sub(3, 4);
console.log(s.x, s instanceof Sub, s.viaTrap);
const noTrap = new Proxy(function () { return this; }, {});
console.log(noTrap.call('str') === 'str' || typeof noTrap.call('str'), new (new Proxy(Date, {}))(0).getTime());
try { logged.prototype.constructor === sum ? console.log('prototype reached target') : 0; } catch (e) { console.log(e.message); }
