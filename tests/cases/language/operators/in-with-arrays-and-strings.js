// in on arrays checks indices and properties; strings need wrapping.
var a = ["x", "y"];
console.log(0 in a, "0" in a, 1.0 in a, 2 in a, -1 in a);
console.log("length" in a, "indexOf" in a, "map" in a);
a[5] = "z";
console.log(3 in a, 5 in a, a.length);
delete a[0];
console.log(0 in a, a.length);
var s = new String("hi");
console.log(0 in s, 2 in s, "length" in s, "charAt" in s);
try { 0 in "hi"; } catch (e) { console.log(e.name); }
console.log("prototype" in Array, "isArray" in Array, "from" in Object === ("from" in Object));
