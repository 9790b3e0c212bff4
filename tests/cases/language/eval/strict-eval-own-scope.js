// Strict direct eval keeps its declarations to itself but still reads the caller's scope.
function strictCaller() {
  "use strict";
  var visible = "caller var";
  var result = eval("var inner = 'eval var'; visible + ' / ' + inner");
  return [result, typeof inner].join(" | ");
}
console.log(strictCaller());
function strictCode() {
  eval("'use strict'; var hidden = 1;");
  return typeof hidden;
}
console.log(strictCode());
function strictWrites() {
  "use strict";
  var counter = 1;
  eval("counter = counter + 1");
  return counter;
}
console.log(strictWrites());
function strictThis() {
  "use strict";
  return eval("this");
}
console.log(strictThis(), strictThis.call("x"));
