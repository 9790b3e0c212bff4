// extends: super() call, super.method(), prototype chains, instanceof, constructor defaulting.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + ' makes a sound'; }
  get desc() { return 'animal ' + this.name; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.tricks = []; }
  speak() { return super.speak() + ' (woof)'; }
  get desc() { return super.desc + ' (dog)'; }
}
class Puppy extends Dog {}
const p = new Puppy('Rex');
console.log(p.speak(), '|', p.desc);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, p.tricks.length);
console.log(Object.getPrototypeOf(Puppy.prototype) === Dog.prototype, Puppy.length, Dog.length);
console.log(p.constructor.name, Object.keys(p).join(','));
class Base { constructor(...a) { this.args = a.join('-'); } }
class Derived extends Base {}
console.log(new Derived(1, 2, 3).args);
