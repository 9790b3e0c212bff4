// Errors thrown by built-ins are instances of the realm's constructors, with stacks.
function caught(f) { try { f(); } catch (e) { return e; } }
var list = [caught(function () { null.x; }), caught(function () { new Array(-1); }), caught(function () { JSON.parse("{"); }),
  caught(function () { decodeURI("%"); }), caught(function () { undefinedName; }), caught(function () { eval("("); })];
for (var i = 0; i < list.length; i++) {
  var e = list[i];
  console.log(e.constructor.name, e instanceof Error, Object.getPrototypeOf(e) === e.constructor.prototype, typeof e.stack, e.stack.split("\n")[0] === String(e));
}
