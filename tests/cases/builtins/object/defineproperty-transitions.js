// Configurable properties can change between data and accessor and change attributes.
var o = {};
Object.defineProperty(o, "p", { value: 1, configurable: true });
Object.defineProperty(o, "p", { get: function () { return "acc"; } });
var d = Object.getOwnPropertyDescriptor(o, "p");
console.log(o.p, d.configurable, d.enumerable, "value" in d, typeof d.get);
Object.defineProperty(o, "p", { value: 2 });
d = Object.getOwnPropertyDescriptor(o, "p");
console.log(o.p, d.writable, d.configurable, "get" in d);
Object.defineProperty(o, "q", { value: 1, writable: true });
Object.defineProperty(o, "q", { value: 5 });
Object.defineProperty(o, "q", { writable: false });
console.log(o.q, Object.getOwnPropertyDescriptor(o, "q").writable);
try { Object.defineProperty(o, "q", { writable: true }); } catch (e) { console.log(e.name, e.message); }
var key = { toString: function () { return "fromKey"; } };
Object.defineProperty(o, key, { value: "k", enumerable: true });
console.log(o.fromKey, Object.keys(o).join(","));
