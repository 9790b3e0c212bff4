// The string iterator yields code points, keeping surrogate pairs together.
var s = "a\uD83D\uDE00b\uD800c";
var parts = [];
for (var ch of s) parts.push(ch.length);
console.log(parts.join(","), s.length, Array.from(s).length, [...s].length);
var it = s[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), it.next().value, it.next().value.length);
console.log(typeof String.prototype[Symbol.iterator], String.prototype[Symbol.iterator].name);
var e = ""[Symbol.iterator]().next();
console.log(e.done, e.value);
try { String.prototype[Symbol.iterator].call(null); } catch (err) { console.log(err.name, err.message); }
