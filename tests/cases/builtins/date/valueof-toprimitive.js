// Date's @@toPrimitive: default hint is string, so + concatenates while - and < use numbers.
var d = new Date(Date.UTC(2000, 0, 1));
console.log(typeof (d + 1), d - 0, d * 1, d < new Date(Date.UTC(2000, 0, 2)), d == d.toString());
console.log(d[Symbol.toPrimitive]("number"), d[Symbol.toPrimitive]("default") === d.toString());
console.log(d[Symbol.toPrimitive]("string") === d.toString());
try { d[Symbol.toPrimitive]("other"); } catch (e) { console.log(e.name + ": " + e.message); }
try { d[Symbol.toPrimitive](); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype[Symbol.toPrimitive].call(1, "number"); } catch (e) { console.log(e.name + ": " + e.message); }
var desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(desc.writable, desc.enumerable, desc.configurable, desc.value.name, desc.value.length);
console.log(JSON.stringify([d]), `${d}`.slice(0, 15), [d].join().slice(0, 15));
