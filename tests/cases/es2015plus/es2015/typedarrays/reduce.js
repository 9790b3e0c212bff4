var a = new Float64Array([1, 2, 3]);
console.log(a.reduce(function (s, x) { return s + x; }), a.reduce(function (s, x) { return s + x; }, 10));
console.log(a.reduceRight(function (s, x) { return s + '-' + x; }, ''));
try { new Uint8Array(0).reduce(function () {}); } catch (e) { console.log(e.name, e.message); }
