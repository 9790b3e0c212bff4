// The Array constructor: one numeric argument sets length, anything else becomes elements.
var a = new Array(3);
console.log(a.length, 0 in a, a.join("."));
var b = new Array(3, 4);
console.log(b.length, b.join(","));
var c = new Array("3");
console.log(c.length, c[0], typeof c[0]);
var d = Array(2);
console.log(d.length, Array(1, 2, 3).join(""));
console.log(Array().length, new Array().length);
try { new Array(1.5); } catch (e) { console.log(e.name); }
console.log(Array.isArray(a), Array.isArray({ length: 0 }), Array.isArray(Array.prototype));
console.log(Array.prototype.length, [].constructor === Array);
