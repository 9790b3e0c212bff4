// instanceof walks the prototype chain of the left operand.
function Animal() {}
function Dog() {}
Dog.prototype = new Animal();
var d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(function () {} instanceof Function, Function instanceof Object);
console.log(1 instanceof Number, "s" instanceof String, new Number(1) instanceof Number);
console.log(null instanceof Object, undefined instanceof Object);
console.log(Object.create(null) instanceof Object);
console.log(new Error("x") instanceof Error, new TypeError() instanceof Error);
console.log(Object instanceof Function, Object instanceof Object);
