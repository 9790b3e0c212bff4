// The JSON object itself: its methods, descriptors and @@toStringTag.
console.log(typeof JSON, String(JSON), Object.getPrototypeOf(JSON) === Object.prototype);
console.log(Object.getOwnPropertyNames(JSON).sort().join(","));
var d = Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag);
console.log(d.value, d.writable, d.enumerable, d.configurable);
var p = Object.getOwnPropertyDescriptor(JSON, "parse");
console.log(p.writable, p.enumerable, p.configurable);
try { new JSON.parse("1"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON(); } catch (e) { console.log(e.name + ": " + e.message); }
var g = Object.getOwnPropertyDescriptor(globalThis, "JSON");
console.log(g.writable, g.enumerable, g.configurable);
