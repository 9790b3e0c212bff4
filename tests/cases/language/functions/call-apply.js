// call and apply set this and pass arguments individually or from an array-like.
function describe(greeting, punct) { return greeting + ", " + this.name + punct; }
var ann = { name: "Ann" };
console.log(describe.call(ann, "Hi", "!"), describe.apply(ann, ["Hey", "?"]));
console.log(describe.apply(ann, { length: 2, 0: "Yo", 1: "." }));
console.log(describe.call({ name: "Bo" }, "Hello"));
function count() { return arguments.length; }
console.log(count.apply(null), count.apply(null, []), count.apply(null, [1, , 3]), count.call(null, undefined));
console.log(Math.max.apply(Math, [3, 9, 2]), Array.prototype.slice.call("abc", 1).join(""));
try { count.apply(null, 5); } catch (e) { console.log(e.name); }
console.log(count.apply(null, null), count.apply(null, undefined));
console.log(Function.prototype.call.call(describe, ann, "Meta", ";"));
