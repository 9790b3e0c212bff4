// Direct eval inherits strictness from its caller; indirect eval does not.
function strictCaller() {
  "use strict";
  var direct = eval("(function () { return this === undefined; })()");
  var indirect = (0, eval)("(function () { return this === undefined; })()");
  return direct + " " + indirect;
}
console.log(strictCaller());
function sloppyCaller() {
  var direct = eval("(function () { return this === undefined; })()");
  var strictInside = eval("'use strict'; (function () { return this === undefined; })()");
  return direct + " " + strictInside;
}
console.log(sloppyCaller());
function strictLeak() {
  "use strict";
  try { eval("undeclaredFromStrictEval = 1"); return "no error"; } catch (e) { return e.name; }
}
console.log(strictLeak());
