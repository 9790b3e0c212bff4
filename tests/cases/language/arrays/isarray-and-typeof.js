// Array.isArray versus typeof and instanceof for arrays and array-likes.
var candidates = [[], [1], new Array(3), Array.prototype, { length: 0 }, "abc", (function () { return arguments; })(), null, Object.create(Array.prototype)];
var names = ["[]", "[1]", "new Array(3)", "Array.prototype", "{length:0}", "'abc'", "arguments", "null", "Object.create(Array.prototype)"];
for (var i = 0; i < candidates.length; i++) {
  var c = candidates[i];
  console.log(names[i], Array.isArray(c), typeof c, c instanceof Array);
}
console.log(Array.isArray(), Array.isArray(undefined));
var subclassLike = [];
subclassLike.custom = true;
console.log(Array.isArray(subclassLike), Object.prototype.toString.call(subclassLike));
