// The global value properties undefined, NaN and Infinity and their typeof results.
console.log(typeof undefined, typeof NaN, typeof Infinity);
console.log(undefined === void 0, NaN !== NaN, Infinity === 1 / 0);
var g = (function () { return this; })();
console.log(g.undefined === undefined, isNaN(g.NaN), g.Infinity === Infinity);
console.log("undefined" in g, "NaN" in g, "Infinity" in g);
var keys = [];
for (var k in g) if (k === "undefined" || k === "NaN" || k === "Infinity") keys.push(k);
console.log(keys.length);
console.log(Object.getOwnPropertyDescriptor(g, "undefined").value === undefined);
