// ToPrimitive for + and relational ops uses valueOf first, toString when valueOf is not primitive.
var log = [];
var a = {
  valueOf: function () { log.push("a.valueOf"); return 10; },
  toString: function () { log.push("a.toString"); return "A"; }
};
var b = {
  valueOf: function () { log.push("b.valueOf"); return {}; },
  toString: function () { log.push("b.toString"); return "B"; }
};
console.log(a + 1);
console.log(a + "!");
console.log(b + 1);
console.log(a + b);
console.log(String(a), String(b));
console.log("" + [a, b]);
console.log(a > 5, b > "A");
console.log(log.join(","));
