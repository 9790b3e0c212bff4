// splice and slice on array-likes, negative and fractional indexes, missing arguments, return values.
var o = { length: 5, 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e' };
var removed = Array.prototype.splice.call(o, 1, 2, 'X', 'Y', 'Z');
console.log(JSON.stringify(removed), o.length, JSON.stringify(o));
var a = [1, 2, 3, 4, 5];
console.log(JSON.stringify(a.splice(-2)), JSON.stringify(a), JSON.stringify(a.splice()), JSON.stringify(a.splice(undefined)), JSON.stringify(a));
var b = [1, 2, 3, 4];
console.log(JSON.stringify(b.splice(1.7, 1.2)), JSON.stringify(b.splice(-10, 1, 'first')), JSON.stringify(b));
console.log(JSON.stringify([1, 2, 3].slice(-2, -1)), JSON.stringify([1, 2, 3].slice('1')), JSON.stringify([1, 2, 3].slice(NaN, Infinity)), JSON.stringify(Array.prototype.slice.call('hey', 1)));
var c = [1, 2, 3];
c.splice(1, 0);
c.splice(3, 0, 4, 5);
console.log(c.join(), c.splice(0, Infinity).length, c.length);
