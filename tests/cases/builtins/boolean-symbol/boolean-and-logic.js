// Logical operators return operands, and the wrapper objects are truthy.
console.log(true && "yes", false && "no", true || "no", false || "fallback", null ?? true);
console.log(new Boolean(false) && "wrapped", !new Boolean(false), !!"false");
console.log([0, 1, "", "a", null, NaN].map(Boolean).join(","));
var calls = 0;
function side() { calls++; return true; }
false && side(); true || side(); true && side();
console.log(calls);
var x = false;
x ||= "set"; console.log(x);
var y = true;
y &&= "changed"; console.log(y);
