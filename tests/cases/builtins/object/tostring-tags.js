// Object.prototype.toString reports the built-in tag or Symbol.toStringTag.
var ts = Object.prototype.toString;
console.log(ts.call(undefined), ts.call(null), ts.call(1), ts.call("s"), ts.call(true));
console.log(ts.call([]), ts.call(function () {}), ts.call(new Date(0)), ts.call(/x/), ts.call(new Error()));
console.log(ts.call(arguments), ts.call(Symbol()), ts.call(Math), ts.call(JSON), ts.call(new Map()));
console.log(ts.call(Promise.resolve()), ts.call(function* () {}), ts.call(new Uint8Array(1)));
var tagged = {};
tagged[Symbol.toStringTag] = "Custom";
console.log(ts.call(tagged), String(tagged));
var numTag = [];
numTag[Symbol.toStringTag] = 5;
console.log(ts.call(numTag));
class Thing { get [Symbol.toStringTag]() { return "Thing"; } }
console.log(String(new Thing()), ts.call(Object.create(null)));
