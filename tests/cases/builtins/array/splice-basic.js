// splice removes and inserts, returning the removed elements.
var a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2).join(","), a.join(","));
console.log(a.splice(1, 0, "x", "y").length, a.join(","));
console.log(a.splice(2).join(","), a.join(","));
var b = [1, 2, 3];
console.log(b.splice().length, b.join(","));
console.log(b.splice(undefined).join(","), b.length);
var c = [1, 2, 3];
console.log(c.splice(0, undefined).length, c.join(","));
var d = [1, 2, 3];
console.log(d.splice(1, 1, "a", "b", "c").join(","), d.join(","), d.length);
console.log(Array.prototype.splice.length);
