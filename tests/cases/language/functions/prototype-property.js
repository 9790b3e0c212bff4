// The prototype property of functions: replacing it, and its effect on constructor.
function F() {}
var before = new F();
console.log(before.constructor === F, F.prototype.constructor === F);
F.prototype = { greet: function () { return "hi"; } };
var after = new F();
console.log(after.greet(), after.constructor === F, after.constructor === Object);
console.log(typeof before.greet, before instanceof F, after instanceof F);
F.prototype.constructor = F;
console.log(new F().constructor === F);
function G() {}
G.prototype = 5;
var g = new G();
console.log(Object.getPrototypeOf(g) === Object.prototype);
var bound = F.bind(null);
console.log("prototype" in bound, typeof Math.max.prototype, "prototype" in function () {});
