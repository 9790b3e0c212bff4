// this and arguments inside generators.
function* g() { yield this === globalThis; yield arguments.length; yield arguments[1]; arguments[0] = 'changed'; yield arguments[0]; }
console.log([...g('a', 'b', 'c')]);
function* s() { 'use strict'; yield this; }
console.log([...s()], [...s.call(5)]);
const obj = { name: 'obj', *m() { yield this.name; yield arguments[0]; } };
console.log([...obj.m('arg')]);
function* mapped(a) { a = 'new'; yield arguments[0]; arguments[0] = 'again'; yield a; }
console.log([...mapped('old')]);
