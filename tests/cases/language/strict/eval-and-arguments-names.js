// Strict mode forbids eval and arguments as binding names and rejects some syntax.
"use strict";
var forms = [
  "var eval = 1;",
  "var arguments;",
  "function f(eval) {}",
  "eval = 1;",
  "arguments++;",
  "try {} catch (arguments) {}",
  "function g(a, a) {}",
  "with ({}) {}",
  "var o = 010;",
  "var s = '\\07';",
  "delete x;",
  "var implements;",
  "var let;",
  "var ok = 1;"
];
for (var i = 0; i < forms.length; i++) {
  try {
    eval(forms[i]);
    console.log("accepted:", forms[i]);
  } catch (e) {
    console.log(e.name + ":", forms[i]);
  }
}
