// util.inherits sets the prototype chain and super_ (non-enumerable).
var util = require('util');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
Dog.prototype.bark = function () { return 'woof'; };
var d = new Dog('Rex');
console.log(d.speak(), d.bark(), d instanceof Animal, Dog.super_ === Animal);
console.log(Object.keys(Dog).length, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(Dog.prototype.constructor === Dog);
