// splice on sparse arrays keeps holes in both the result and the array.
var a = [0, , 2, , 4];
var r = a.splice(1, 2);
console.log(r.length, 0 in r, 1 in r, a.length, a.join(","));
console.log(1 in a, 2 in a);
var b = [, , ,];
b.splice(1, 0, "x");
console.log(b.length, 0 in b, 1 in b, 2 in b, b[1]);
var o = { length: 3, 2: "z" };
var got = Array.prototype.splice.call(o, 0, 2);
console.log(got.length, o.length, o[0], 1 in o, 2 in o);
