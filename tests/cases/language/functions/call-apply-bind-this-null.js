// Passing null or undefined as this: sloppy gets the global object, strict keeps the value.
function sloppy() { return this === (function () { return this; })() ? "global" : typeof this; }
function strict() { "use strict"; return this === null ? "null" : this === undefined ? "undefined" : typeof this; }
var variants = [
  ["call null", function (f) { return f.call(null); }],
  ["call undefined", function (f) { return f.call(undefined); }],
  ["apply null", function (f) { return f.apply(null, []); }],
  ["bind null", function (f) { return f.bind(null)(); }],
  ["call 0", function (f) { return f.call(0); }]
];
for (var i = 0; i < variants.length; i++) {
  console.log(variants[i][0], variants[i][1](sloppy), variants[i][1](strict));
}
