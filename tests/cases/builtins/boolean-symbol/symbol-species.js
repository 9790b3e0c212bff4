// Symbol.species lets subclasses choose the constructor used by derived-object methods.
class MyArr extends Array {}
var m = MyArr.from([1, 2, 3]);
console.log(m instanceof MyArr, m.map(function (x) { return x; }) instanceof MyArr, m.filter(Boolean) instanceof MyArr);
class Plain extends Array { static get [Symbol.species]() { return Array; } }
var p = Plain.from([1, 2]);
console.log(p instanceof Plain, p.map(function (x) { return x; }) instanceof Plain, p.slice() instanceof Array);
var d = Object.getOwnPropertyDescriptor(Array, Symbol.species);
console.log(typeof d.get, d.set, Array[Symbol.species] === Array, d.get.name);
console.log(Map[Symbol.species] === Map, Promise[Symbol.species] === Promise, RegExp[Symbol.species] === RegExp);
