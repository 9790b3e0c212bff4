// Strict arguments objects are not linked to parameters.
"use strict";
function f(a, b) {
  a = "param a";
  arguments[1] = "arguments[1]";
  return [arguments[0], b, arguments.length].join(",");
}
console.log(f(1, 2));
function g(x) {
  arguments[0] = 99;
  return x;
}
console.log(g(1));
function h() {
  try { return arguments.callee; } catch (e) { return e.name; }
}
console.log(h());
function k() {
  try { return typeof arguments.caller; } catch (e) { return e.name; }
}
console.log(k());
var desc = Object.getOwnPropertyDescriptor((function () { return arguments; })(), "callee");
console.log(typeof desc.get, typeof desc.set, desc.get === desc.set);
