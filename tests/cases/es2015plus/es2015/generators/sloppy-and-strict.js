// Generators in sloppy and strict code: this coercion, arguments mapping, with.
function* sloppy() { yield typeof this; yield this === undefined; }
function* strict() { 'use strict'; yield typeof this; yield this === undefined; }
console.log([...sloppy()], [...strict()], [...sloppy.call(1)], [...strict.call(1)]);
function* withGen(o) { with (o) { yield x; x = 'set'; yield x; } }
const o = { x: 'orig' };
console.log([...withGen(o)], o.x);
