var a = new Int8Array([5, 12, 8, 130, 44]);
console.log(a.find(function (x) { return x > 10; }), a.findIndex(function (x) { return x > 10; }));
console.log(a.findLast(function (x) { return x > 10; }), a.findLastIndex(function (x) { return x > 100; }), a.find(function () { return false; }));
