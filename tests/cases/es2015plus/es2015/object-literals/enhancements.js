// Object literal enhancements: shorthand properties and methods, computed keys, __proto__, duplicate keys.
const a = 1, b = 'two';
const o = { a, b, m() { return 'method'; }, ['c' + 'd']: 3, [1 + 1]: 'two', get g() { return 'getter'; } };
console.log(JSON.stringify(o), o.m(), o.g, Object.keys(o).join(','));
console.log(o.m.name, 'prototype' in o.m);
try { new o.m(); } catch (e) { console.log(e.constructor.name, e.message); }
const withProto = { __proto__: { inherited: 'yes' }, own: 1 };
console.log(withProto.inherited, Object.keys(withProto).join(','));
const computedProto = { ['__proto__']: 'own prop' };
console.log(Object.getPrototypeOf(computedProto) === Object.prototype, computedProto.__proto__ === 'own prop' || Object.keys(computedProto).join());
const __proto__ = 'short';
const shorthandProto = { __proto__ };
console.log(Object.keys(shorthandProto).join(), Object.getPrototypeOf(shorthandProto) === Object.prototype);
const dup = { x: 1, x: 2, get y() { return 1; }, y: 3 };
console.log(dup.x, dup.y);
let i = 0;
const seq = { [i++]: i, [i++]: i };
console.log(JSON.stringify(seq));
const names = { f: function () {}, g: () => {}, ['h' + 1]: function () {}, [Symbol('s')]: function () {} };
console.log(names.f.name, names.g.name, names.h1.name, names[Object.getOwnPropertySymbols(names)[0]].name);
