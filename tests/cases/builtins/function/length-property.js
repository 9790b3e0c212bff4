// length counts parameters before the first default or rest parameter.
console.log((function () {}).length, (function (a) {}).length, (function (a, b, c) {}).length);
console.log((function (a, b = 1, c) {}).length, (function (...r) {}).length, (function (a, ...r) {}).length);
console.log((function ({ a }, [b]) {}).length, ((a, b) => 0).length, (async function (x) {}).length);
var d = Object.getOwnPropertyDescriptor(function (a) {}, "length");
console.log(d.value, d.writable, d.enumerable, d.configurable);
function f(a, b) {}
f.length = 10;
console.log(f.length, delete f.length, f.length, f.hasOwnProperty("length"), Object.getPrototypeOf(f).length);
class K { constructor(a, b) {} }
console.log(K.length, ({ m(x) {} }).m.length);
