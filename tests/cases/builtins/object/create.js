// Object.create sets the prototype and optional property descriptors.
var proto = { greet: function () { return "hi " + this.name; } };
var o = Object.create(proto, { name: { value: "ann", enumerable: true } });
console.log(o.greet(), Object.getPrototypeOf(o) === proto, Object.keys(o).join(","));
var bare = Object.create(null);
console.log(Object.getPrototypeOf(bare), typeof bare.toString, "toString" in bare);
bare.x = 1;
console.log(Object.keys(bare).join(","), Object.prototype.hasOwnProperty.call(bare, "x"));
try { Object.create(5); } catch (e) { console.log(e.name, e.message); }
try { Object.create(); } catch (e) { console.log(e.name, e.message); }
try { Object.create({}, { x: 1 }); } catch (e) { console.log(e.name, e.message); }
console.log(Object.create(Array.prototype) instanceof Array, Object.create.length);
