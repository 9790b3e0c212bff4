// for-in over functions, built-ins and objects with non-enumerable properties.
function f() {}
f.custom = 1;
var keys = [];
for (var k in f) keys.push(k);
console.log(keys.join(","));
keys = [];
for (k in Math) keys.push(k);
console.log(keys.length);
keys = [];
for (k in new Error("x")) keys.push(k);
console.log(keys.length);
var o = Object.create({ inherited: 1 }, { visible: { value: 1, enumerable: true }, hidden: { value: 2 } });
keys = [];
for (k in o) keys.push(k);
console.log(keys.join(","));
keys = [];
for (k in arguments) keys.push(k);
console.log(keys.length);
(function () { var ks = []; for (var x in arguments) ks.push(x); console.log(ks.join(",")); })("a", "b");
