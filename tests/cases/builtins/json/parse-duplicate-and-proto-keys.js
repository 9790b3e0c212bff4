// JSON.parse defines properties: __proto__ becomes an own key and duplicates overwrite in place.
var o = JSON.parse('{"a": 1, "b": 2, "a": 3}');
console.log(Object.keys(o).join(","), o.a);
var p = JSON.parse('{"__proto__": [], "x": 1}');
console.log(Array.isArray(p.__proto__), Object.getPrototypeOf(p) === Object.prototype, Object.keys(p).join(","));
var q = JSON.parse('{"constructor": "c", "hasOwnProperty": 1, "toString": 2}');
console.log(q.constructor, q.hasOwnProperty, Object.prototype.hasOwnProperty.call(q, "toString"));
var setterHit = false;
Object.defineProperty(Object.prototype, "trap", { set: function () { setterHit = true; }, configurable: true });
var r = JSON.parse('{"trap": 1}');
console.log(setterHit, r.trap);
delete Object.prototype.trap;
