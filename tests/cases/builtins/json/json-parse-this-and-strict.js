// JSON.parse and JSON.stringify do not depend on their this value.
var parse = JSON.parse, stringify = JSON.stringify;
console.log(parse("[1]").length, stringify({ a: 1 }), parse.call(null, "2"), stringify.call(42, [3]));
console.log([["1", "2"]].map(JSON.stringify).join(), ["3", "[4]"].map(function (s) { return JSON.stringify(JSON.parse(s)); }).join());
