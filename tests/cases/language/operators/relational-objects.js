// < and > on objects use ToPrimitive with hint number; ordering of conversions is left first.
var calls = [];
var a = { valueOf: function () { calls.push("a"); return 1; } };
var b = { valueOf: function () { calls.push("b"); return 2; } };
console.log(a < b, a > b, a <= b, a >= b);
console.log(calls.join(""));
var s1 = { toString: function () { return "apple"; }, valueOf: function () { return {}; } };
var s2 = { toString: function () { return "banana"; } };
console.log(s1 < s2);
console.log(s2 > "b", s2 < "c");
console.log([10] < [9], [10] < 9, ["10"] > ["9"]);
console.log({} < {}, {} <= {}, {} >= {});
console.log(null <= undefined, null >= null, undefined <= undefined);
