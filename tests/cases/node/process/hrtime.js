var t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]), t[1] < 1e9);
var d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0, d[0] < 5);
try { process.hrtime(1); } catch (e) { console.log(e.name, e.code); }
