// String objects versus string primitives.
var p = "text";
var w = new String("text");
console.log(typeof p, typeof w, p == w, p === w, w instanceof String);
console.log(w.length, w.charAt(0), w + "!", w.valueOf() === p);
console.log(new String("a") == new String("a"), new String("") ? "truthy" : "falsy");
w.extra = 1;
console.log(w.extra, Object.keys(w).join(","));
console.log(String(w), w.toString() === "text", typeof String(w));
console.log(Object.prototype.toString.call(w), Object.prototype.toString.call(p));
var keys = [];
for (var k in new String("ab")) keys.push(k);
console.log(keys.join(","));
