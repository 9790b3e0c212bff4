// splice clamps negative, fractional, NaN and infinite starts and counts.
function t(start, count) {
  var a = [0, 1, 2, 3, 4];
  var r = arguments.length > 1 ? a.splice(start, count) : a.splice(start);
  return r.join("") + "|" + a.join("");
}
console.log(t(-2), t(-2, 1), t(-10, 2));
console.log(t(1.7, 1.9), t(NaN, 2), t("2", "1"));
console.log(t(Infinity), t(-Infinity, 1), t(2, -1));
console.log(t(1, Infinity), t(3, null), t(null, 2));
var o = { 0: "a", 1: "b", 2: "c", length: 3 };
var r = Array.prototype.splice.call(o, 1, 1, "X", "Y");
console.log(r.join(""), o.length, o[0] + o[1] + o[2] + o[3]);
