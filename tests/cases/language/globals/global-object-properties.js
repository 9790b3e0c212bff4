// The global object holds the standard built-ins; typeof checks them without throwing.
var g = (function () { return this; })();
var names = ["Object", "Function", "Array", "String", "Number", "Boolean", "Math", "JSON", "Date", "RegExp",
  "Error", "TypeError", "parseInt", "parseFloat", "isNaN", "isFinite", "eval", "encodeURIComponent",
  "decodeURIComponent", "escape", "unescape"];
for (var i = 0; i < names.length; i++) {
  console.log(names[i], typeof g[names[i]], g[names[i]] === eval(names[i]));
}
console.log(typeof g.NaN, typeof g.Infinity, typeof g.undefined, "undefined" in g);
console.log(typeof g.Boolean.prototype.valueOf, typeof g.Error.prototype.toString);
