var a = new Uint8Array([2, 4, 6]);
console.log(a.every(function (x) { return x % 2 === 0; }), a.some(function (x) { return x > 5; }), a.some(function (x) { return x > 6; }));
console.log(new Uint8Array(0).every(function () { return false; }));
