// String methods coerce this with ToString and reject null and undefined.
var methods = ["charAt", "indexOf", "slice", "trim", "toUpperCase", "padStart", "at", "split"];
for (var i = 0; i < methods.length; i++) {
  try { String.prototype[methods[i]].call(null); console.log("no error"); }
  catch (e) { console.log(e.name, e.message); }
}
var o = { toString: function () { return "from toString"; } };
console.log(String.prototype.toUpperCase.call(o), String.prototype.slice.call([1, 2], 1));
console.log(String.prototype.indexOf.call(123.5, "."), String.prototype.trim.call(false));
