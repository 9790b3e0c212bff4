// Assigning to a name that exists on the prototype: data shadows, setters run, read-only blocks.
var proto = {};
Object.defineProperty(proto, "ro", { value: "proto ro", writable: false });
Object.defineProperty(proto, "acc", { set: function (v) { this.accStore = v; }, get: function () { return "acc:" + this.accStore; } });
proto.plain = "proto plain";
var o = Object.create(proto);
o.plain = "own plain";
o.ro = "attempt";
o.acc = "via setter";
console.log(o.plain, proto.plain);
console.log(o.ro, o.hasOwnProperty("ro"));
console.log(o.acc, o.hasOwnProperty("acc"), o.accStore);
Object.defineProperty(o, "ro", { value: "defined own", writable: true });
console.log(o.ro, proto.ro);
var frozenProto = Object.freeze({ x: 1 });
var child = Object.create(frozenProto);
child.x = 2;
child.y = 3;
console.log(child.x, child.y);
