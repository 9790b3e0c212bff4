// Symbol.prototype methods: toString, valueOf, description and Symbol.toPrimitive.
var s = Symbol("p");
console.log(s.toString(), s.valueOf() === s, Object(s).valueOf() === s, s[Symbol.toPrimitive]("number") === s);
console.log(Symbol.prototype[Symbol.toStringTag], Object.prototype.toString.call(s));
try { Symbol.prototype.toString.call("x"); } catch (e) { console.log(e.name, e.message); }
try { Symbol.prototype.valueOf.call({}); } catch (e) { console.log(e.name, e.message); }
var d = Object.getOwnPropertyDescriptor(Symbol.prototype, "description");
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
try { d.get.call(1); } catch (e) { console.log(e.name, e.message); }
var tp = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
console.log(tp.writable, tp.enumerable, tp.configurable, tp.value.name, tp.value.length);
console.log(Object.getOwnPropertyNames(Symbol.prototype).sort().join(","));
