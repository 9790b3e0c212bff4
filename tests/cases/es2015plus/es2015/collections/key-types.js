const m = new Map();
const keys = [1, '1', true, 'true', null, 'null', undefined, 'undefined', 0, '', false, Symbol.iterator, [], {}, () => {}];
keys.forEach((k, i) => m.set(k, i));
console.log(m.size);
console.log(keys.map(k => m.get(k)).join(','));
m.set(1e21, 'big').set(2 ** 53, 'pow');
console.log(m.get(1000000000000000000000), m.get(9007199254740992), m.get(-1), m.get(0.1 + 0.2), m.get(0.30000000000000004));
m.set(0.1 + 0.2, 'float');
console.log(m.get(0.30000000000000004), m.get(0.3));
