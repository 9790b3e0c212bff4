// Every trap fires for the operation it intercepts; the log shows the arguments each receives.
const log = [];
const target = { a: 1 };
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'defineProperty', 'getOwnPropertyDescriptor', 'ownKeys', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) {
  handler[trap] = function (...args) {
    log.push(trap + '(' + args.slice(1).map(a => typeof a === 'object' && a !== null ? (a === p ? 'proxy' : JSON.stringify(a)) : String(a)).join(', ') + ')');
    return Reflect[trap](...args);
  };
}
const p = new Proxy(target, handler);
p.a; p.b = 2; 'a' in p; delete p.b; Object.defineProperty(p, 'c', { value: 3, configurable: true });
Object.getOwnPropertyDescriptor(p, 'a'); Object.keys(p); Object.getPrototypeOf(p); Object.setPrototypeOf(p, Object.prototype);
Object.isExtensible(p); Object.preventExtensions(p);
console.log(log.join('\n'));
