var a = new Uint8Array([3, 1, 2]);
console.log(Array.prototype.slice.call(a), Array.prototype.map.call(a, function (x) { return x * 2; }));
console.log(Array.prototype.join.call(a, '+'), Array.isArray(a), [].concat(a).length);
