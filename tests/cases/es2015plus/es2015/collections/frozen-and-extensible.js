const m = Object.freeze(new Map());
m.set('still', 'works');
console.log(m.get('still'), Object.isFrozen(m), m.size);
const s = new Set([1]);
Object.preventExtensions(s);
s.add(2);
console.log(s.size);
