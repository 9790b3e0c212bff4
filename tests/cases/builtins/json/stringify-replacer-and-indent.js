// A replacer function and an indent together; the replacer sees values before indentation.
var out = JSON.stringify({ keep: [1, 2], drop: "x", num: 5 }, function (k, v) {
  if (k === "drop") return undefined;
  if (typeof v === "number") return v * 100;
  return v;
}, 2);
console.log(out);
console.log(JSON.stringify({ b: 1, a: { b: 2, c: 3 } }, ["a", "b"], "  "));
