// In strict functions arguments is a copy: writes to it and to parameters stay separate.
function strictAlias(a) {
  "use strict";
  arguments[0] = "via arguments";
  var first = a;
  a = "via param";
  return first + " / " + arguments[0];
}
console.log(strictAlias("orig"));
function strictCallee() {
  "use strict";
  try { return arguments.callee; } catch (e) { return e.name; }
}
console.log(strictCallee());
function sloppyCallee() { return arguments.callee === sloppyCallee; }
console.log(sloppyCallee());
var anonymousFactorial = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(anonymousFactorial(6));
function strictLength(a, b) { "use strict"; return arguments.length; }
console.log(strictLength(1), strictLength(1, 2, 3));
