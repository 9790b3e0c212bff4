// instanceof walks the prototype chain and honours Symbol.hasInstance.
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, A.prototype instanceof A);
console.log(Object.create(null) instanceof Object, 5 instanceof Number, new Number(5) instanceof Number);
var Even = { [Symbol.hasInstance]: function (n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
try { ({}) instanceof {}; } catch (e) { console.log(e.name, e.message); }
try { ({}) instanceof 5; } catch (e) { console.log(e.name, e.message); }
function NoProto() {}
NoProto.prototype = 1;
try { ({}) instanceof NoProto; } catch (e) { console.log(e.name, e.message); }
var BoundA = A.bind(null);
console.log(new A() instanceof BoundA, Function.prototype[Symbol.hasInstance].call(A, new A()));
