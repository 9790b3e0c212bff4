// eval in strict functions cannot add variables to the function scope.
function strictFn() {
  "use strict";
  var results = [];
  eval("var x = 1;");
  results.push(typeof x);
  eval("function g() {}");
  results.push(typeof g);
  var y = eval("var y2 = 5; y2 * 2");
  results.push(y, typeof y2);
  return results.join(" ");
}
console.log(strictFn());
function sloppyFn() {
  eval("var x = 1; function g() {}");
  return [typeof x, typeof g].join(" ");
}
console.log(sloppyFn());
