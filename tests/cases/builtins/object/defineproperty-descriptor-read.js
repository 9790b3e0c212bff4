// ToPropertyDescriptor reads fields in spec order, including inherited ones.
var log = [];
var desc = {};
["enumerable", "configurable", "value", "writable", "get", "set"].forEach(function (k) {
  Object.defineProperty(desc, k, { get: function () { log.push(k); return k === "value" ? 1 : undefined; } });
});
try { Object.defineProperty({}, "x", desc); } catch (e) { console.log(e.name); }
console.log(log.join(","));
var inherited = Object.create({ value: "from proto", enumerable: true });
var o = Object.defineProperty({}, "y", inherited);
console.log(o.y, Object.keys(o).join(","));
var truthy = { writable: "yes", enumerable: 1, configurable: {} };
var d = Object.getOwnPropertyDescriptor(Object.defineProperty({}, "z", truthy), "z");
console.log(d.writable, d.enumerable, d.configurable, d.value);
