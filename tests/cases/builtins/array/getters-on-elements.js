// Elements defined as accessors are read through getters by array methods.
var log = [];
var a = [1, 2, 3];
Object.defineProperty(a, 1, { get: function () { log.push("get1"); return 20; }, configurable: true });
console.log(a.join(","), a.indexOf(20), a.slice(1, 2)[0], log.length);
console.log(a.map(function (x) { return x; })[1], JSON.stringify(a));
var setlog = [];
var b = [0];
Object.defineProperty(b, 0, { set: function (v) { setlog.push(v); }, get: function () { return "g"; } });
b.fill(7);
console.log(setlog.join(","), b[0]);
