// Property access order during stringify: keys are listed once, getters run in key order.
var log = [];
var o = {};
["b", "a", "c"].forEach(function (k) {
  Object.defineProperty(o, k, { enumerable: true, get: function () { log.push(k); return k.toUpperCase(); } });
});
console.log(JSON.stringify(o), log.join(""));
var added = { first: 1, get second() { added.third = 3; return 2; } };
console.log(JSON.stringify(added));
var removed = { get first() { delete removed.second; return 1; }, second: 2, third: 3 };
console.log(JSON.stringify(removed));
log = [];
var tricky = { valueOf: function () { log.push("valueOf"); return 1; }, toString: function () { log.push("toString"); return "t"; } };
console.log(JSON.stringify([tricky]), log.join(","));
