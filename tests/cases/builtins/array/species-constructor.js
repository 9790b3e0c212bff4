// ArraySpeciesCreate uses constructor[Symbol.species], or plain arrays for non-arrays.
var a = [1, 2, 3];
a.constructor = {};
a.constructor[Symbol.species] = function (n) { this.made = n; };
var r = a.map(function (x) { return x; });
console.log(r.made, r[0], Array.isArray(r));
var b = [1];
b.constructor = undefined;
console.log(Array.isArray(b.slice()));
var c = [1];
c.constructor = { [Symbol.species]: null };
console.log(Array.isArray(c.filter(Boolean)));
var d = [1];
d.constructor = 5;
try { d.map(function (x) { return x; }); } catch (e) { console.log(e.name, e.message); }
