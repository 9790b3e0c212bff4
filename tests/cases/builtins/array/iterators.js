// keys, values and entries return iterators that walk holes as well.
var a = ["a", , "c"];
console.log(Array.from(a.keys()).join(","), Array.from(a.values()).join(","));
var e = a.entries();
var step = e.next();
console.log(step.done, step.value[0], step.value[1]);
e.next(); e.next();
var end = e.next();
console.log(end.done, end.value, e.next().done);
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
var it = [1][Symbol.iterator]();
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
var like = { length: 2, 0: "x", 1: "y" };
console.log(Array.from(Array.prototype.entries.call(like), function (p) { return p.join("="); }).join(","));
console.log(Array.prototype.keys.length, Array.prototype.values.name);
