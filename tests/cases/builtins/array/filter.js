// filter collects values the callback finds truthy, skipping holes.
var a = [1, 2, 3, 4, 5, , 7];
console.log(a.filter(function (v) { return v % 2; }).join(","));
console.log(a.filter(function () { return true; }).length);
console.log([0, 1, "", "a", null, NaN, {}].filter(Boolean).length);
var grown = [1, 2, 3];
var f = grown.filter(function (v) { grown.push(v); return true; });
console.log(f.length, grown.length);
var changed = [1, 2, 3];
var g = changed.filter(function (v, i) { changed[i + 1] = "z"; return true; });
console.log(g.join(","));
console.log(Array.prototype.filter.call("a1b2", function (c) { return c > "9"; }).join(""));
try { [].filter(); } catch (e) { console.log(e.name, e.message); }
