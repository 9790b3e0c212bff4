// Strict writes that would silently fail in sloppy mode throw instead.
function sloppyAttempt(o) { o.added = 1; return "added" in o; }
function strictAttempt(o) { "use strict"; try { o.added = 1; return "added" in o; } catch (e) { return e.name; } }
var targets = [Object.preventExtensions({}), Object.seal({}), Object.freeze({}), {}];
for (var i = 0; i < targets.length; i++) {
  console.log(i, sloppyAttempt(Object.create(null)) && "fresh ok", sloppyAttempt(targets[i]), strictAttempt(targets[i]));
}
function strictLength() {
  "use strict";
  var a = Object.freeze([1, 2]);
  try { a.push(3); } catch (e) { return e.name + " " + a.length; }
}
console.log(strictLength());
