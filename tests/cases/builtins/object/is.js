// Object.is is SameValue: NaN equals NaN and +0 differs from -0.
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is(0, 0));
console.log(Object.is("a", "a"), Object.is({}, {}), Object.is(null, undefined), Object.is());
console.log(Object.is(1, "1"), Object.is(Infinity, Infinity), Object.is(0 / 0, NaN));
var o = {};
console.log(Object.is(o, o), Object.is(Symbol.iterator, Symbol.iterator), Object.is(Symbol(), Symbol()));
console.log(Object.is.length, Object.is.name);
