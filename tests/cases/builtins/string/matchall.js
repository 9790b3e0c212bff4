// matchAll iterates over every match with its captures and indexes.
var out = [];
for (var m of "a1b22c333".matchAll(/(\d+)/g)) out.push(m[1] + "@" + m.index);
console.log(out.join(" "));
var it = "xx".matchAll("x");
console.log(Object.prototype.toString.call(it), it.next().value.index, it.next().value.index, it.next().done);
try { "abc".matchAll(/b/); } catch (e) { console.log(e.name, e.message); }
console.log(Array.from("aXbX".matchAll(/X/g), function (m) { return m.index; }).join(","));
console.log(String.prototype.matchAll.length);
