// Local names can shadow built-ins without affecting the global versions.
function local() {
  var Math = { max: function () { return "fake max"; } };
  var JSON = "not json";
  var undefined = "defined";
  return [Math.max(1, 2), JSON, undefined].join(" | ");
}
console.log(local());
console.log(Math.max(1, 2), typeof JSON.stringify, typeof undefined);
var parseInt = function (s) { return "module parseInt " + s; };
console.log(parseInt("5"));
var g = (function () { return this; })();
console.log(g.parseInt("5"));
function usesArray() { var Array = function () { return "fake"; }; return [Array(), [].constructor === g.Array].join(" "); }
console.log(usesArray());
