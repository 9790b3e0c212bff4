// The target reference is evaluated before the right-hand side; the value is the assigned one.
var log = [];
function k(name) { log.push(name); return name; }
var o = {};
o[k("key")] = k("value");
console.log(log.join(","), o.key);
var x = 1;
x = (x = 5) + x;
console.log(x);
var y = 1;
y += (y = 10);
console.log(y);
var a = [0, 0, 0];
var i = 0;
a[i++] = i++;
console.log(a.join(","), i);
var p, q, r;
p = q = r = 7;
console.log(p, q, r);
var obj = { v: 1 };
var result = (obj.v = 2) * 3;
console.log(result, obj.v);
var z = 1;
var w = z + (z = 100);
console.log(w, z);
