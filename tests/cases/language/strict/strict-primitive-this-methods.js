// Strict methods added to primitive prototypes receive the primitive itself.
String.prototype.strictSelf = function () { "use strict"; return this; };
String.prototype.sloppySelf = function () { return this; };
var a = "abc".strictSelf(), b = "abc".sloppySelf();
console.log(typeof a, typeof b, a === "abc", b === "abc", b == "abc");
Number.prototype.strictSelf = function () { "use strict"; return this; };
console.log(typeof (5).strictSelf(), (5).strictSelf() === 5);
Boolean.prototype.strictSelf = function () { "use strict"; return typeof this; };
console.log(true.strictSelf());
delete String.prototype.strictSelf;
delete String.prototype.sloppySelf;
delete Number.prototype.strictSelf;
delete Boolean.prototype.strictSelf;
console.log(typeof "x".strictSelf);
