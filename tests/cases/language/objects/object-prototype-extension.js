// Adding to Object.prototype affects every object, including enumeration; removal undoes it.
Object.prototype.extra = "everywhere";
var o = { own: 1 };
console.log(o.extra, [].extra, (function () {}).extra, "s".extra, (5).extra);
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(","), Object.keys(o).join(","));
console.log(Object.create(null).extra);
Object.defineProperty(Object.prototype, "hidden", { value: "not enumerable", configurable: true, writable: true });
keys = [];
for (k in o) keys.push(k);
console.log(keys.join(","), o.hidden);
delete Object.prototype.extra;
delete Object.prototype.hidden;
console.log(o.extra, o.hidden, "extra" in o);
