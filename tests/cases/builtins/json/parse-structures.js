// JSON.parse builds plain objects and arrays, keeping key order and the last duplicate.
var o = JSON.parse('{"b": 1, "a": [1, {"c": null}], "2": "two", "1": "one", "b": 3}');
console.log(Object.keys(o).join(","), o.b, o.a.length, o.a[1].c, o["1"]);
console.log(Object.getPrototypeOf(o) === Object.prototype, Object.getPrototypeOf(o.a) === Array.prototype);
var p = JSON.parse('{"__proto__": {"x": 1}}');
console.log(Object.keys(p).join(","), p.x, Object.getPrototypeOf(p) === Object.prototype, typeof p.__proto__);
var nested = JSON.parse('[[[[[[[[[[1]]]]]]]]]]');
console.log(nested[0][0][0][0][0][0][0][0][0][0]);
var empty = JSON.parse('{"": 5, " ": 6}');
console.log(empty[""], empty[" "], Object.keys(empty).length);
var d = Object.getOwnPropertyDescriptor(o, "b");
console.log(d.writable, d.enumerable, d.configurable);
console.log(JSON.parse('[]').length, JSON.parse('[ ]').length, JSON.parse('{ }') instanceof Object);
