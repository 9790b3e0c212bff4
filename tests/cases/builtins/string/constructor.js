// String as a function converts; with new it makes a wrapper object.
console.log(String(123), String(null), String(undefined), String(true), String(-0));
console.log(String(Symbol("s")), String([1, [2, 3]]), String({}));
console.log(String(), String.length, String.name);
var w = new String("abc");
console.log(typeof w, w.length, w[1], w instanceof String, w == "abc", w === "abc");
console.log(Object.prototype.toString.call(w), typeof w.valueOf());
try { new String(Symbol("x")); } catch (e) { console.log(e.name, e.message); }
try { "" + Symbol("y"); } catch (e) { console.log(e.name, e.message); }
var o = { toString: function () { return "T"; }, valueOf: function () { return "V"; } };
console.log(String(o), "" + o, new String(o).valueOf());
