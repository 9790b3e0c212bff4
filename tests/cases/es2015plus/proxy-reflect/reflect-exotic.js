// Reflect on exotic objects: arrays, strings, typed arrays, functions, arguments.
const arr = [1, 2];
console.log(Reflect.defineProperty(arr, 'length', { value: 5 }), arr.length, Reflect.ownKeys(arr));
console.log(Reflect.defineProperty(arr, '0', { value: 9, writable: false }), Reflect.set(arr, '0', 3), arr[0]);
console.log(Reflect.deleteProperty(arr, '0'), Reflect.deleteProperty(arr, '1'), arr);
const s = new String('hi');
console.log(Reflect.ownKeys(s), Reflect.getOwnPropertyDescriptor(s, '1'), Reflect.set(s, '0', 'x'), s[0]);
const ta = new Uint8Array(3);
console.log(Reflect.ownKeys(ta), Reflect.set(ta, 1, 300), ta[1], Reflect.set(ta, 7, 1), Reflect.has(ta, 7));
console.log(Reflect.defineProperty(ta, '5', { value: 1 }), Reflect.deleteProperty(ta, '0'));
const g = function (a, b) { 'use strict'; }; // sloppy functions' own arguments/caller are another issue
console.log(Reflect.ownKeys(g), Reflect.getOwnPropertyDescriptor(g, 'length'));
class C { static s() {} m() {} }
console.log(Reflect.ownKeys(C), Reflect.ownKeys(C.prototype));
(function () { console.log(Reflect.ownKeys(arguments), Reflect.has(arguments, 'callee')); })(1, 2);
const sym = Symbol('k');
const o = { b: 1, 2: 0, a: 2, 1: 0, [sym]: 3 };
console.log(Reflect.ownKeys(o));
console.log(Reflect.get(Reflect, Symbol.toStringTag), Reflect.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag));
