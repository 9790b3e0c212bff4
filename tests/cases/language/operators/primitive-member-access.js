// Property access on primitives goes through a wrapper; writes to it are lost.
var s = "hello";
console.log(s.length, s.charAt(1), s[0], s.toUpperCase());
s.custom = 1;
console.log(s.custom);
console.log((5).toString(), 5..toString(), 5.5.toFixed(0));
console.log(true.toString(), (1e21).toString());
var n = 3;
n.prop = "lost";
console.log(n.prop);
String.prototype.shout = function () { return this + "!"; };
console.log("hey".shout(), typeof "x".shout);
Number.prototype.double = function () { return this * 2; };
console.log((21).double());
delete String.prototype.shout;
delete Number.prototype.double;
console.log(typeof "x".shout);
try { null.x; } catch (e) { console.log(e.name); }
