// Methods on prototypes versus per-instance methods, and overriding them.
function Animal(name) {
  this.name = name;
  this.own = function () { return "own " + this.name; };
}
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + " (woof)"; };
var d = new Dog("Rex"), a = new Animal("Cat");
console.log(a.speak(), d.speak(), d.own());
console.log(d.hasOwnProperty("own"), d.hasOwnProperty("speak"), "speak" in d);
d.speak = function () { return "instance override"; };
console.log(d.speak(), Dog.prototype.speak.call(d));
delete d.speak;
console.log(d.speak());
