// Parameters behave like local variables: reassigning them does not affect the caller.
function reassign(n, s, o) {
  n = n + 1;
  s = s + "!";
  o = { replaced: true };
  return [n, s, o.replaced].join(" ");
}
var num = 1, str = "s", obj = { replaced: false };
console.log(reassign(num, str, obj), num, str, obj.replaced);
function mutate(o) { o.changed = true; }
mutate(obj);
console.log(obj.changed);
function swap(a, b) { var t = a; a = b; b = t; return [a, b]; }
var x = 1, y = 2;
console.log(swap(x, y).join(","), x, y);
function counter(start) { return function () { return start++; }; }
var c = counter(5);
console.log(c(), c(), c());
