// Classes: constructors, methods, accessors, static methods, extends and super, default
// constructors, new.target, named class expressions, calling a class without new.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
  get upper() { return this.name.toUpperCase(); }
  static create(n) { return new this(n); }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = "dog"; }
  speak() { return super.speak() + " (woof)"; }
}
class Puppy extends Dog {}
const d = new Dog("Rex");
const p = Puppy.create("Bit");
console.log(d.speak(), d.upper, d.kind, p.speak(), p instanceof Animal, Object.keys(d).join());
console.log(typeof Animal, Animal.name, Dog.name, Object.getPrototypeOf(Dog) === Animal, Animal.prototype.constructor === Animal);
try { Animal(); } catch (e) { console.log(e.name, e.message); }
const E = class Named { who() { return Named.name; } };
console.log(new E().who(), Object.getOwnPropertyNames(Animal.prototype).join());
class Base { constructor() { this.t = new.target.name; } }
class Child extends Base {}
console.log(new Child().t);
