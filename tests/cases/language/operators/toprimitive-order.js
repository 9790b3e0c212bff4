// Operand conversion happens left to right, after both operands are evaluated.
var order = [];
function obj(name, v) {
  return { valueOf: function () { order.push(name); return v; } };
}
function get(name, v) { order.push("eval " + name); return obj(name, v); }
var r = get("x", 1) + get("y", 2);
console.log(r, order.join(" | "));
order = [];
r = get("x", 5) < get("y", 3);
console.log(r, order.join(" | "));
order = [];
r = get("x", 5) > get("y", 3);
console.log(r, order.join(" | "));
order = [];
r = get("x", 6) * get("y", 7);
console.log(r, order.join(" | "));
order = [];
r = get("x", 1) == get("y", 1);
console.log(r, order.join(" | "));
