// How V8 renders a bad receiver in "called on incompatible receiver" messages.
function t(x) {
  try { Date.prototype.setDate.call(x); return "no error"; }
  catch (e) { return e.message.replace("Method Date.prototype.setDate called on incompatible receiver ", ""); }
}
console.log(t(/x/g), "|", t([1, 2]), "|", t(new Map()), "|", t(Symbol("s")));
console.log(t(new Number(1)), "|", t(new String("s")), "|", t(Object(true)), "|", t("str"), "|", t(5));
console.log(t(Object.create(null)), "|", t(new Uint8Array(2)), "|", t(Promise.resolve()), "|", t({}));
class Point {}
console.log(t(new Point()), "|", t(undefined), "|", t(null));
