var a = new Uint8Array([1, 2, 3, 4]);
var m = a.map(function (x) { return x * 100; });
console.log(m.constructor.name, m.join());
var f = a.filter(function (x, i, arr) { return x % 2 === 0 && arr === a; });
console.log(f.constructor.name, f.join());
