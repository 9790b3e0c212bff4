// String.prototype.matchAll needs a global regexp and yields exec results lazily.
var it = "a1b22c333".matchAll(/(\d)(\d)?/g);
var r;
while (!(r = it.next()).done) console.log(r.value[0], r.value[1], r.value[2], r.value.index);
console.log(Object.prototype.toString.call("x".matchAll(/x/g)), typeof it[Symbol.iterator]);
try { "x".matchAll(/x/); } catch (e) { console.log(e.name + ": " + e.message); }
console.log([..."aXbX".matchAll("X")].map(function (m) { return m.index; }).join(","));
console.log([..."a.b.".matchAll(".")].length);
var re = /o/g;
re.lastIndex = 3;
console.log([..."foo boo".matchAll(re)].map(function (m) { return m.index; }).join(","), re.lastIndex);
console.log([..."\ud83d\ude00".matchAll(/(?:)/gu)].length, [..."\ud83d\ude00".matchAll(/(?:)/g)].length);
