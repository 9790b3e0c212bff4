// bind fixes this and leading arguments; new ignores the bound this.
function greet(greeting, name) { return greeting + " " + name + " from " + this.place; }
var bound = greet.bind({ place: "here" }, "Hello");
console.log(bound("Ann"), bound("Bo", "extra"));
console.log(bound.call({ place: "elsewhere" }, "Cy"));
var rebound = bound.bind({ place: "ignored" });
console.log(rebound("Di"));
function Point(x, y) { this.x = x; this.y = y; }
var P = Point.bind({ ignored: true }, 1);
var p = new P(2);
console.log(p.x, p.y, p instanceof Point, p instanceof P, "ignored" in p);
console.log(typeof P.prototype);
function strictThis() { "use strict"; return this; }
console.log(strictThis.bind(5)() === 5, strictThis.bind(null)() === null);
function sloppyThis() { return typeof this; }
console.log(sloppyThis.bind(5)(), sloppyThis.bind(null)() === typeof (function () { return this; })());
