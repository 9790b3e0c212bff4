// Symbols as keys everywhere: defineProperty, Object.assign, JSON, for-in, spread, Reflect-free enumeration.
var s = Symbol('k'), g = Symbol.for('global');
var o = {};
Object.defineProperty(o, s, { value: 1, enumerable: false });
o[g] = 2;
console.log(Object.getOwnPropertySymbols(o).length, o.propertyIsEnumerable(s), o.propertyIsEnumerable(g), JSON.stringify(Object.assign({}, o)), Object.assign({}, o)[g]);
console.log(Object.keys(o).length, JSON.stringify(o), s in o, o.hasOwnProperty(g), Object.getOwnPropertyDescriptor(o, s).value);
var frozen = Object.freeze(o);
(function () { 'use strict'; try { frozen[g] = 3; } catch (e) { console.log(e.name, e.message); } })();
console.log(Symbol.keyFor(g), g.toString(), Object(s).description, Object(s) == s, typeof Object(s).valueOf());
try { Symbol.prototype.toString.call('x'); } catch (e) { console.log(e.name, e.message); }
try { Symbol() + 1; } catch (e) { console.log(e.name, e.message); }
console.log([Symbol.iterator, Symbol.asyncIterator].map(function (x) { return x.description; }).join());
