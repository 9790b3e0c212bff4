// Parenthesised references stay references: assignment, delete and method calls.
var o = { v: 1, m: function () { return this === o; } };
(o.v) = 2;
console.log(o.v);
(o).v = 3;
console.log(o.v);
console.log((o.m)(), (o["m"])());
var x;
(x) = 5;
console.log(x);
console.log(delete (o.v), o.v);
var arr = [1, 2, 3];
(arr[0]) += 10;
(arr[1])++;
console.log(arr.join(","));
try { eval("(1) = 2"); } catch (e) { console.log(e.name); }
try { eval("(a + b) = 2"); } catch (e) { console.log(e.name); }
