// String concatenation with +, +=, concat and join; operand conversion.
var s = "a";
s = s + "b" + 1 + 2;
console.log(s);
s += 3 + 4;
console.log(s);
console.log("x".concat(1, null, [2, 3], {}));
console.log(["a", "b", "c"].join(""), [1, [2, [3]]].join(";"));
var parts = "";
for (var i = 0; i < 5; i++) parts += i;
console.log(parts, parts.length);
console.log("" + {}, "" + [], "" + [[]], "" + [null, undefined]);
console.log(String(null), String(undefined), String(true), String(123));
console.log("3" + 4 * 5, ("3" + 4) * 5);
console.log(1 + 2 + "" + 1 + 2);
