// A generator's [[Prototype]] is read from the function's prototype property at each call.
function* g() { yield 1; }
const proto = Object.create(Object.getPrototypeOf(g.prototype));
proto.extra = 'extra';
g.prototype = proto;
const it = g();
console.log(it.extra, Object.getPrototypeOf(it) === proto, [...it]);
g.prototype = null;
const it2 = g();
console.log(Object.getPrototypeOf(it2) === Object.getPrototypeOf(g).prototype, it2.next());
