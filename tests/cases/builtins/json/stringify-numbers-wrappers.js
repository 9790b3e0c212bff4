// Number, String and Boolean wrappers are unwrapped with ToNumber / ToString at stringify time.
var n = new Number(5);
n.valueOf = function () { return 42; };
var s = new String("abc");
s.toString = function () { return "changed"; };
var b = new Boolean(false);
b.valueOf = function () { return true; };
console.log(JSON.stringify([n, s, b]));
console.log(JSON.stringify({ n: new Number(-0), big: new Number(1e21), tiny: new Number(1e-7) }));
console.log(JSON.stringify([0.1 + 0.2, 1 / 3, 123e-20, 1e100, -1e-100]));
console.log(JSON.stringify({ 1.5: "a", "-0": "b", 1e21: "c" }));
