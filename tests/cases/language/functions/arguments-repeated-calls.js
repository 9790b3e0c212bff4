// Arguments objects made again and again by the same functions (the later ones reuse the
// first one's layout): every call's object has its own values, keys and attributes.
function strictArgs() { 'use strict'; return arguments; }
function sloppyNone() { return arguments; }
function sloppyTwo(a, b) { return arguments; }

for (var round = 0; round < 3; round++) {
  var s = strictArgs(round, 'x' + round);
  console.log(round, s.length, s[0], s[1], Object.keys(s), Object.getOwnPropertyNames(s));
  var d = Object.getOwnPropertyDescriptor(s, 'callee');
  console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable,
    d.get === Object.getOwnPropertyDescriptor(Function.prototype, 'caller').get);
  try { s.callee; } catch (e) { console.log(e.constructor.name); }
  console.log(s[Symbol.iterator] === Array.prototype.values, Array.from(s));
  s[0] = 'changed';
  delete s[1];
  s.extra = round;
  console.log(JSON.stringify(s), s.length);
}

var counts = [0, 1, 3, 1, 0, 9, 3];
counts.forEach(function (n) {
  var args = [];
  for (var i = 0; i < n; i++) args.push(i * 10);
  var u = strictArgs.apply(null, args);
  var m = sloppyNone.apply(null, args);
  var t = sloppyTwo.apply(null, args);
  console.log(n, Object.keys(u).join(), Object.keys(m).join(), Object.keys(t).join(),
    u.length, m.length, t.length, m.callee === sloppyNone, t.callee === sloppyTwo, Array.from(t).join());
});

function mapped(a, b) {
  var args = arguments;
  a = 'a-changed';
  args[1] = 'b-changed';
  return [args[0], b, args.length, Object.getOwnPropertyNames(args).join()];
}
console.log(mapped(1, 2), mapped(1), mapped(1, 2, 3), mapped());
