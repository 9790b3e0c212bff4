// A named function expression binds its name inside its own body only, read-only in effect.
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5), typeof f);
var g = function self() {
  self = "ignored";
  return typeof self;
};
console.log(g());
var h = function me() { var me = "shadowed"; return me; };
console.log(h());
var k = function named(named) { return named; };
console.log(k("param wins"));
var saved = fact;
fact = null;
console.log(saved(4));
var obj = { method: function m() { return m === obj.method; } };
console.log(obj.method());
