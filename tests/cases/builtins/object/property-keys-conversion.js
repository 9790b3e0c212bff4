// Property keys convert with ToPropertyKey: numbers canonicalise, objects use toString.
var o = {};
o[1.0] = "a"; o[1.5] = "b"; o[-0] = "c"; o[1e21] = "d"; o[null] = "e"; o[undefined] = "f";
console.log(Object.keys(o).join("|"));
o[{}] = "obj";
console.log(o["[object Object]"], o[[1, 2]] === undefined, o["1"]);
var log = [];
var key = { toString: function () { log.push("toString"); return "k"; }, valueOf: function () { log.push("valueOf"); return "v"; } };
o[key] = 1;
console.log(log.join(","), o.k);
var symKey = { [Symbol.toPrimitive]: function (hint) { return "h_" + hint; } };
o[symKey] = 2;
console.log(o.h_string);
console.log(o[NaN] === undefined, (o[NaN] = 1, o.NaN), Object.keys([, , 1]).join(","));
