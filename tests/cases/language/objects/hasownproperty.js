// hasOwnProperty and propertyIsEnumerable ignore the prototype chain.
var proto = { inherited: true };
var o = Object.create(proto);
o.own = undefined;
console.log(o.hasOwnProperty("own"), o.hasOwnProperty("inherited"), "inherited" in o);
console.log(o.hasOwnProperty("hasOwnProperty"), Object.prototype.hasOwnProperty("hasOwnProperty"));
console.log(o.propertyIsEnumerable("own"), o.propertyIsEnumerable("inherited"));
console.log([1].hasOwnProperty(0), [1].hasOwnProperty("length"), [1].propertyIsEnumerable("length"));
var shadow = { hasOwnProperty: function () { return "shadowed"; }, x: 1 };
console.log(shadow.hasOwnProperty("x"), Object.prototype.hasOwnProperty.call(shadow, "x"));
var bare = Object.create(null);
bare.k = 1;
console.log(Object.prototype.hasOwnProperty.call(bare, "k"));
console.log("abc".hasOwnProperty(1), "abc".hasOwnProperty(3), "abc".hasOwnProperty("length"));
