// String(obj) and template-free concatenation: hint "string" calls toString first, + calls valueOf first.
var log = [];
var o = {
  toString: function () { log.push("toString"); return "T"; },
  valueOf: function () { log.push("valueOf"); return "V"; }
};
console.log(String(o), "" + o, [o].join(""));
console.log(log.join(","));
var keyed = {};
keyed[o] = 1;
console.log(Object.keys(keyed)[0]);
var onlyValue = { valueOf: function () { return 7; }, toString: null };
console.log(String(onlyValue), onlyValue + "");
var arr = [1, 2];
arr.toString = function () { return "custom"; };
console.log(String(arr), arr + "", [arr, arr].join("/"));
