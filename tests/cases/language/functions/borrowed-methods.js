// Methods borrowed from prototypes work on any object that fits.
var slice = Array.prototype.slice;
var join = Array.prototype.join;
var hasOwn = Object.prototype.hasOwnProperty;
var toStr = Object.prototype.toString;
function f() { return slice.call(arguments, 0, 2).concat(join.call(arguments, "+")); }
console.log(f(1, 2, 3).join(" "));
console.log(hasOwn.call({ a: 1 }, "a"), hasOwn.call([], "length"), hasOwn.call("s", 0));
console.log(toStr.call([]), toStr.call(null), toStr.call(f));
var person = { name: "Ann", greet: function (g) { return g + " " + this.name; } };
var robot = { name: "R2" };
console.log(person.greet.call(robot, "Beep"));
var push = [].push;
var stack = { length: 0 };
push.call(stack, "a", "b");
console.log(stack.length, join.call(stack, ""));
var upper = String.prototype.toUpperCase;
console.log(["a", "b"].map(function (s) { return upper.call(s); }).join(""));
console.log([" x ", " y"].map(Function.prototype.call, String.prototype.trim).join("|"));
