// == with objects: identity between objects, ToPrimitive against primitives.
var a = {}, b = {};
console.log(a == b, a == a, a === a);
console.log([] == [], [] == "", [] == 0, [0] == 0);
console.log([1, 2] == "1,2", [null] == "", [undefined] == 0);
console.log([[]] == 0, [[1]] == 1);
var o = { valueOf: function () { return 42; } };
console.log(o == 42, o == "42", o === 42);
var s = { toString: function () { return "hi"; } };
console.log(s == "hi", "hi" == s);
console.log(new String("a") == "a", new String("a") == new String("a"));
console.log(new Number(1) == 1, new Boolean(false) == false);
console.log(new Boolean(false) ? "truthy" : "falsy");
