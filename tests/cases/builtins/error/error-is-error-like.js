// Telling errors apart: instanceof, constructor, Object.prototype.toString and duck typing.
var values = [new Error("a"), new TypeError("b"), Object.create(Error.prototype), { name: "Error", message: "fake" },
  Object.assign(Object.create(null), { message: "x" })];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v instanceof Error, Object.prototype.toString.call(v), typeof v.stack, v.constructor === Error);
}
var tagged = new Error("t");
tagged[Symbol.toStringTag] = "Special";
console.log(Object.prototype.toString.call(tagged), String(tagged));
console.log(Error.prototype.isPrototypeOf(new URIError()), Object.prototype.toString.call(Object.create(new Error("p"))));
