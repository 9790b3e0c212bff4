// Functions and constructed objects nested inside containers.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () {};
console.log({ pet: new Animal("rex"), ctor: Animal });
console.log([Animal, new Animal("a")]);
console.log({ list: [new Animal("x"), { inner: new Animal("y") }] });
var fnWithProps = function () {};
fnWithProps.meta = { tag: "m" };
console.log({ fn: fnWithProps });
console.log([Math.max, parseInt, Object]);
