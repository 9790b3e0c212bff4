// new creates an object linked to F.prototype, runs F with it as this, and returns it.
function Person(name) {
  this.name = name;
  this.greet = function () { return "I am " + this.name; };
}
Person.prototype.species = "human";
var p = new Person("Ann");
console.log(p.name, p.greet(), p.species, p.constructor === Person);
console.log(Object.getPrototypeOf(p) === Person.prototype, p instanceof Person);
function Empty() {}
var e = new Empty;
console.log(typeof e, Object.keys(e).length, e.constructor === Empty);
Empty.prototype = null;
var e2 = new Empty();
console.log(Object.getPrototypeOf(e2) === Object.prototype);
try { new Math.max(); } catch (err) { console.log(err.name); }
try { new (function () {}.bind())(); console.log("bound is constructible"); } catch (err) { console.log(err.name); }
try { var x = 5; new x(); } catch (err) { console.log(err.name); }
