// splice removes and inserts in place and returns the removed elements.
var a = [1, 2, 3, 4, 5];
var removed = a.splice(1, 2);
console.log(removed.join(","), a.join(","));
a.splice(1, 0, "x", "y");
console.log(a.join(","));
removed = a.splice(-2);
console.log(removed.join(","), a.join(","));
removed = a.splice(1, 1, "z");
console.log(removed.join(","), a.join(","));
removed = a.splice(0);
console.log(removed.join(","), a.length);
var b = [1, 2, 3];
console.log(b.splice().length, b.splice(undefined, 1).join(), b.join());
var c = [1, 2, 3];
c.splice(1, 100, "end");
console.log(c.join(","));
