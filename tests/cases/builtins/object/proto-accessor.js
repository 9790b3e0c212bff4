// Annex B __proto__ is an accessor on Object.prototype that reads and sets the prototype.
var d = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
var p = { tag: "p" };
var o = {};
o.__proto__ = p;
console.log(o.tag, o.__proto__ === p, Object.getPrototypeOf(o) === p);
o.__proto__ = 5;
console.log(Object.getPrototypeOf(o) === p);
o.__proto__ = null;
console.log(Object.getPrototypeOf(o), o.__proto__);
var bare = Object.create(null);
bare.__proto__ = p;
console.log(Object.getPrototypeOf(bare), bare.__proto__ === p, Object.keys(bare).join(","));
try { p.__proto__ = Object.create(p); } catch (e) { console.log(e.name, e.message); }
console.log((1).__proto__ === Number.prototype, d.set.call(1, {}));
try { d.get.call(null); } catch (e) { console.log(e.name, e.message); }
