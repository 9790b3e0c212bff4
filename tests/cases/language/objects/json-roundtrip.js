// JSON round trips preserve data but drop functions, undefined and prototypes.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.len = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
var data = { p: new Point(3, 4), list: [1, "two", true, null], fn: function () {}, u: undefined, nested: { a: [{}] } };
var text = JSON.stringify(data);
console.log(text);
var back = JSON.parse(text);
console.log(back.p.x, typeof back.p.len, back.p instanceof Point, "fn" in back, "u" in back);
console.log(JSON.stringify(back) === text);
var revived = JSON.parse(text, function (k, v) { return k === "p" ? new Point(v.x, v.y) : v; });
console.log(revived.p.len(), revived.p instanceof Point);
