// Built-ins recursing into deeply nested or cyclic data report errors the node way.
var cyclic = { name: "c" };
cyclic.self = cyclic;
try { JSON.stringify(cyclic); } catch (e) { console.log(e.name, e instanceof TypeError); }
var deep = [];
var cur = deep;
for (var i = 0; i < 100; i++) { var next = []; cur.push(next); cur = next; }
cur.push("bottom");
console.log(JSON.stringify(deep).length, String(deep) === "bottom");
var arr = [1];
arr.push(arr);
console.log(arr.join("-"), String(arr));
function nest(n) { return n === 0 ? "x" : [nest(n - 1)]; }
console.log(JSON.stringify(nest(5)));
