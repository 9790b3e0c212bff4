// Proxies as prototypes: lookups that miss the object reach the get/has traps with the original receiver.
const log = [];
const protoProxy = new Proxy({ inherited: 'from target' }, {
  get(t, k, receiver) { log.push('get ' + String(k) + (receiver === child ? ' (receiver=child)' : '')); return Reflect.get(t, k, receiver); },
  has(t, k) { log.push('has ' + String(k)); return Reflect.has(t, k); },
  set(t, k, v, receiver) { log.push('set ' + String(k)); return Reflect.set(t, k, v, receiver); },
});
const child = Object.create(protoProxy);
child.own = 1;
console.log(child.own, child.inherited, child.missing, 'inherited' in child, 'own' in child);
child.newProp = 5;
console.log(Object.keys(child).join(), log.join(' | '));
for (let i = 0; i < 3; i++) child.inherited;
console.log(log.filter(l => l === 'get inherited (receiver=child)').length);
class Base {}
const ProxiedBase = new Proxy(Base, {});
class Derived extends ProxiedBase { hi() { return 'hi'; } }
console.log(new Derived().hi(), new Derived() instanceof Base, new Derived() instanceof ProxiedBase);
const fake = new Proxy({}, { getPrototypeOf: () => Array.prototype });
console.log(fake instanceof Array, Array.prototype.isPrototypeOf(fake));
