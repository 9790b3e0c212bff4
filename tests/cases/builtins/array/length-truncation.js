// Writing length truncates or extends; invalid lengths throw RangeError.
var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a.join(","), a.length, 3 in a);
a.length = 4;
console.log(a.length, 2 in a, a.join(","));
a[9] = "x";
console.log(a.length);
try { a.length = -1; } catch (e) { console.log(e.name, e.message); }
try { a.length = 2.5; } catch (e) { console.log(e.name, e.message); }
a.length = "3";
console.log(a.length, typeof a.length);
var d = Object.getOwnPropertyDescriptor(a, "length");
console.log(d.writable, d.enumerable, d.configurable);
a.length = { valueOf: function () { return 1; } };
console.log(a.length, a[0]);
