// length is one more than the largest index; setting it truncates or extends.
var a = [1, 2, 3];
a[9] = 10;
console.log(a.length, a[5], 5 in a);
a.length = 2;
console.log(a.length, a.join(","), 9 in a, a[9]);
a.length = 5;
console.log(a.length, a.join(","), 3 in a);
a["length"] = "3";
console.log(a.length);
try { a.length = -1; } catch (e) { console.log(e.name, e.message); }
try { a.length = 1.5; } catch (e) { console.log(e.name); }
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
var b = [];
b[4294967294] = "last";
console.log(b.length);
b.x = 1;
console.log(b.length, Object.keys(b).length);
