// Expression statements: calls, assignments, literals and parenthesised objects.
var log = [];
log.push("call");
(function () { log.push("iife"); })();
!function () { log.push("negated iife"); }();
void function () { log.push("void iife"); }();
"string statement";
42;
({ a: 1 }).a;
var o = {};
o.x = o.y = "chained";
log.push(o.x + o.y);
[1, 2, 3].forEach(function (v) { log.push(v); });
console.log(log.join(" | "));
console.log(eval("({ a: 1 }).a"), eval("'str'; 42"), typeof eval("{ a: 1 }"));
