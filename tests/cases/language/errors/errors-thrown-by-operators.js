// Operators that throw TypeError: calling, constructing, in, instanceof and property access.
var attempts = {
  "undefined()": function () { var u; return u(); },
  "null.prop": function () { return null.prop; },
  "'x' in 1": function () { return "x" in 1; },
  "1 instanceof 1": function () { return 1 instanceof 1; },
  "new 1": function () { var n = 1; return new n(); },
  "({}).x.y": function () { return ({}).x.y; },
  "typeof {}": function () { return typeof {}; }
};
for (var label in attempts) {
  try { console.log(label, "->", attempts[label]()); } catch (e) { console.log(label, "->", e.name, e instanceof TypeError); }
}
