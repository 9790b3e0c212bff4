// bind: partial application, length never negative, name prefixes, bound constructors, bound of bound.
function f(a, b, c) { return [this && this.tag, a, b, c].join(','); }
var b1 = f.bind({ tag: 'T' }, 1);
var b2 = b1.bind({ tag: 'ignored' }, 2);
console.log(b1(9, 8), b2(3), b1.length, b2.length, b2.name, f.bind(null, 1, 2, 3, 4).length);
function P(x, y) { this.x = x; this.y = y; }
var BP = P.bind({ ignored: true }, 10);
var p = new BP(20);
console.log(p.x, p.y, p instanceof P, p instanceof BP, 'prototype' in BP);
var lengthy = function () {};
Object.defineProperty(lengthy, 'length', { value: -5 });
console.log(lengthy.bind().length);
Object.defineProperty(lengthy, 'length', { value: 2.7 });
console.log(lengthy.bind(null, 1).length);
Object.defineProperty(lengthy, 'length', { value: Infinity });
console.log(lengthy.bind(null, 1).length);
Object.defineProperty(lengthy, 'name', { value: 42 });
console.log(JSON.stringify(lengthy.bind().name));
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.name, e.message); }
var arrowBound = (() => this).bind({ x: 1 });
console.log(arrowBound() === this);
