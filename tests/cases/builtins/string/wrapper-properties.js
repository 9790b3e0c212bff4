// String wrappers have read-only index properties and a read-only length.
var s = new String("hi");
console.log(Object.keys(s).join(","), s.length);
var d = Object.getOwnPropertyDescriptor(s, "0");
console.log(d.value, d.writable, d.enumerable, d.configurable);
var l = Object.getOwnPropertyDescriptor(s, "length");
console.log(l.value, l.writable, l.enumerable, l.configurable);
s[0] = "X"; s.length = 9; s[5] = "extra"; s.custom = 1;
console.log(s[0], s.length, s[5], s.custom, Object.keys(s).join(","));
console.log(delete s[0], delete s.length, delete s.custom);
console.log("1" in s, "2" in s, Object.getOwnPropertyNames("ab").join(","));
var p = "prim";
p.x = 1;
console.log(p.x, p[0], p["3"], p[4], p.length);
