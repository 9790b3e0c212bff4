// Circular references: <ref *1> and [Circular *1], several of them numbered.
var util = require('util');
var a = { name: 'a' };
a.self = a;
console.log(util.inspect(a));
var b = { name: 'b' };
var c = { name: 'c', b: b };
b.c = c;
b.arr = [b, c];
console.log(util.inspect(b));
var arr = [1];
arr.push(arr);
console.log(util.inspect(arr));
var x = {};
var y = { x: x };
x.y = y;
x.z = { x: x, y: y };
console.log(util.inspect(x));
