// Objects used as keys are converted to strings, so distinct objects collide.
var map = {};
var k1 = {}, k2 = { name: "two" };
map[k1] = "first";
map[k2] = "second";
console.log(Object.keys(map).length, map[k1], Object.keys(map)[0]);
var arrKey = [1, 2];
map[arrKey] = "array";
console.log(map["1,2"]);
var fnKey = function () {};
map[fnKey] = "function";
console.log(Object.keys(map).length);
var custom = { toString: function () { return "custom-key"; } };
map[custom] = "c";
console.log(map["custom-key"], Object.keys(map).join(" | ").length > 0);
var ids = [], objs = [{}, {}, {}];
for (var i = 0; i < objs.length; i++) { objs[i].__id = i; ids.push(objs[i].__id); }
console.log(ids.join(","));
