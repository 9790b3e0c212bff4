// Circular structures throw a TypeError describing the cycle; shared references are fine.
function attempt(v) {
  try { return JSON.stringify(v); } catch (e) { return e.name + ": " + e.message; }
}
var a = { name: "a" };
a.self = a;
console.log(attempt(a));
var arr = [1];
arr.push(arr);
console.log(attempt(arr));
var x = { y: { z: {} } };
x.y.z.back = x;
console.log(attempt(x));
var shared = { s: 1 };
console.log(attempt({ p: shared, q: shared, r: [shared, shared] }));
function Node(v) { this.v = v; }
var n = new Node(1);
n.next = new Node(2);
n.next.next = n;
console.log(attempt(n));
var viaToJSON = { toJSON: function () { return { inner: viaToJSON }; } };
console.log(attempt(viaToJSON));
