// Array methods applied to strings treat them as read-only array-likes.
var s = "hello";
console.log(Array.prototype.map.call(s, function (c) { return c.charCodeAt(0); }).join(","));
console.log(Array.prototype.filter.call(s, function (c) { return c !== "l"; }).join(""));
console.log(Array.prototype.reduce.call(s, function (acc, c) { return c + acc; }, ""));
console.log(Array.prototype.indexOf.call(s, "l"), Array.prototype.lastIndexOf.call(s, "l"));
console.log(Array.prototype.some.call(s, function (c) { return c === "o"; }));
console.log(Array.prototype.join.call(s, "-"), Array.prototype.slice.call(s, 1, 3).join(""));
try { Array.prototype.push.call(s, "!"); } catch (e) { console.log(e.name); }
try { Array.prototype.reverse.call(s); } catch (e) { console.log(e.name); }
