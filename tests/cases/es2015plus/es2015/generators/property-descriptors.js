// Property attributes of the generator intrinsics.
function* g() {}
const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return x && [x.writable, x.enumerable, x.configurable].join(); };
const GFP = Object.getPrototypeOf(g), GP = GFP.prototype, GF = GFP.constructor;
console.log('g.prototype', d(g, 'prototype'), 'g.name', d(g, 'name'), 'g.length', d(g, 'length'));
console.log('GF.prototype', d(GF, 'prototype'), 'GFP.prototype', d(GFP, 'prototype'), 'GFP.constructor', d(GFP, 'constructor'));
console.log('GP.constructor', d(GP, 'constructor'), 'GP.next', d(GP, 'next'), 'GP.return', d(GP, 'return'), 'GP.throw', d(GP, 'throw'));
console.log('tags', d(GP, Symbol.toStringTag), d(GFP, Symbol.toStringTag));
console.log(GP.next.length, GP.return.length, GP.throw.length, GP.next.name, GP.return.name, GP.throw.name);
