var b = Buffer.from([3, 1, 2]);
console.log(b.map(function (x) { return x * 2; }), b.filter(function (x) { return x > 1; }), b.reduce(function (a, x) { return a + x; }, 0));
console.log(b.sort(), b.join('-'), b.reverse(), b.at(-1), b.includes(2));
