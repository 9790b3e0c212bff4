// Annex B __defineGetter__ and __defineSetter__ define enumerable configurable accessors.
var o = {};
o.__defineGetter__("x", function () { return "got"; });
o.__defineSetter__("x", function (v) { this.stored = v; });
o.x = 5;
console.log(o.x, o.stored);
var d = Object.getOwnPropertyDescriptor(o, "x");
console.log(d.enumerable, d.configurable, typeof d.get, typeof d.set);
console.log(o.__lookupGetter__("x") === d.get, o.__lookupSetter__("x") === d.set);
var child = Object.create(o);
console.log(typeof child.__lookupGetter__("x"), child.__lookupGetter__("nope"), ({ y: 1 }).__lookupGetter__("y"));
try { o.__defineGetter__("y", 1); } catch (e) { console.log(e.name, e.message); }
try { Object.freeze(o).__defineGetter__("z", function () {}); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.length);
