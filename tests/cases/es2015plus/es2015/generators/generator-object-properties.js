// Generator objects are ordinary extensible objects.
function* g() { yield this; }
const it = g();
it.custom = 'own';
console.log(Object.keys(it), it.custom, Object.isExtensible(it), JSON.stringify(it));
console.log(Object.getOwnPropertyNames(it).length, 'next' in it, it.hasOwnProperty('next'));
