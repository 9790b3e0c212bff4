// Function instance properties: name inference, name/length configurable, arguments/caller on sloppy functions, toString of bound.
var anon = function () {};
var obj = { m: function () {}, ['c' + 'k']: function () {}, get g() { return 1; } };
console.log(anon.name, obj.m.name, obj.ck.name, Object.getOwnPropertyDescriptor(obj, 'g').get.name, (function () {}).name === '', new Function().name);
function f(a, b) {}
Object.defineProperty(f, 'name', { value: 'renamed' });
delete f.length;
console.log(f.name, f.length, f.hasOwnProperty('length'), Function.prototype.length);
console.log('caller' in f, (function () { 'use strict'; }).hasOwnProperty('caller'));
console.log(typeof Function.prototype.call.name, f.bind().name, (() => {}).bind().name);
var sym = Symbol('desc');
var holder = { [sym]: function () {}, [Symbol()]: function () {} };
console.log(holder[sym].name, JSON.stringify(holder[Object.getOwnPropertySymbols(holder)[1]].name));
