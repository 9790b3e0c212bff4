// Missing parameters are undefined; arguments.length tells them apart from explicit undefined.
function describe(a, b, c) {
  return [arguments.length, typeof a, typeof b, typeof c].join(" ");
}
console.log(describe());
console.log(describe(1));
console.log(describe(1, undefined));
console.log(describe(1, "2", null, "extra"));
function withDefault(x, y) {
  if (arguments.length < 2) y = "default y";
  x = x === undefined ? "default x" : x;
  return x + ", " + y;
}
console.log(withDefault(), withDefault(0), withDefault(undefined, undefined), withDefault(false, 0));
function many(a, b, c, d, e, f, g, h, i, j) { return [a, j, many.length, arguments.length].join("|"); }
console.log(many(1), many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
