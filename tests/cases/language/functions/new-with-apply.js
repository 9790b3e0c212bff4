// Constructing with a dynamic argument list using bind.apply.
function Vector() {
  this.parts = Array.prototype.slice.call(arguments);
  this.size = arguments.length;
}
Vector.prototype.sum = function () { return this.parts.reduce(function (a, b) { return a + b; }, 0); };
function construct(Ctor, args) {
  var Bound = Function.prototype.bind.apply(Ctor, [null].concat(args));
  return new Bound();
}
var v = construct(Vector, [1, 2, 3, 4]);
console.log(v.size, v.sum(), v instanceof Vector);
function create(Ctor, args) {
  var obj = Object.create(Ctor.prototype);
  var result = Ctor.apply(obj, args);
  return typeof result === "object" && result !== null ? result : obj;
}
var w = create(Vector, [5, 6]);
console.log(w.size, w.sum(), w instanceof Vector);
var arr = construct(Array, [7, 8, 9]);
console.log(arr.length, arr.join("-"), Array.isArray(arr), construct(Array, [3]).length);
